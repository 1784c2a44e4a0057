import type { Exercise } from "../catalog/schema";
import { CRITERIA, type CriterionId } from "../types";

/** Estimated mastery per rubric criterion, in [0, 1] (1 = consistently scores 3/3). */
export type Mastery = Record<CriterionId, number>;

/** A new learner knows nothing yet; the first attempts move the estimate quickly. */
export function initialMastery(): Mastery {
  return Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Mastery;
}

/**
 * Learning rates of the update rule. A criterion the exercise targets gets the higher rate: the
 * learner paid attention to it, so the score says more about what they can do.
 */
export const MASTERY_RATES = { targeted: 0.4, other: 0.2 } as const;

/**
 * The update rule (documented in content/README.md): an exponential moving average toward the
 * attempt's score. For each criterion scored s ∈ [0, 3] in this attempt:
 *
 *     mastery ← mastery + rate × (s / 3 − mastery)
 *
 * with rate 0.4 when the exercise targets the criterion and 0.2 otherwise. Criteria missing from
 * `criterionScores` are unchanged; scores are clamped to [0, 3]. Pure: returns a new record.
 */
export function updateMastery(
  mastery: Mastery,
  criterionScores: Partial<Record<CriterionId, number>>,
  exercise?: Pick<Exercise, "targets">,
): Mastery {
  const next = { ...mastery };
  for (const criterion of CRITERIA) {
    const score = criterionScores[criterion];
    if (score === undefined || !Number.isFinite(score)) continue;
    const target = Math.min(3, Math.max(0, score)) / 3;
    const rate = exercise?.targets.includes(criterion) ? MASTERY_RATES.targeted : MASTERY_RATES.other;
    const current = clamp01(mastery[criterion]);
    next[criterion] = clamp01(current + rate * (target - current));
  }
  return next;
}

function clamp01(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Criteria from weakest to strongest; ties keep the rubric's display order. */
export function weakestCriteria(mastery: Partial<Mastery>, count: number = CRITERIA.length): CriterionId[] {
  return CRITERIA.map((criterion, order) => ({ criterion, order, value: clamp01(mastery[criterion]) }))
    .sort((a, b) => a.value - b.value || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.criterion);
}

/** Completes a partial or stored mastery record (unknown criteria start at 0, values clamped). */
export function normaliseMastery(mastery: Partial<Record<CriterionId, number>>): Mastery {
  return Object.fromEntries(CRITERIA.map((c) => [c, clamp01(mastery[c])])) as Mastery;
}
