import type { GroupDimension, GroupResult, LearnerResult, Summary } from "../../core/results/schema";
import type { LearnerFactsRow } from "./facts";
import { dayToIso } from "./dialect";

/*
 * Presenters: the report's shapes made from the figures the database summed. No SQL here; what a
 * reader may see of a group (k-anonymity) is decided by the rows' sizes, never by their figures.
 */

/** A row of reported learners: shown in full (k applies to who is reported, not to rows). */
export function shown<T extends object>(row: T): T & { hidden: false } {
  return { ...row, hidden: false };
}

/** A sum over a count, or null when there is nothing to divide by. */
export function ratio(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): number | null {
  if (numerator == null || !denominator) return null;
  return numerator / denominator;
}

/** A database number (drivers may return strings for aggregates), or null. */
export function num(value: number | string | null | undefined): number | null {
  return value == null ? null : Number(value);
}

/** The summary of a selection under k reported learners: its head count only. */
export function hiddenSummary(enrolled: number): Summary {
  return {
    enrolled,
    activeLearners: null,
    active7: null,
    active30: null,
    attempts: null,
    medianAttemptsPerActive: null,
    meanScore: null,
    scoreChange: { learners: 0, mean: null, ciLow: null, ciHigh: null },
    shareImproved: null,
    minutesSavedTotal: null,
    minutesSavedPerActive: null,
    meanUsefulness: null,
    usefulnessResponses: null,
    privacyBlocks: null,
    bands: { trying: null, established: null, champion: null },
  };
}

/** A group none of whose figures may be shown: named, with no figure at all. */
export function hiddenGroup(dimension: GroupDimension, group: string | null): GroupResult {
  return {
    dimension,
    group,
    hidden: true,
    learners: null,
    attempts: null,
    meanScore: null,
    meanChange: null,
    shareImproved: null,
    minutesSaved: null,
    champions: null,
  };
}

export type GroupFigures = Omit<GroupResult, "hidden"> & { learners: number };

/**
 * Jobs cut across the cohort–department cells that decide who is reported, so a job can hold fewer
 * than k reported learners. Those jobs are hidden, and so many of the smallest other jobs with them
 * that the hidden ones together hold at least k learners: the total minus the shown jobs then gives
 * the figures of k people or more, never those of a small job.
 */
export function suppressSmallJobs(jobs: GroupFigures[], k: number): GroupResult[] {
  const bySize = [...jobs].sort((a, b) => a.learners - b.learners);
  const hidden = new Set(bySize.filter((g) => g.learners < k));
  let pooled = [...hidden].reduce((n, g) => n + g.learners, 0);
  for (const g of bySize) {
    if (hidden.size === 0 || pooled >= k) break;
    if (hidden.has(g)) continue;
    hidden.add(g);
    pooled += g.learners;
  }
  return jobs.map((g) => (hidden.has(g) ? hiddenGroup(g.dimension, g.group) : shown(g)));
}

/** A learner's row of the report; their name only when the tenant shows names. */
export function learnerResult(
  row: LearnerFactsRow,
  pseudonym: (userId: string) => string,
  showNames: boolean,
): LearnerResult {
  return {
    pseudonym: pseudonym(row.user_id),
    name: showNames ? row.display_name : null,
    cohort: row.cohort,
    department: row.department,
    attempts: row.attempts,
    firstScore: row.first_score,
    latestScore: row.latest_score,
    change:
      row.progress_n >= 2 && row.latest_score != null && row.first_score != null
        ? row.latest_score - row.first_score
        : null,
    meanScore: row.score_sum / row.attempts,
    meanMastery: row.mean_mastery,
    minutesSaved: row.minutes_saved,
    firstAttemptAt: row.first_at,
    lastAttemptAt: row.last_at,
    band: row.band,
  };
}

export interface WeekRow {
  week: string;
  learners: number;
  attempts: number;
  meanScore: number | null;
  minutesSaved: number;
}

export interface WeekSums {
  monday: number;
  learners: number;
  attempts: number;
  score_sum: number;
  minutes: number;
}

export function weekRow(r: WeekSums): WeekRow {
  return {
    week: dayToIso(Number(r.monday)),
    learners: Number(r.learners),
    attempts: Number(r.attempts),
    meanScore: ratio(Number(r.score_sum), Number(r.attempts)),
    minutesSaved: Number(r.minutes),
  };
}
