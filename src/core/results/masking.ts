/**
 * k-anonymity for the results sheet. k applies to who is reported, not to rows: a learner's figures
 * count only when at least k of the tenant's learners share their cohort and department (see
 * `reportedLearners` in src/server/results/facts.ts), so every row and total is drawn from the same
 * people and none can be subtracted from another to single someone out. A cohort or department with
 * no learner kept, or a selection with fewer than k, is shown as "< k" with no figures.
 */
export const DEFAULT_REPORT_K = 5;

/** Whether a group of `learners` may be shown (the bilan's per-stage counts). */
export function isShown(learners: number, k: number): boolean {
  return learners >= k;
}

/** The text shown instead of a hidden group's figures. */
export function hiddenLabel(k: number): string {
  return `< ${k}`;
}
