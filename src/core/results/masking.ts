/**
 * k-anonymity for the results sheet: a group (cohort, department, host, week, or the whole
 * selection) with fewer than k learners is shown as "< k", never with its figures — not even its
 * exact size, which would let one subtract two groups to find a person.
 */
export const DEFAULT_REPORT_K = 5;

/** Whether a group of `learners` may be shown. */
export function isShown(learners: number, k: number): boolean {
  return learners >= k;
}

/** The text shown instead of a hidden group's figures. */
export function hiddenLabel(k: number): string {
  return `< ${k}`;
}

type Figures<T> = { [K in keyof T]: T[K] | null };

/**
 * Returns the row with `hidden: false`, or with every figure nulled and `hidden: true` when the
 * group has fewer than k learners. `keep` names fields that identify the group (its name).
 */
export function maskGroup<T extends { learners: number }, K extends keyof T>(
  row: T,
  k: number,
  keep: readonly K[],
): Pick<T, K> & Figures<Omit<T, K>> & { hidden: boolean } {
  if (isShown(row.learners, k)) return { ...row, hidden: false };
  const masked: Record<string, unknown> = {};
  for (const key of Object.keys(row))
    masked[key] = (keep as readonly string[]).includes(key) ? row[key as keyof T] : null;
  return { ...(masked as Pick<T, K> & Figures<Omit<T, K>>), hidden: true };
}
