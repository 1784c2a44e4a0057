import { lazy } from "react";

/**
 * The pane's screens are separate chunks. Each is fetched once and kept: after the first render every
 * chunk is prefetched, so a learner who goes offline later can still open any screen. A chunk that
 * fails to load is not cached as failed: the next try (the screen's "Try again") fetches it again.
 */
function chunk<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: Promise<M> | null = null;
  return () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = null;
      throw err;
    }));
}

const SCREEN_CHUNKS = {
  onboarding: chunk(() => import(/* webpackChunkName: "screen-onboarding" */ "./OnboardingScreen")),
  home: chunk(() => import(/* webpackChunkName: "screen-home" */ "./HomeScreen")),
  exercise: chunk(() => import(/* webpackChunkName: "screen-exercise" */ "./ExerciseScreen")),
  progress: chunk(() => import(/* webpackChunkName: "screen-progress" */ "./ProgressScreen")),
  results: chunk(() => import(/* webpackChunkName: "screen-results" */ "./results/ResultsScreen")),
  charter: chunk(() => import(/* webpackChunkName: "screen-charter" */ "./CharterScreen")),
  useCases: chunk(() => import(/* webpackChunkName: "screen-use-cases" */ "./UseCasesScreen")),
  library: chunk(() => import(/* webpackChunkName: "screen-library" */ "./LibraryScreen")),
};

/** Fetches every screen's chunk in the background; failures are ignored (the screen retries on open). */
export function prefetchScreens(): void {
  for (const load of Object.values(SCREEN_CHUNKS)) void load().catch(() => {});
}

/** The first screens start downloading while the pane boots. */
export function preloadFirstScreens(): void {
  void SCREEN_CHUNKS.onboarding().catch(() => {});
  void SCREEN_CHUNKS.home().catch(() => {});
}

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
