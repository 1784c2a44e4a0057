import { prefetchApiClient } from "../api/lazyClient";
import { textsComplete } from "../i18n/load";

/**
 * The pane's screens are separate chunks. Each is fetched once and kept: once the first suggestion is on
 * screen (or the first screen is not Home), every chunk is prefetched when the browser is idle, so a
 * learner who goes offline later can still open any screen. A chunk that fails to load is not cached as
 * failed: the next try (the screen's "Try again") fetches it again.
 */
function chunk<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: Promise<M> | null = null;
  return () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = null;
      throw err;
    }));
}

/**
 * A chunk whose code may show any of the pane's texts: it resolves once the texts are whole (the pane
 * opens with only its first screen's, see i18n/load.ts), fetched alongside the code.
 */
function withTexts<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), textsComplete()]).then(([m]) => m);
}

export const SCREEN_CHUNKS = {
  onboarding: chunk(
    withTexts(() => import(/* webpackChunkName: "screen-onboarding" */ "./OnboardingScreen")),
  ),
  exercise: chunk(withTexts(() => import(/* webpackChunkName: "screen-exercise" */ "./ExerciseScreen"))),
  progress: chunk(withTexts(() => import(/* webpackChunkName: "screen-progress" */ "./ProgressScreen"))),
  results: chunk(withTexts(() => import(/* webpackChunkName: "screen-results" */ "./results/ResultsScreen"))),
  charter: chunk(withTexts(() => import(/* webpackChunkName: "screen-charter" */ "./CharterScreen"))),
  useCases: chunk(withTexts(() => import(/* webpackChunkName: "screen-use-cases" */ "./UseCasesScreen"))),
  library: chunk(withTexts(() => import(/* webpackChunkName: "screen-library" */ "./LibraryScreen"))),
};

/** Home's parts that come a frame after the suggestion: the context preview and the confidence pulse. */
export const HOME_PART_CHUNKS = {
  contextPreview: chunk(
    withTexts(() => import(/* webpackChunkName: "context-preview" */ "../components/ContextPreview")),
  ),
  pulseForm: chunk(withTexts(() => import(/* webpackChunkName: "pulse-form" */ "../components/PulseForm"))),
};

/**
 * Fetches every screen's chunk, Home's later parts and the rest of the API client in the background;
 * failures are ignored (the screen retries on open). A learner who goes offline after onboarding still
 * sees Home whole.
 */
export function prefetchScreens(): void {
  for (const load of [
    ...Object.values(SCREEN_CHUNKS),
    ...Object.values(HOME_PART_CHUNKS),
    prefetchApiClient,
  ]) {
    void load().catch(() => {});
  }
}

/** Onboarding, for a learner who has not accepted the charter yet (known once the profile arrives). */
export function preloadOnboarding(): void {
  void SCREEN_CHUNKS.onboarding().catch(() => {});
  void prefetchApiClient().catch(() => {});
}
