import { sql, type RawBuilder, type Transaction } from "kysely";
import {
  CHAMPION_MIN_ATTEMPTS,
  CHAMPION_MIN_MASTERY,
  ESTABLISHED_MIN_ATTEMPTS,
  ESTABLISHED_WINDOW_DAYS,
} from "../../core/results/bands";
import { MASTERY_RATES } from "../../core/learner/mastery";
import type { Band } from "../../core/results/bands";
import { CRITERIA, HOSTS } from "../../core/types";
import type { ResultsFilter } from "../../core/results/schema";
import type { DialectName } from "../store/db";
import type { Database, LearnerRollupsTable } from "../store/schema";
import { dayNumber } from "./dialect";

/** Criteria that make up "mean mastery" — as in the learner model's level, safety is a gate, not a skill. */
export const SKILL_CRITERIA = CRITERIA.filter((c) => c !== "safety");

/** The period a filter selects: `[start, end)` as ISO timestamps; `asOf` is the last day counted. */
export interface Period {
  start: string | null;
  end: string;
  asOf: string;
}

export function periodOf(filter: ResultsFilter, now: Date): Period {
  const today = now.toISOString().slice(0, 10);
  const asOf = filter.to ?? today;
  return {
    start: filter.from ? `${filter.from}T00:00:00.000Z` : null,
    end: `${nextDay(asOf)}T00:00:00.000Z`,
    asOf,
  };
}

export function nextDay(iso: string, days = 1): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the filter selects learners by their groups (cohort, department, a stage's cohorts). */
export function selectsLearners(filter: ResultsFilter): boolean {
  return Boolean(filter.cohort || filter.department || filter.cohorts?.length);
}

/** Conditions on the learner `u` (users table) that the filter's groups impose. */
export function learnerConditions(filter: ResultsFilter): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.cohort) conditions.push(sql`u.cohort = ${filter.cohort}`);
  if (filter.department) conditions.push(sql`u.department = ${filter.department}`);
  if (filter.cohorts?.length) conditions.push(sql`u.cohort in (${sql.join(filter.cohorts)})`);
  return conditions;
}

/**
 * The learners a report may draw on — k-anonymity on who people are. A learner counts only when at
 * least `k` of the tenant's learners share their cohort *and* department (unset counts as a value),
 * counted over every learner of the tenant, whatever the report's period, host or filter. Every
 * figure of every report — totals, cohorts, departments, weeks, hosts, criteria, the learners list —
 * is computed over these learners only, and a filter only ever selects whole cohort–department
 * pairs, so no subtraction between two figures, in one report or across reports with different
 * filters, comes down to fewer than `k` people; learners outside them appear in no figure.
 * Returns `user_id`s of the tenant's reported learners within the filter's groups (cohort,
 * department, a stage's cohorts — whole cohorts, so whole pairs).
 */
export function reportedLearners(tenantId: string, filter: ResultsFilter, k: number): RawBuilder<unknown> {
  const conditions = [sql`u.tenant_id = ${tenantId}`, ...learnerConditions(filter)];
  return sql`
    select u.user_id
    from users u
    join (select p.cohort, p.department
          from users p
          where p.tenant_id = ${tenantId}
          group by p.cohort, p.department
          having count(*) >= ${sql.lit(Math.max(1, Math.floor(k)))}) pairs
      on u.cohort is not distinct from pairs.cohort and u.department is not distinct from pairs.department
    where ${sql.join(conditions, sql` and `)}`;
}

/**
 * The attempts a report covers: tenant, period, host, and — through the learner — the reported
 * learners of the cohort and department (`reportedLearners`). Only the columns of the `attempts_results` covering index are read, and the learner
 * filter is a subquery rather than a join, so the database scans that index in (user, time) order
 * without touching the table: the window functions below then need no sort.
 * Columns: user_id, id, host, score, submitted_at, minutes_saved, usefulness, c_*, copied, transfer.
 */
export function filteredAttempts(
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [
    sql`a.tenant_id = ${tenantId}`,
    sql`a.submitted_at < ${period.end}`,
  ];
  if (period.start) conditions.push(sql`a.submitted_at >= ${period.start}`);
  if (filter.host) conditions.push(sql`a.host = ${filter.host}`);
  conditions.push(sql`a.user_id in (${reportedLearners(tenantId, filter, k)})`);
  const criteria = sql.join(CRITERIA.map((c) => sql.ref(`a.c_${c}`)));
  return sql`
    select a.user_id, a.id, a.host, a.score, a.submitted_at, a.minutes_saved, a.usefulness, ${criteria},
           a.copied, a.transfer
    from attempts a
    where ${sql.join(conditions, sql` and `)}`;
}

/** Name of the per-learner temporary table, private to the report's transaction. */
export const FACTS_TABLE = "results_learner_facts";

/**
 * Per-learner facts, one row per learner, in one pass over `source` — attempt rows with the
 * columns of `filteredAttempts` — with window functions. Per row:
 *  - first/latest score of the learner's transfer attempts (first attempt at an exercise, not a
 *    copy) by submission time (ties broken by attempt id), and how many there are: progress
 *    compares new exercises, never a retry or a pasted example;
 *  - the time of the attempt before the latest (`prior_at`, so a later attempt can extend the habit
 *    without a recompute);
 *  - habit = some 3 consecutive attempts within 14 days (day of the 3rd − day of the 1st ≤ 13);
 *  - mastery per criterion with the learner model's rule, mastery ← mastery + r·(s/3 − mastery)
 *    from 0, unrolled as r·Σ (1 − r)^(n − i) · s_i/3 over the learner's attempts i = 1…n that are
 *    not copies (a pasted example or better version teaches nothing about the learner) — the base
 *    rate r = MASTERY_RATES.other for every criterion, since exercise targets live in the catalog;
 *  - sums per criterion and per host.
 * The columns are `user_id`, then `FACT_COLUMNS`. With `scoped`, the source also has a `scope`
 * column, and there is one row per (scope, learner), `scope` first.
 */
export function groupedFacts(
  dialect: DialectName,
  source: RawBuilder<unknown>,
  scoped = false,
): RawBuilder<unknown> {
  const learner = scoped ? sql`d.scope, d.user_id` : sql`d.user_id`;
  const key = scoped ? sql`w.scope, w.user_id` : sql`w.user_id`;
  const rate = MASTERY_RATES.other;
  // One window for everything (the index order, so no sort): rank from the first attempt, the
  // learner's count (same window, whole-partition frame), and the day of the attempt two later.
  // Each row's day and mastery weight (1 − r)^(n − i) are computed once, not once per use.
  const dated = sql`select f.*, ${dayNumber(dialect, sql`f.submitted_at`)} as day from (${source}) f`;
  // Transfer and own (not copied) attempts are ranked by running sums over the same window.
  const upToHere = sql`rows between unbounded preceding and current row`;
  const whole = sql`rows between unbounded preceding and unbounded following`;
  const ranked = sql`
    select d.*,
           row_number() over w as rn,
           count(*) over (w ${whole}) as n,
           sum(d.transfer) over (w ${upToHere}) as tr_rank,
           sum(d.transfer) over (w ${whole}) as tr_n,
           sum(1 - d.copied) over (w ${upToHere}) as own_rank,
           sum(1 - d.copied) over (w ${whole}) as own_n,
           lead(d.day, 2) over w as third_day
    from (${dated}) d
    window w as (partition by ${learner} order by d.submitted_at, d.id)`;
  const windowed = sql`
    select r.*, (1 - r.copied) * power(cast(${sql.lit(1 - rate)} as double precision), cast(r.own_n - r.own_rank as double precision)) as weight
    from (${ranked}) r`;

  const sums = CRITERIA.map((c) => sql`sum(w.${sql.ref(`c_${c}`)}) as ${sql.ref(`s_${c}`)}`);
  const mastery = CRITERIA.map(
    (c) => sql`${sql.lit(rate)} * sum(w.${sql.ref(`c_${c}`)} * w.weight) / 3.0 as ${sql.ref(`m_${c}`)}`,
  );
  // Per-host figures of each learner, so the Hosts sheet needs no second pass over the attempts.
  const hostColumns = HOSTS.flatMap((h) => {
    const on = (value: RawBuilder<unknown>) =>
      sql`sum(case when w.host = ${sql.lit(h)} then ${value} else 0 end)`;
    return [
      sql`${on(sql`1`)} as ${sql.ref(`h_${h}_n`)}`,
      sql`${on(sql`w.score`)} as ${sql.ref(`h_${h}_score`)}`,
      sql`${on(sql`coalesce(w.minutes_saved, 0)`)} as ${sql.ref(`h_${h}_minutes`)}`,
      sql`${on(sql`coalesce(w.usefulness, 0)`)} as ${sql.ref(`h_${h}_use`)}`,
      sql`${on(sql`case when w.usefulness is null then 0 else 1 end`)} as ${sql.ref(`h_${h}_use_n`)}`,
    ];
  });
  return sql`
    select ${key},
           count(*) as attempts,
           max(case when w.transfer = 1 and w.tr_rank = 1 then w.score end) as first_score,
           max(case when w.transfer = 1 and w.tr_rank = w.tr_n then w.score end) as latest_score,
           sum(w.transfer) as progress_n,
           sum(w.score) as score_sum,
           sum(coalesce(w.minutes_saved, 0)) as minutes_saved,
           sum(w.usefulness) as usefulness_sum,
           count(w.usefulness) as usefulness_n,
           min(w.submitted_at) as first_at,
           max(w.submitted_at) as last_at,
           max(case when w.rn = w.n - 1 then w.submitted_at end) as prior_at,
           max(case when w.third_day - w.day <= ${sql.lit(ESTABLISHED_WINDOW_DAYS - 1)} then 1 else 0 end) as habit,
           ${sql.join(sums)},
           ${sql.join(mastery)},
           ${sql.join(hostColumns)}
    from (${windowed}) w
    group by ${key}`;
}

/** The columns `groupedFacts` computes per learner, after `user_id`, in order, with their SQL types. */
export const FACT_COLUMNS: ReadonlyArray<readonly [name: string, type: "integer" | "text" | "real"]> = [
  ["attempts", "integer"],
  ["first_score", "integer"],
  ["latest_score", "integer"],
  ["progress_n", "integer"],
  ["score_sum", "integer"],
  ["minutes_saved", "integer"],
  ["usefulness_sum", "integer"],
  ["usefulness_n", "integer"],
  ["first_at", "text"],
  ["last_at", "text"],
  ["prior_at", "text"],
  ["habit", "integer"],
  ...CRITERIA.map((c) => [`s_${c}`, "integer"] as const),
  ...CRITERIA.map((c) => [`m_${c}`, "real"] as const),
  ...HOSTS.flatMap((h) =>
    ["n", "score", "minutes", "use", "use_n"].map((s) => [`h_${h}_${s}`, "integer"] as const),
  ),
];

/**
 * Adds what the report reads on top of the grouped facts: the learner's groups and name (joined
 * once per learner, not once per attempt, and kept to the reported learners of the cohort and
 * department), mean mastery and band.
 */
function bandedFacts(
  tenantId: string,
  filter: ResultsFilter,
  k: number,
  grouped: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const meanMastery = sql.join(
    SKILL_CRITERIA.map((c) => sql.ref(`g.m_${c}`)),
    sql` + `,
  );
  const learners = [
    sql`u.tenant_id = ${tenantId}`,
    sql`u.user_id = g.user_id`,
    sql`u.user_id in (${reportedLearners(tenantId, filter, k)})`,
  ];
  const withMastery = sql`
    select g.*, u.cohort, u.department, u.job, u.display_name,
           (${meanMastery}) / ${sql.lit(SKILL_CRITERIA.length)}.0 as mean_mastery
    from (${grouped}) g
    join users u on ${sql.join(learners, sql` and `)}`;
  return sql`
    select x.*,
           case
             when x.attempts >= ${sql.lit(CHAMPION_MIN_ATTEMPTS)} and x.mean_mastery >= ${sql.lit(CHAMPION_MIN_MASTERY)} then 'champion'
             when x.attempts >= ${sql.lit(ESTABLISHED_MIN_ATTEMPTS)} and x.habit = 1 then 'established'
             else 'trying'
           end as band
    from (${withMastery}) x`;
}

/**
 * Builds the per-learner facts of the report into a temporary table the other aggregates read,
 * from one pass over the period's attempts: needed when the period cuts a learner's history (the
 * mastery and first score then start inside the period).
 */
export async function createLearnerFacts(
  trx: Transaction<Database>,
  dialect: DialectName,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): Promise<void> {
  const grouped = groupedFacts(dialect, filteredAttempts(tenantId, filter, period, k));
  await createFactsTable(trx, dialect, bandedFacts(tenantId, filter, k, grouped));
}

/**
 * The same temporary table from the stored per-learner rollups (src/server/results/rollups.ts):
 * valid when the report covers every attempt of the tenant, which the caller checks.
 */
export async function createLearnerFactsFromRollups(
  trx: Transaction<Database>,
  dialect: DialectName,
  tenantId: string,
  filter: ResultsFilter,
  k: number,
): Promise<void> {
  const columns = sql.join(FACT_COLUMNS.map(([name]) => sql.ref(`r.${name}`)));
  const grouped = sql`
    select r.user_id, ${columns}
    from ${sql.raw(LEARNER_ROLLUPS)} r
    where r.tenant_id = ${tenantId} and r.scope = ${filter.host ?? "all"}`;
  await createFactsTable(trx, dialect, bandedFacts(tenantId, filter, k, grouped));
}

/** Name of the stored per-learner rollups (migration 0900). */
export const LEARNER_ROLLUPS = "result_learner_rollups";
/** Name of the stored per-learner, per-week rollups (migration 0900). */
export const WEEKLY_ROLLUPS = "result_weekly_rollups";

async function createFactsTable(
  trx: Transaction<Database>,
  dialect: DialectName,
  facts: RawBuilder<unknown>,
): Promise<void> {
  // PostgreSQL drops the table at commit; SQLite's is dropped explicitly by dropLearnerFacts.
  const onCommit = dialect === "postgres" ? sql` on commit drop` : sql``;
  await sql`create temporary table ${sql.raw(FACTS_TABLE)}${onCommit} as ${facts}`.execute(trx);
}

export async function dropLearnerFacts(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === "sqlite") await sql`drop table if exists temp.${sql.raw(FACTS_TABLE)}`.execute(trx);
}

/**
 * One row of the facts table, as the drivers return it: a learner's rollup figures (the same columns,
 * whether read from the rollups or summed from the attempts) with who they are and their band.
 */
export type LearnerFactsRow = Omit<LearnerRollupsTable, "tenant_id" | "scope" | "prior_at"> & {
  cohort: string | null;
  department: string | null;
  job: string | null;
  display_name: string | null;
  mean_mastery: number;
  band: Band;
};
