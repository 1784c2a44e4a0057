import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Stage } from "../../core/results/stages";
import type { Database } from "../store/schema";
import { dayToIso, isoToDay } from "./dialect";
import { WEEKLY_ROLLUPS, reportedLearners } from "./facts";

type Db = Kysely<Database>;

/**
 * Real use in a stage: answers put into real work (`real_work_uses`: inserted, replaced, a reply,
 * values, a formula, copied — counted, never their text) and use cases proposed. Only the stage's
 * learners whose cohort–department pair has at least k learners of the tenant count (the report's
 * rule, `reportedLearners`), so no figure here comes down to fewer than k people's pair.
 * Aggregated in SQL per cohort; the caller hides cohorts and weeks under k.
 */

/** Per-cohort sums (n, Σx, Σx²) of a per-learner figure; `null` gathers learners without a cohort. */
export interface RealUseSums {
  n: number;
  sum: number;
  squares: number;
}

/** The whole weeks (Monday day numbers) a stage overlaps, up to the week of `asOf`. */
export function stageWeeks(stage: Stage, asOf: string): { first: number; last: number; count: number } {
  const monday = (iso: string) => {
    const day = isoToDay(iso);
    return day - ((day + 3) % 7);
  };
  const first = monday(stage.startsOn);
  const last = monday(asOf);
  return { first, last, count: (last - first) / 7 + 1 };
}

export interface RealUseFigures {
  /** Per cohort: each active learner's uses a week (0 for those with none). */
  perWeek: Map<string | null, RealUseSums>;
  /** Per cohort: use cases proposed during the stage. */
  useCases: Map<string | null, number>;
  uses: number;
  users: number;
  byKind: Record<string, number>;
  /** Uses per week, by the Monday of the week (YYYY-MM-DD). */
  weekly: Map<string, number>;
}

export async function realUseFigures(
  db: Db,
  tenantId: string,
  stage: Stage,
  asOf: string,
  /** Conditions on the users row `l` selecting the stage's learners (src/server/results/bilan.ts). */
  learners: RawBuilder<unknown>,
  k: number,
  /** Only the per-learner rate (`perWeek`, `users`): no weeks, kinds or use cases. */
  rateOnly = false,
): Promise<RealUseFigures> {
  const weeks = stageWeeks(stage, asOf);
  const from = `${dayToIso(weeks.first)}T00:00:00.000Z`;
  const to = `${dayToIso(weeks.last + 7)}T00:00:00.000Z`;
  const reported = sql`${learners} and l.user_id in (${reportedLearners(tenantId, { cohorts: stage.cohorts }, k)})`;

  // Active learners — an attempt (weekly rollups) or a use in those weeks — and their uses, each
  // side grouped by learner first (in index order, migration 1330) so few rows meet in the union.
  const perWeekQuery = sql<{
    grp: string | null;
    n: number;
    total: number | null;
    squares: number | null;
    users: number;
  }>`
    select l.cohort as grp, count(*) as n, sum(m.rate) as total, sum(m.rate * m.rate) as squares,
           sum(case when m.rate > 0 then 1 else 0 end) as users
    from (select x.user_id, sum(x.uses) * 1.0 / ${weeks.count} as rate
          from (select w.user_id, 0 as uses
                from ${sql.raw(WEEKLY_ROLLUPS)} w
                where w.tenant_id = ${tenantId} and w.scope = 'all' and w.week between ${weeks.first} and ${weeks.last}
                group by w.user_id
                union all
                select r.user_id, count(*) as uses
                from real_work_uses r
                where r.tenant_id = ${tenantId} and r.occurred_at >= ${from} and r.occurred_at < ${to}
                group by r.user_id) x
          group by x.user_id) m
    join users l on l.tenant_id = ${tenantId} and l.user_id = m.user_id and ${reported}
    group by l.cohort`.execute(db);

  // Grouped by the day's text (no date function per row); weeks are counted from the days in Node.
  const day = sql`substr(r.occurred_at, 1, 10)`;
  const none = Promise.resolve({ rows: [] });
  const byDayQuery = rateOnly
    ? none
    : sql<{ day: string; kind: string; uses: number }>`
    select ${day} as day, r.kind, count(*) as uses
    from real_work_uses r
    where r.tenant_id = ${tenantId} and r.occurred_at >= ${from} and r.occurred_at < ${to}
      and r.user_id in (select l.user_id from users l where ${reported})
    group by ${day}, r.kind`.execute(db);
  const start = `${stage.startsOn}T00:00:00.000Z`;
  const end = `${dayToIso(isoToDay(asOf) + 1)}T00:00:00.000Z`;
  const useCasesQuery = rateOnly
    ? none
    : sql<{ grp: string | null; n: number }>`
    select l.cohort as grp, count(*) as n
    from use_cases u
    join users l on l.tenant_id = ${tenantId} and l.user_id = u.author_id and ${reported}
    where u.tenant_id = ${tenantId} and u.created_at >= ${start} and u.created_at < ${end}
    group by l.cohort`.execute(db);
  // Independent queries, issued together (side by side on PostgreSQL's pool).
  const [perWeek, byDay, useCases] = await Promise.all([perWeekQuery, byDayQuery, useCasesQuery]);

  const weekly = new Map<string, number>();
  const byKind: Record<string, number> = {};
  let uses = 0;
  for (const row of byDay.rows) {
    const d = isoToDay(row.day);
    const week = dayToIso(d - ((d + 3) % 7));
    const n = Number(row.uses);
    weekly.set(week, (weekly.get(week) ?? 0) + n);
    byKind[row.kind] = (byKind[row.kind] ?? 0) + n;
    uses += n;
  }
  return {
    perWeek: new Map(
      perWeek.rows.map((r) => [
        r.grp,
        { n: Number(r.n), sum: Number(r.total ?? 0), squares: Number(r.squares ?? 0) },
      ]),
    ),
    useCases: new Map(useCases.rows.map((r) => [r.grp, Number(r.n)])),
    uses,
    users: perWeek.rows.reduce((sum, r) => sum + Number(r.users), 0),
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    weekly,
  };
}
