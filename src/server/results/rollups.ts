import { PostgresAdapter, sql, type CompiledQuery, type Kysely, type RawBuilder } from "kysely";
import { MASTERY_RATES } from "../../core/learner/mastery";
import { ESTABLISHED_WINDOW_DAYS } from "../../core/results/bands";
import { CRITERIA, HOSTS, type Host } from "../../core/types";
import { compiledOnce } from "../store/compiled";
import type { DialectName } from "../store/db";
import type { AttemptsTable, Database } from "../store/schema";
import { dayNumber, isoToDay } from "./dialect";
import { FACT_COLUMNS, LEARNER_ROLLUPS, WEEKLY_ROLLUPS, groupedFacts, type Period } from "./facts";

/**
 * Stored rollups of the results sheet, so a report reads one row per learner (and per learner-week)
 * instead of every attempt. They hold, per learner, exactly the facts the report would compute over
 * all of the learner's attempts — first/latest score, habit, the mastery running value, sums — once
 * for all hosts ("all") and once per host, so the host filter reads its own rows.
 *
 * A new attempt that comes after the learner's latest — nearly every one — adds its contribution to
 * their rows (`addAttemptToResults`): a write then costs the same whatever the learner's history.
 * One that arrives out of order (an offline queue delivering late) recomputes the learner's rows
 * from their attempts, read through the results index, as erasures and purges do: recomputing keeps
 * them exact whatever the order, and a repeated refresh is harmless. Erasing a user drops their rows
 * by foreign-key cascade.
 * A report only uses them after checking they account for every attempt (`rollupsCoverReport`).
 */
export type RollupScope = "all" | Host;
export const ROLLUP_SCOPES: readonly RollupScope[] = ["all", ...HOSTS];

type Db = Kysely<Database>;

/** Which SQL the store speaks, from the Kysely instance itself (callers outside results hold only `db`). */
export function dialectOf(db: Db): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** Recomputes the rollups of some learners of a tenant from their attempts. */
export async function refreshLearnerResults(
  db: Db,
  tenantId: string,
  userIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    for (const table of [LEARNER_ROLLUPS, WEEKLY_ROLLUPS]) {
      await sql`delete from ${sql.raw(table)} where tenant_id = ${tenantId} and user_id in (${sql.join(chunk)})`.execute(
        db,
      );
    }
    await insertRollups(db, tenantId, chunk);
  }
}

/** The columns of an attempt its learner's rollups read. */
export type RolledAttempt = Pick<AttemptsTable, "user_id" | "host" | "score" | "submitted_at"> & {
  minutes_saved?: number | null;
  usefulness?: number | null;
  /** 1 for a near copy: left out of mastery. */
  copied?: number;
  /** 1 for a transfer attempt (first at its exercise, not a copy): progress reads these. */
  transfer?: number;
} & { [K in `c_${(typeof CRITERIA)[number]}`]: number };

type Rolled = RolledAttempt & {
  minutes_saved: number | null;
  usefulness: number | null;
  copied: number;
  transfer: number;
};

type LearnerRollupRow = Record<string, string | number | null>;

/**
 * Adds one just-stored attempt to its learner's rollups, for all hosts and for its host, in the
 * transaction that stored it. Sums, counts and the per-week rows only add up. First and latest score,
 * mastery (an exponential moving average) and the habit depend on order: they are extended only when
 * the attempt comes strictly after the learner's latest in that scope; otherwise the learner's rows
 * are recomputed from their attempts (`refreshLearnerResults`), which the tests check these equal.
 */
export async function addAttemptToResults(db: Db, tenantId: string, stored: RolledAttempt): Promise<void> {
  const statements = attemptRollupStatements(db, tenantId, stored);
  const extended = (await db.executeQuery(statements.extend)).rows.length;
  await db.executeQuery(statements.weeks);
  await completeAttemptResults(db, tenantId, stored, extended);
}

/**
 * The two statements of `addAttemptToResults` that every attempt runs, for a caller that sends them
 * with others in one round trip: `extend` updates the learner's rows the attempt comes after (and
 * returns one row for each), `weeks` adds the attempt to its weeks. Then `completeAttemptResults`,
 * with the number of rows extended, finishes what they could not do.
 */
export function attemptRollupStatements(
  db: Db,
  tenantId: string,
  stored: RolledAttempt,
): { extend: CompiledQuery; weeks: CompiledQuery } {
  const attempt = rolled(stored);
  const day = isoToDay(attempt.submitted_at);
  return {
    extend: extendRollups(db, tenantId, attempt),
    weeks: addToWeeks(db, {
      tenantId,
      host: attempt.host,
      week: day - ((day + 3) % 7),
      userId: attempt.user_id,
      score: attempt.score,
      minutes: attempt.minutes_saved ?? 0,
    }),
  };
}

/**
 * After `extend` changed `extended` of the learner's rows (all hosts, the attempt's host): the rows of
 * a learner's first attempt in a scope are created; an attempt that one of them could not take (out
 * of order) makes the learner's rows be recomputed from their attempts, this one included.
 */
export async function completeAttemptResults(
  db: Db,
  tenantId: string,
  stored: RolledAttempt,
  extended: number,
): Promise<void> {
  const attempt = rolled(stored);
  const scopes: RollupScope[] = ["all", attempt.host as Host];
  if (extended >= scopes.length) return;
  // Not both rows extended: the learner's first attempt (in a scope), or one out of order.
  const { rows } = await sql<{ scope: string }>`
    select scope from ${sql.raw(LEARNER_ROLLUPS)}
    where tenant_id = ${tenantId} and user_id = ${attempt.user_id} and scope in (${sql.join(scopes)})`.execute(
    db,
  );
  const missing = scopes.filter((scope) => !rows.some((r) => r.scope === scope));
  if (extended + missing.length < scopes.length) {
    // A row exists that the attempt could not extend: recompute the learner (this attempt included).
    await refreshLearnerResults(db, tenantId, [attempt.user_id]);
    return;
  }
  const names = ["scope", ...FACT_COLUMNS.map(([name]) => name)];
  const values = missing.map((scope) => {
    const row = started(scope, attempt);
    return sql`(${tenantId}, ${attempt.user_id}, ${sql.join(names.map((n) => row[n] ?? null))})`;
  });
  await sql`
    insert into ${sql.raw(LEARNER_ROLLUPS)} (tenant_id, user_id, ${sql.join(names.map((n) => sql.ref(n)))})
    values ${sql.join(values)}`.execute(db);
}

function rolled(stored: RolledAttempt): Rolled {
  return {
    ...stored,
    minutes_saved: stored.minutes_saved ?? null,
    usefulness: stored.usefulness ?? null,
    copied: stored.copied ?? 0,
    transfer: stored.transfer ?? 0,
  };
}

/** The attempt's week, for all hosts and for its host: one more attempt, its score and minutes. */
const addToWeeks = compiledOnce(
  (
    _db,
    v: { tenantId: string; host: string; week: number; userId: string; score: number; minutes: number },
  ) => {
    const weeks = [sql`${"all"}`, sql`${v.host}`].map(
      (scope) => sql`(${v.tenantId}, ${scope}, ${v.week}, ${v.userId}, 1, ${v.score}, ${v.minutes})`,
    );
    return sql`
    insert into ${sql.raw(WEEKLY_ROLLUPS)} (tenant_id, scope, week, user_id, attempts, score_sum, minutes_saved)
    values ${sql.join(weeks)}
    on conflict (tenant_id, scope, week, user_id) do update set
      attempts = ${sql.raw(WEEKLY_ROLLUPS)}.attempts + excluded.attempts,
      score_sum = ${sql.raw(WEEKLY_ROLLUPS)}.score_sum + excluded.score_sum,
      minutes_saved = ${sql.raw(WEEKLY_ROLLUPS)}.minutes_saved + excluded.minutes_saved`;
  },
);

const RATE = MASTERY_RATES.other;

/**
 * Extends, in one statement, the learner's rows (all hosts, and the attempt's host) that end before
 * the attempt, returning one row for each it changed. A row is left alone when the attempt does not come
 * strictly after its latest, or when it predates `prior_at` and the habit would need it.
 * The habit: some 3 consecutive attempts within the window; the new triple ends with this attempt.
 * Mastery: mastery ← (1 − r)·mastery + r·s/3, the next term of r·Σ (1 − r)^(n − i)·s_i/3.
 */
function extendRollups(db: Db, tenantId: string, a: Rolled): CompiledQuery {
  const values = {
    tenantId,
    userId: a.user_id,
    host: a.host,
    day: isoToDay(a.submitted_at),
    submittedAt: a.submitted_at,
    score: a.score,
    minutes: a.minutes_saved ?? 0,
    usefulness: a.usefulness ?? 0,
    usefulnessN: a.usefulness === null ? 0 : 1,
  } as ExtendValues;
  for (const c of CRITERIA) {
    values[`s_${c}`] = a[`c_${c}`];
    values[`m_${c}`] = (RATE * a[`c_${c}`]) / 3;
  }
  const shape = {
    dialect: dialectOf(db),
    host: a.host,
    transfer: Boolean(a.transfer),
    copied: Boolean(a.copied),
    usefulness: a.usefulness !== null,
  };
  return extendStatement(db, values, shape);
}

type ExtendValues = {
  tenantId: string;
  userId: string;
  host: string;
  day: number;
  submittedAt: string;
  score: number;
  minutes: number;
  usefulness: number;
  usefulnessN: number;
} & Record<`${"s" | "m"}_${(typeof CRITERIA)[number]}`, number>;

const extendStatement = compiledOnce(
  (
    _db,
    v: ExtendValues,
    shape: { dialect: DialectName; host: string; transfer: boolean; copied: boolean; usefulness: boolean },
  ) => {
    const h = (suffix: string) => sql.ref(`h_${shape.host}_${suffix}`);
    const priorDay = dayNumber(shape.dialect, sql`prior_at`);
    const sets = [
      sql`habit = case when habit = 1 or attempts < 2 then habit
                     when ${v.day} - ${priorDay} <= ${sql.lit(ESTABLISHED_WINDOW_DAYS - 1)} then 1
                     else 0 end`,
      sql`attempts = attempts + 1`,
      ...(shape.transfer
        ? [
            sql`first_score = coalesce(first_score, ${v.score})`,
            sql`latest_score = ${v.score}`,
            sql`progress_n = progress_n + 1`,
          ]
        : []),
      sql`score_sum = score_sum + ${v.score}`,
      sql`minutes_saved = minutes_saved + ${v.minutes}`,
      shape.usefulness
        ? sql`usefulness_sum = coalesce(usefulness_sum, 0) + ${v.usefulness}`
        : sql`usefulness_sum = usefulness_sum`,
      sql`usefulness_n = usefulness_n + ${v.usefulnessN}`,
      sql`prior_at = last_at`,
      sql`last_at = ${v.submittedAt}`,
      ...CRITERIA.map((c) => sql`${sql.ref(`s_${c}`)} = ${sql.ref(`s_${c}`)} + ${v[`s_${c}`]}`),
      // A copy leaves mastery where it was.
      ...(shape.copied
        ? []
        : CRITERIA.map(
            (c) => sql`${sql.ref(`m_${c}`)} = ${sql.lit(1 - RATE)} * ${sql.ref(`m_${c}`)} + ${v[`m_${c}`]}`,
          )),
      sql`${h("n")} = ${h("n")} + 1`,
      sql`${h("score")} = ${h("score")} + ${v.score}`,
      sql`${h("minutes")} = ${h("minutes")} + ${v.minutes}`,
      sql`${h("use")} = ${h("use")} + ${v.usefulness}`,
      sql`${h("use_n")} = ${h("use_n")} + ${v.usefulnessN}`,
    ];
    return sql`
    update ${sql.raw(LEARNER_ROLLUPS)} set ${sql.join(sets)}
    where tenant_id = ${v.tenantId} and user_id = ${v.userId} and scope in ('all', ${v.host})
      and last_at < ${v.submittedAt}
      and (habit = 1 or attempts < 2 or prior_at is not null)
    returning 1 as extended`;
  },
);

/** The rollup row of a learner's first attempt in a scope (as `groupedFacts` computes it). */
function started(scope: RollupScope, a: Rolled): LearnerRollupRow {
  const row: LearnerRollupRow = {
    scope,
    attempts: 1,
    first_score: a.transfer ? a.score : null,
    latest_score: a.transfer ? a.score : null,
    progress_n: a.transfer ? 1 : 0,
    score_sum: a.score,
    minutes_saved: a.minutes_saved ?? 0,
    usefulness_sum: a.usefulness,
    usefulness_n: a.usefulness === null ? 0 : 1,
    first_at: a.submitted_at,
    last_at: a.submitted_at,
    prior_at: null,
    habit: 0,
  };
  for (const c of CRITERIA) {
    row[`s_${c}`] = a[`c_${c}`];
    row[`m_${c}`] = a.copied ? 0 : (RATE * a[`c_${c}`]) / 3;
  }
  for (const h of HOSTS) {
    const on = h === a.host;
    row[`h_${h}_n`] = on ? 1 : 0;
    row[`h_${h}_score`] = on ? a.score : 0;
    row[`h_${h}_minutes`] = on ? (a.minutes_saved ?? 0) : 0;
    row[`h_${h}_use`] = on ? (a.usefulness ?? 0) : 0;
    row[`h_${h}_use_n`] = on && a.usefulness !== null ? 1 : 0;
  }
  return row;
}

/** Recomputes every rollup of a tenant (bulk loads, the demo pilot, the migration that adds them). */
export async function rebuildTenantResults(db: Db, tenantId: string): Promise<void> {
  for (const table of [LEARNER_ROLLUPS, WEEKLY_ROLLUPS]) {
    await sql`delete from ${sql.raw(table)} where tenant_id = ${tenantId}`.execute(db);
  }
  await insertRollups(db, tenantId, null);
}

/**
 * After attempts submitted before `cutoff` were deleted (retention), recomputes the learners who had
 * some: those whose stored first attempt is older than the cutoff.
 */
export async function refreshResultsAfterPurge(db: Db, tenantId: string, cutoff: string): Promise<void> {
  const { rows } = await sql<{ user_id: string }>`
    select user_id from ${sql.raw(LEARNER_ROLLUPS)}
    where tenant_id = ${tenantId} and scope = 'all' and first_at < ${cutoff}`.execute(db);
  await refreshLearnerResults(
    db,
    tenantId,
    rows.map((r) => r.user_id),
  );
}

/**
 * Whether the stored rollups give exactly the report of `period`: the period has no start, no
 * attempt falls after its end, and the rollups count every attempt of the tenant (a write path that
 * skipped the refresh makes the report fall back to the attempts, never wrong).
 */
export async function rollupsCoverReport(db: Db, tenantId: string, period: Period): Promise<boolean> {
  if (period.start) return false;
  const { rows } = await sql<{ stored: number | null; rolled: number | null; later: number | null }>`
    select (select count(*) from attempts where tenant_id = ${tenantId}) as stored,
           (select sum(attempts) from ${sql.raw(LEARNER_ROLLUPS)}
             where tenant_id = ${tenantId} and scope = 'all') as rolled,
           (select count(*) from ${sql.raw(LEARNER_ROLLUPS)}
             where tenant_id = ${tenantId} and scope = 'all' and last_at >= ${period.end}) as later`.execute(
    db,
  );
  const row = rows[0];
  return Number(row?.stored ?? 0) === Number(row?.rolled ?? 0) && Number(row?.later ?? 0) === 0;
}

/**
 * A tenant's attempts, with the columns `groupedFacts` reads and their `scope`: one scope, or every
 * scope at once ("each": each attempt twice, under "all" and under its host); all learners or some.
 */
function scopeAttempts(tenantId: string, scope: RollupScope | "each", userIds: readonly string[] | null) {
  const conditions: RawBuilder<unknown>[] = [sql`a.tenant_id = ${tenantId}`];
  if (scope !== "all" && scope !== "each") conditions.push(sql`a.host = ${scope}`);
  if (userIds) conditions.push(sql`a.user_id in (${sql.join(userIds)})`);
  const criteria = sql.join(CRITERIA.map((c) => sql.ref(`a.c_${c}`)));
  const select = (scopeColumn: RawBuilder<unknown>) => sql`
    select ${scopeColumn} as scope, a.user_id, a.id, a.host, a.score, a.submitted_at, a.minutes_saved,
           a.usefulness, ${criteria}, a.copied, a.transfer
    from attempts a
    where ${sql.join(conditions, sql` and `)}`;
  // Typed, so PostgreSQL knows the parameter's type and both branches agree.
  if (scope !== "each") return select(sql`cast(${scope} as varchar(16))`);
  return sql`${select(sql`cast('all' as varchar(16))`)} union all ${select(sql`a.host`)}`;
}

async function insertRollups(db: Db, tenantId: string, userIds: readonly string[] | null): Promise<void> {
  const dialect = dialectOf(db);
  const names = FACT_COLUMNS.map(([name]) => name);
  const columns = sql.join(names.map((n) => sql.ref(n)));
  const values = sql.join(names.map((n) => sql.ref(`g.${n}`)));
  // A few learners: every scope in one statement per table (their attempts are few, sorting is cheap).
  // A whole tenant: one statement per scope, each reading the results index in (learner, time)
  // order, so a million attempts are never sorted.
  const scopes: ReadonlyArray<RollupScope | "each"> = userIds ? ["each"] : ROLLUP_SCOPES;
  for (const scope of scopes) {
    const attempts = scopeAttempts(tenantId, scope, userIds);
    await sql`
      insert into ${sql.raw(LEARNER_ROLLUPS)} (tenant_id, scope, user_id, ${columns})
      select ${tenantId}, g.scope, g.user_id, ${values}
      from (${groupedFacts(dialect, attempts, true)}) g`.execute(db);
    // Day 4 (1970-01-05) is a Monday: a day's Monday is day − ((day + 3) mod 7).
    const day = dayNumber(dialect, sql`s.submitted_at`);
    await sql`
      insert into ${sql.raw(WEEKLY_ROLLUPS)} (tenant_id, scope, week, user_id, attempts, score_sum, minutes_saved)
      select ${tenantId}, d.scope, d.week, d.user_id, count(*), sum(d.score), sum(coalesce(d.minutes_saved, 0))
      from (select s.scope, s.user_id, s.score, s.minutes_saved, ${day} - ((${day} + 3) % 7) as week
            from (${attempts}) s) d
      group by d.scope, d.week, d.user_id`.execute(db);
  }
}

/**
 * Rebuilds the rollups of every tenant whose rollups do not account for each of its attempts
 * (attempts stored before the rollups existed, or by a write that skipped them). Returns the tenants
 * rebuilt. The server runs it once at start, in the background; reports stay exact meanwhile, since
 * they read the attempts whenever the rollups do not cover them.
 */
export async function rebuildStaleResults(db: Db): Promise<string[]> {
  const { rows } = await sql<{ tenant_id: string }>`
    select a.tenant_id from (select tenant_id, count(*) as n from attempts group by tenant_id) a
    left join (select tenant_id, sum(attempts) as n from ${sql.raw(LEARNER_ROLLUPS)}
               where scope = 'all' group by tenant_id) r on r.tenant_id = a.tenant_id
    where r.n is null or r.n <> a.n`.execute(db);
  for (const { tenant_id: tenantId } of rows) {
    await db.transaction().execute((trx) => rebuildTenantResults(trx, tenantId));
  }
  return rows.map((r) => r.tenant_id);
}
