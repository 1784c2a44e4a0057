import { lazy } from "react";
import { SCREEN_CHUNKS } from "./chunks";

export { preloadHome, preloadOnboarding, prefetchScreens } from "./chunks";

/** A fresh set of lazy screens: React keeps a lazy component that failed failed, so a retry needs new ones. */
export function lazyScreens() {
  return {
    OnboardingScreen: lazy(SCREEN_CHUNKS.onboarding),
    HomeScreen: lazy(SCREEN_CHUNKS.home),
    ExerciseScreen: lazy(SCREEN_CHUNKS.exercise),
    ProgressScreen: lazy(SCREEN_CHUNKS.progress),
    ResultsScreen: lazy(SCREEN_CHUNKS.results),
    CharterScreen: lazy(SCREEN_CHUNKS.charter),
    UseCasesScreen: lazy(SCREEN_CHUNKS.useCases),
    LibraryScreen: lazy(SCREEN_CHUNKS.library),
  };
}
