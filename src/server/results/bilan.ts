import { sql, type Kysely, type RawBuilder } from "kysely";
import {
  BilanSchema,
  verdictOf,
  verdictText,
  type Bilan,
  type BilanGroup,
  type BilanWeek,
  type Estimate,
  type Funnel,
  type RealUse,
  type StageMeasures,
} from "../../core/results/bilan";
import type { Catalog } from "../../core/catalog/parse";
import { ExerciseSchema } from "../../core/catalog/schema";
import { isShown } from "../../core/results/masking";
import { measureWindows } from "../../core/results/pairing";
import { TARGET_METRICS, type Stage, type TargetMetric } from "../../core/results/stages";
import { meanInterval, proportionInterval } from "../../core/results/stats";
import { ApiProblem } from "../errors";
import { listStages, previousStage, requireStage } from "../stages/stages";
import type { Store } from "../store/db";
import type { Database } from "../store/schema";
import { dayToIso, isoToDay } from "./dialect";
import { LEARNER_ROLLUPS, WEEKLY_ROLLUPS, nextDay } from "./facts";
import { realUseFigures } from "./real-use";
import { reportSettings } from "./settings";

type Db = Kysely<Database>;

export interface BilanOptions {
  now?: Date;
  /** Exercise ids flagged `benchmark` in the tenant's catalog. */
  benchmarkIds: readonly string[];
}

/**
 * The bilan of a stage (the latest one started when none is named) beside the previous stage.
 * Every figure is aggregated in SQL per cohort, as counts and sums (n, Σx, Σx²) that add up to the
 * stage's totals; Node only divides, takes the t quantile and hides groups under k.
 */
export async function computeBilan(
  store: Store,
  tenantId: string,
  stageId: string | undefined,
  options: BilanOptions,
): Promise<Bilan> {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const db = store.db;
  const stage = stageId ? await requireStage(db, tenantId, stageId) : await currentStage(db, tenantId, today);
  const previous = (await previousStage(db, tenantId, stage)) ?? null;
  const { k } = await reportSettings(db, tenantId);

  const figures = (s: Stage, measuresOnly: boolean) =>
    stageFigures(db, tenantId, s, today, k, options.benchmarkIds, measuresOnly);
  // Both stages' queries are independent: on PostgreSQL they run side by side on the pool's
  // connections (SQLite runs them one after the other on its single connection).
  // Of the previous stage, only its measures are shown (beside this stage's): no weeks, no uses by kind.
  const [current, before] = await Promise.all([
    figures(stage, false),
    previous ? figures(previous, true) : Promise.resolve(null),
  ]);

  const targets = stage.targets.map((t) => {
    const measure = current.measures.measures[t.metric];
    const verdict = verdictOf(t.min, measure);
    return {
      metric: t.metric,
      target: t.min,
      measure,
      previous: before ? before.measures.measures[t.metric] : null,
      verdict,
      text: verdictText(t.metric, t.min, measure, verdict),
    };
  });

  return BilanSchema.parse({
    tenant: tenantId,
    generatedAt: now.toISOString(),
    asOf: asOfDay(stage, today),
    k,
    stage,
    previousStage: previous,
    current: current.measures,
    previous: before?.measures ?? null,
    targets,
    groups: current.groups,
    weekly: current.weekly,
    realUse: current.realUse,
  });
}

/** The bilan the workbook opens with: the named stage's, else the current one's, else none. */
export async function workbookBilan(
  store: Store,
  tenantId: string,
  stageId: string | undefined,
  options: BilanOptions,
): Promise<Bilan | null> {
  if (!stageId && (await listStages(store.db, tenantId)).length === 0) return null;
  return computeBilan(store, tenantId, stageId, options);
}

/**
 * The benchmark exercises a tenant's learners take: those of the catalog (built-in and content
 * folder) flagged `benchmark`, as the tenant's own exercises override them by id.
 */
export async function benchmarkExerciseIds(db: Db, tenantId: string, base: Catalog): Promise<string[]> {
  const flags = new Map(base.exercises.map((e) => [e.id, e.benchmark === true]));
  const own = await db
    .selectFrom("tenant_exercises")
    .select("definition")
    .where("tenant_id", "=", tenantId)
    .execute();
  for (const row of own) {
    const parsed = ExerciseSchema.safeParse(safeJson(row.definition));
    if (parsed.success) flags.set(parsed.data.id, parsed.data.benchmark === true);
  }
  return [...flags].filter(([, flagged]) => flagged).map(([id]) => id);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The stage running today, else the latest one started, else the first one. */
async function currentStage(db: Db, tenantId: string, today: string): Promise<Stage> {
  const stages = await listStages(db, tenantId);
  if (stages.length === 0)
    throw new ApiProblem(404, "no_stage", "No stage is defined yet: an Admin defines stages first");
  const started = stages.filter((s) => s.startsOn <= today);
  return started[started.length - 1] ?? stages[0]!;
}

function asOfDay(stage: Stage, today: string): string {
  return stage.endsOn < today ? stage.endsOn : today < stage.startsOn ? stage.startsOn : today;
}

/** Per-cohort sums of one measure; `null` gathers learners without a cohort. */
interface Sums {
  n: number;
  sum: number;
  squares: number;
}
type ByGroup<T> = Map<string | null, T>;

interface StageFigures {
  measures: StageMeasures;
  groups: BilanGroup[];
  weekly: BilanWeek[];
  realUse: RealUse;
}

async function stageFigures(
  db: Db,
  tenantId: string,
  stage: Stage,
  today: string,
  k: number,
  benchmarkIds: readonly string[],
  measuresOnly: boolean,
): Promise<StageFigures> {
  const asOf = asOfDay(stage, today);
  const start = `${stage.startsOn}T00:00:00.000Z`;
  const end = `${nextDay(asOf)}T00:00:00.000Z`;
  const learners = selection(tenantId, stage, end);

  const windows = measureWindows(stage);
  // Independent aggregates, issued together (side by side on PostgreSQL's pool).
  const [funnel, minutes, scores, benchmark, confidence, real] = await Promise.all([
    funnelByGroup(db, tenantId, learners, asOf, end),
    minutesPerWeek(db, tenantId, learners, stage, asOf),
    transferChange(db, tenantId, learners, start, end),
    benchmarkIds.length
      ? pairedChange(
          db,
          tenantId,
          learners,
          sql`select a.user_id, a.host as grp, a.score as value, a.submitted_at as at
              from attempts a
              where a.tenant_id = ${tenantId} and a.exercise_id in (${sql.join([...benchmarkIds])})
                and a.submitted_at < ${windows.endBefore}`,
          windows,
        )
      : Promise.resolve(new Map<string | null, Sums>()),
    pairedChange(
      db,
      tenantId,
      learners,
      sql`select p.user_id, 'pulse' as grp, p.confidence as value, p.answered_at as at
          from pulses p where p.tenant_id = ${tenantId} and p.answered_at < ${windows.endBefore}`,
      windows,
    ),
    realUseFigures(db, tenantId, stage, asOf, learners, k, measuresOnly),
  ]);

  const groupKeys = [...funnel.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : new Intl.Collator("fr").compare(a, b),
  );
  const total = sumFunnels([...funnel.values()]);
  const hidden = !isShown(total.invited, k);
  const totalOf = (m: ByGroup<Sums>) => addSums([...m.values()]);

  const estimates = (f: FunnelCounts, pick: (m: ByGroup<Sums>) => Sums): Record<TargetMetric, Estimate> => ({
    weeklyActiveShare: proportion(f.activeWeekly, f.invited, k),
    startedShare: proportion(f.started, f.invited, k),
    benchmarkChange: mean(pick(benchmark), k),
    scoreChange: mean(pick(scores), k),
    minutesSavedPerWeek: mean(pick(minutes), k),
    confidenceChange: mean(pick(confidence), k),
    realUsesPerWeek: mean(pick(real.perWeek), k),
  });

  const measures: StageMeasures = {
    hidden,
    funnel: hidden ? hiddenFunnel() : presentFunnel(total),
    measures: hidden ? hiddenMeasures() : estimates(total, totalOf),
  };

  const groups: BilanGroup[] = hidden
    ? []
    : groupKeys.map((group) => {
        const f = funnel.get(group)!;
        const shown = isShown(f.invited, k);
        const e = estimates(f, (m) => m.get(group) ?? { n: 0, sum: 0, squares: 0 });
        return {
          dimension: "cohort" as const,
          group,
          hidden: !shown,
          funnel: shown ? presentFunnel(f) : hiddenFunnel(),
          weeklyActiveShare: shown ? e.weeklyActiveShare : hiddenEstimate(),
          benchmarkChange: shown ? e.benchmarkChange : hiddenEstimate(),
          confidenceChange: shown ? e.confidenceChange : hiddenEstimate(),
          realUsesPerWeek: shown ? e.realUsesPerWeek : hiddenEstimate(),
          useCases: shown ? (real.useCases.get(group) ?? 0) : null,
        };
      });

  const weekly =
    hidden || measuresOnly
      ? []
      : await weeklyActive(db, tenantId, learners, stage, asOf, total.invited, k, real.weekly);
  const realUse: RealUse = hidden
    ? { hidden: true, uses: null, users: null, useCases: null, byKind: {} }
    : {
        hidden: false,
        uses: real.uses,
        users: real.users,
        useCases: [...real.useCases.values()].reduce((a, b) => a + b, 0),
        byKind: real.byKind,
      };
  return { measures, groups, weekly, realUse };
}

/**
 * The stage's learners, as conditions on the users row `l`: its cohorts (or everyone), known by the
 * end of the period. Queries join `users l` on its key with these, so the database reads each
 * learner by primary key instead of matching rows against a derived table.
 */
function selection(tenantId: string, stage: Stage, end: string): RawBuilder<unknown> {
  const conditions = [sql`l.tenant_id = ${tenantId}`, sql`l.created_at < ${end}`];
  if (stage.cohorts.length) conditions.push(sql`l.cohort in (${sql.join(stage.cohorts)})`);
  return sql.join(conditions, sql` and `);
}

interface FunnelCounts {
  invited: number;
  charterAccepted: number;
  started: number;
  activeWeekly: number;
}

/** The last four weeks of a period: the Monday of its last day's week and the three before. */
function lastFourWeeks(asOf: string): { from: number; to: number } {
  const day = isoToDay(asOf);
  const monday = day - ((day + 3) % 7);
  return { from: monday - 21, to: monday };
}

async function funnelByGroup(
  db: Db,
  tenantId: string,
  learners: RawBuilder<unknown>,
  asOf: string,
  end: string,
): Promise<ByGroup<FunnelCounts>> {
  const weeks = lastFourWeeks(asOf);
  const { rows } = await sql<{
    grp: string | null;
    invited: number;
    charter: number;
    started: number;
    active: number;
  }>`
    select l.cohort as grp,
           count(*) as invited,
           sum(case when l.charter_accepted_at is not null and l.charter_accepted_at < ${end} then 1 else 0 end) as charter,
           sum(case when r.first_at < ${end} then 1 else 0 end) as started,
           sum(case when w.user_id is null then 0 else 1 end) as active
    from users l
    left join ${sql.raw(LEARNER_ROLLUPS)} r on r.tenant_id = l.tenant_id and r.user_id = l.user_id and r.scope = 'all'
    left join (select x.user_id from ${sql.raw(WEEKLY_ROLLUPS)} x
               where x.tenant_id = ${tenantId} and x.scope = 'all' and x.week between ${weeks.from} and ${weeks.to}
               group by x.user_id having count(*) >= 3) w on w.user_id = l.user_id
    where ${learners}
    group by l.cohort`.execute(db);
  return new Map(
    rows.map((r) => [
      r.grp,
      {
        invited: Number(r.invited),
        charterAccepted: Number(r.charter),
        started: Number(r.started),
        activeWeekly: Number(r.active),
      },
    ]),
  );
}

/**
 * Minutes saved a week per active learner: each learner's self-reported minutes in the weeks the
 * stage overlaps, divided by that number of weeks.
 */
async function minutesPerWeek(
  db: Db,
  tenantId: string,
  learners: RawBuilder<unknown>,
  stage: Stage,
  asOf: string,
): Promise<ByGroup<Sums>> {
  const first = lastFourWeeks(stage.startsOn).to;
  const last = lastFourWeeks(asOf).to;
  const weeks = (last - first) / 7 + 1;
  const { rows } = await sql<{ grp: string | null; n: number; total: number; squares: number }>`
    select l.cohort as grp, count(*) as n, sum(m.minutes) as total, sum(m.minutes * m.minutes) as squares
    from (select w.user_id, sum(w.minutes_saved) * 1.0 / ${weeks} as minutes
          from ${sql.raw(WEEKLY_ROLLUPS)} w
          where w.tenant_id = ${tenantId} and w.scope = 'all' and w.week between ${first} and ${last}
          group by w.user_id) m
    join users l on l.tenant_id = ${tenantId} and l.user_id = m.user_id and ${learners}
    group by l.cohort`.execute(db);
  return sumsByGroup(rows);
}

/** Within the period, first-attempt score at the latest new exercise minus at the first one. */
async function transferChange(
  db: Db,
  tenantId: string,
  learners: RawBuilder<unknown>,
  start: string,
  end: string,
): Promise<ByGroup<Sums>> {
  // Per learner, the times of the first and latest transfer attempts (a grouped pass over the
  // transfer index in learner order, migration 1330), then each one's score by that index (ties by id).
  const scoreAt = (at: RawBuilder<unknown>, order: RawBuilder<unknown>) => sql`
    (select a.score from attempts a
     where a.tenant_id = ${tenantId} and a.user_id = p.user_id and a.submitted_at = ${at} and a.transfer = 1
     order by a.id ${order} limit 1)`;
  // Materialized, so each learner's two look-ups run once, not once per sum that reads the change.
  const { rows } = await sql<{ grp: string | null; n: number; total: number; squares: number }>`
    with c as materialized (
      select p.user_id, ${scoreAt(sql`p.last_at`, sql`desc`)} - ${scoreAt(sql`p.first_at`, sql`asc`)} as change
      from (select a.user_id, min(a.submitted_at) as first_at, max(a.submitted_at) as last_at
            from attempts a
            where a.tenant_id = ${tenantId} and a.transfer = 1
              and a.submitted_at >= ${start} and a.submitted_at < ${end}
            group by a.user_id
            having count(*) >= 2) p)
    select l.cohort as grp, count(*) as n, sum(c.change) as total, sum(c.change * c.change) as squares
    from c
    join users l on l.tenant_id = ${tenantId} and l.user_id = c.user_id and ${learners}
    group by l.cohort`.execute(db);
  return sumsByGroup(rows);
}

/**
 * Paired change of a measure (src/core/results/pairing.ts): `source` has user_id, grp (the host of
 * a benchmark, one constant for the pulse), value and at. A learner's change is averaged over grp.
 */
async function pairedChange(
  db: Db,
  tenantId: string,
  learners: RawBuilder<unknown>,
  source: RawBuilder<unknown>,
  windows: ReturnType<typeof measureWindows>,
): Promise<ByGroup<Sums>> {
  // One window pass per (learner, grp): the start measure is the latest before `startBefore`, the
  // end one the latest from `endFrom` on (the source stops at `endBefore`); the windows never
  // overlap, so the end always follows the start.
  const { rows } = await sql<{ grp: string | null; n: number; total: number; squares: number }>`
    with marked as (
      select s.user_id, s.grp, s.value, s.at,
             max(case when s.at < ${windows.startBefore} then s.at end) over (partition by s.user_id, s.grp) as start_at,
             max(case when s.at >= ${windows.endFrom} then s.at end) over (partition by s.user_id, s.grp) as end_at
      from (${source}) s),
    paired as (
      select m.user_id, m.grp,
             max(case when m.at = m.end_at then m.value end) - max(case when m.at = m.start_at then m.value end) as change
      from marked m
      where m.start_at is not null and m.end_at is not null and (m.at = m.start_at or m.at = m.end_at)
      group by m.user_id, m.grp),
    changes as (select p.user_id, avg(p.change * 1.0) as change from paired p group by p.user_id)
    select l.cohort as grp, count(*) as n, sum(c.change) as total, sum(c.change * c.change) as squares
    from changes c join users l on l.tenant_id = ${tenantId} and l.user_id = c.user_id and ${learners}
    group by l.cohort`.execute(db);
  return sumsByGroup(rows);
}

async function weeklyActive(
  db: Db,
  tenantId: string,
  learners: RawBuilder<unknown>,
  stage: Stage,
  asOf: string,
  invited: number,
  k: number,
  realUses: ReadonlyMap<string, number>,
): Promise<BilanWeek[]> {
  const first = lastFourWeeks(stage.startsOn).to;
  const last = lastFourWeeks(asOf).to;
  const { rows } = await sql<{ week: number; active: number }>`
    select w.week, count(*) as active
    from ${sql.raw(WEEKLY_ROLLUPS)} w
    join users l on l.tenant_id = ${tenantId} and l.user_id = w.user_id and ${learners}
    where w.tenant_id = ${tenantId} and w.scope = 'all' and w.week between ${first} and ${last}
    group by w.week`.execute(db);
  const byWeek = new Map(rows.map((r) => [Number(r.week), Number(r.active)]));
  const weeks: BilanWeek[] = [];
  for (let week = first; week <= last; week += 7) {
    const active = byWeek.get(week) ?? 0;
    const shown = isShown(active, k);
    weeks.push({
      week: dayToIso(week),
      hidden: !shown,
      active: shown ? active : null,
      share: shown && invited > 0 ? active / invited : null,
      realUses: shown ? (realUses.get(dayToIso(week)) ?? 0) : null,
    });
  }
  return weeks;
}

function sumsByGroup(
  rows: Array<{ grp: string | null; n: number; total: number | null; squares: number | null }>,
): ByGroup<Sums> {
  return new Map(
    rows.map((r) => [r.grp, { n: Number(r.n), sum: Number(r.total ?? 0), squares: Number(r.squares ?? 0) }]),
  );
}

function addSums(all: Sums[]): Sums {
  return all.reduce((a, b) => ({ n: a.n + b.n, sum: a.sum + b.sum, squares: a.squares + b.squares }), {
    n: 0,
    sum: 0,
    squares: 0,
  });
}

function sumFunnels(all: FunnelCounts[]): FunnelCounts {
  return all.reduce(
    (a, b) => ({
      invited: a.invited + b.invited,
      charterAccepted: a.charterAccepted + b.charterAccepted,
      started: a.started + b.started,
      activeWeekly: a.activeWeekly + b.activeWeekly,
    }),
    { invited: 0, charterAccepted: 0, started: 0, activeWeekly: 0 },
  );
}

/** A mean over learners; hidden under k learners (a few learners' change would identify them). */
function mean(s: Sums, k: number): Estimate {
  if (s.n === 0) return { n: 0, value: null, ciLow: null, ciHigh: null, hidden: false };
  if (!isShown(s.n, k)) return hiddenEstimate();
  const ci = meanInterval(s.n, s.sum, s.squares);
  return { n: s.n, value: ci.mean, ciLow: ci.low, ciHigh: ci.high, hidden: false };
}

function proportion(successes: number, n: number, k: number): Estimate {
  if (n === 0) return { n: 0, value: null, ciLow: null, ciHigh: null, hidden: false };
  if (!isShown(n, k)) return hiddenEstimate();
  const ci = proportionInterval(successes, n);
  return { n, value: ci.mean, ciLow: ci.low, ciHigh: ci.high, hidden: false };
}

function hiddenEstimate(): Estimate {
  return { n: null, value: null, ciLow: null, ciHigh: null, hidden: true };
}

function hiddenMeasures(): Record<TargetMetric, Estimate> {
  return Object.fromEntries(TARGET_METRICS.map((m) => [m, hiddenEstimate()])) as Record<
    TargetMetric,
    Estimate
  >;
}

function presentFunnel(f: FunnelCounts): Funnel {
  return { ...f, neverStarted: f.invited - f.started };
}

function hiddenFunnel(): Funnel {
  return { invited: null, charterAccepted: null, started: null, activeWeekly: null, neverStarted: null };
}
