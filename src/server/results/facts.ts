import { sql, type RawBuilder, type Transaction } from "kysely";
import {
  CHAMPION_MIN_ATTEMPTS,
  CHAMPION_MIN_MASTERY,
  ESTABLISHED_MIN_ATTEMPTS,
  ESTABLISHED_WINDOW_DAYS,
} from "../../core/results/bands";
import { MASTERY_RATES } from "../../core/learner/mastery";
import { CRITERIA } from "../../core/types";
import type { ResultsFilter } from "../../core/results/schema";
import type { DialectName } from "../store/db";
import type { Database } from "../store/schema";
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

/**
 * The attempts a report covers, joined to their learner: tenant, period, host, cohort, department.
 * Columns: user_id, id, host, score, submitted_at, minutes_saved, usefulness, c_*, cohort,
 * department, display_name.
 */
export function filteredAttempts(
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [
    sql`a.tenant_id = ${tenantId}`,
    sql`a.submitted_at < ${period.end}`,
  ];
  if (period.start) conditions.push(sql`a.submitted_at >= ${period.start}`);
  if (filter.host) conditions.push(sql`a.host = ${filter.host}`);
  if (filter.cohort) conditions.push(sql`u.cohort = ${filter.cohort}`);
  if (filter.department) conditions.push(sql`u.department = ${filter.department}`);
  const criteria = sql.join(CRITERIA.map((c) => sql.ref(`a.c_${c}`)));
  return sql`
    select a.user_id, a.id, a.host, a.score, a.submitted_at, a.minutes_saved, a.usefulness, ${criteria},
           u.cohort, u.department, u.display_name
    from attempts a
    join users u on u.tenant_id = a.tenant_id and u.user_id = a.user_id
    where ${sql.join(conditions, sql` and `)}`;
}

/** Name of the per-learner temporary table, private to the report's transaction. */
export const FACTS_TABLE = "results_learner_facts";

/**
 * Builds the per-learner facts in one pass over the period's attempts (window functions), into a
 * temporary table the other aggregates read. One row per learner who tried:
 *  - first/latest score by submission time (ties broken by attempt id);
 *  - habit = some 3 consecutive attempts within 14 days (day of the 3rd − day of the 1st ≤ 13);
 *  - mastery per criterion with the learner model's rule, mastery ← mastery + r·(s/3 − mastery)
 *    from 0, unrolled as r·Σ (1 − r)^j · s_j/3 over attempts j = 0 (latest), 1, … — the base rate
 *    r = MASTERY_RATES.other for every criterion, since exercise targets live in the catalog;
 *  - mean mastery over the skill criteria, and the engagement band.
 */
export async function createLearnerFacts(
  trx: Transaction<Database>,
  dialect: DialectName,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
): Promise<void> {
  const day = dayNumber(dialect, sql`f.submitted_at`);
  const byUser = sql`partition by f.user_id order by f.submitted_at, f.id`;
  const windowed = sql`
    select f.*, ${day} as day,
           row_number() over (${byUser}) as rn_first,
           row_number() over (partition by f.user_id order by f.submitted_at desc, f.id desc) as rn_last,
           lead(${day}, 2) over (${byUser}) as third_day
    from (${filteredAttempts(tenantId, filter, period)}) f`;

  const rate = MASTERY_RATES.other;
  const sums = CRITERIA.map((c) => sql`sum(w.${sql.ref(`c_${c}`)}) as ${sql.ref(`s_${c}`)}`);
  const mastery = CRITERIA.map(
    (c) =>
      sql`${sql.lit(rate)} * sum(w.${sql.ref(`c_${c}`)} * power(cast(${sql.lit(1 - rate)} as double precision), cast(w.rn_last - 1 as double precision))) / 3.0 as ${sql.ref(`m_${c}`)}`,
  );
  const grouped = sql`
    select w.user_id, w.cohort, w.department, w.display_name,
           count(*) as attempts,
           max(case when w.rn_first = 1 then w.score end) as first_score,
           max(case when w.rn_last = 1 then w.score end) as latest_score,
           sum(w.score) as score_sum,
           sum(coalesce(w.minutes_saved, 0)) as minutes_saved,
           sum(w.usefulness) as usefulness_sum,
           count(w.usefulness) as usefulness_n,
           min(w.submitted_at) as first_at,
           max(w.submitted_at) as last_at,
           max(case when w.third_day - w.day <= ${sql.lit(ESTABLISHED_WINDOW_DAYS - 1)} then 1 else 0 end) as habit,
           ${sql.join(sums)},
           ${sql.join(mastery)}
    from (${windowed}) w
    group by w.user_id, w.cohort, w.department, w.display_name`;

  const meanMastery = sql.join(
    SKILL_CRITERIA.map((c) => sql.ref(`g.m_${c}`)),
    sql` + `,
  );
  const withMastery = sql`select g.*, (${meanMastery}) / ${sql.lit(SKILL_CRITERIA.length)}.0 as mean_mastery from (${grouped}) g`;
  const banded = sql`
    select x.*,
           case
             when x.attempts >= ${sql.lit(CHAMPION_MIN_ATTEMPTS)} and x.mean_mastery >= ${sql.lit(CHAMPION_MIN_MASTERY)} then 'champion'
             when x.attempts >= ${sql.lit(ESTABLISHED_MIN_ATTEMPTS)} and x.habit = 1 then 'established'
             else 'trying'
           end as band
    from (${withMastery}) x`;

  // PostgreSQL drops the table at commit; SQLite's is dropped explicitly by dropLearnerFacts.
  const onCommit = dialect === "postgres" ? sql` on commit drop` : sql``;
  await sql`create temporary table ${sql.raw(FACTS_TABLE)}${onCommit} as ${banded}`.execute(trx);
}

export async function dropLearnerFacts(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === "sqlite") await sql`drop table if exists temp.${sql.raw(FACTS_TABLE)}`.execute(trx);
}

/** One row of the facts table, as the drivers return it. */
export interface LearnerFactsRow {
  user_id: string;
  cohort: string | null;
  department: string | null;
  display_name: string | null;
  attempts: number;
  first_score: number;
  latest_score: number;
  score_sum: number;
  minutes_saved: number;
  usefulness_sum: number | null;
  usefulness_n: number;
  first_at: string;
  last_at: string;
  habit: number;
  mean_mastery: number;
  band: "trying" | "established" | "champion";
  [column: `s_${string}` | `m_${string}`]: number;
}
