import { lazy } from "react";
import { SCREEN_CHUNKS } from "./chunks";

export { preloadOnboarding, prefetchScreens } from "./chunks";

/**
 * A fresh set of lazy screens (Home, the usual first screen, is part of the shell's code: it renders in the
 * shell's first frame): React keeps a lazy component that failed failed, so a retry needs new ones. */
export function lazyScreens() {
  return {
    OnboardingScreen: lazy(SCREEN_CHUNKS.onboarding),
    ExerciseScreen: lazy(SCREEN_CHUNKS.exercise),
    ProgressScreen: lazy(SCREEN_CHUNKS.progress),
    ResultsScreen: lazy(SCREEN_CHUNKS.results),
    CharterScreen: lazy(SCREEN_CHUNKS.charter),
    UseCasesScreen: lazy(SCREEN_CHUNKS.useCases),
    LibraryScreen: lazy(SCREEN_CHUNKS.library),
  };
}
