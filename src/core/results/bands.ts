/**
 * Engagement bands of the results sheet. A learner with at least one attempt in the period is in
 * exactly one band, the highest whose rule holds:
 *  - champion: at least 10 attempts and a mean mastery of at least 0.7;
 *  - established: at least 3 attempts within some 14 consecutive days;
 *  - trying: everyone else who tried (typically 1–2 attempts; also someone whose attempts are too
 *    spread out to count as a habit).
 */
export const BANDS = ["trying", "established", "champion"] as const;
export type Band = (typeof BANDS)[number];

export const CHAMPION_MIN_ATTEMPTS = 10;
export const CHAMPION_MIN_MASTERY = 0.7;
export const ESTABLISHED_MIN_ATTEMPTS = 3;
export const ESTABLISHED_WINDOW_DAYS = 14;

/** What the band rule reads about one learner (computed in SQL). */
export interface BandFacts {
  attempts: number;
  /** Whether some 3 consecutive attempts fall within 14 days (day of 3rd − day of 1st ≤ 13). */
  habit: boolean;
  /** Mean of the per-criterion mastery, 0–1. */
  meanMastery: number;
}

export function bandOf(facts: BandFacts): Band | null {
  if (facts.attempts <= 0) return null;
  if (facts.attempts >= CHAMPION_MIN_ATTEMPTS && facts.meanMastery >= CHAMPION_MIN_MASTERY) return "champion";
  if (facts.attempts >= ESTABLISHED_MIN_ATTEMPTS && facts.habit) return "established";
  return "trying";
}
