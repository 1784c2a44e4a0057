import { PostgresAdapter, sql, type Kysely, type RawBuilder } from "kysely";
import { CRITERIA, HOSTS, type Host } from "../../core/types";
import type { DialectName } from "../store/db";
import type { Database } from "../store/schema";
import { dayNumber } from "./dialect";
import { FACT_COLUMNS, LEARNER_ROLLUPS, WEEKLY_ROLLUPS, groupedFacts, type Period } from "./facts";

/**
 * Stored rollups of the results sheet, so a report reads one row per learner (and per learner-week)
 * instead of every attempt. They hold, per learner, exactly the facts the report would compute over
 * all of the learner's attempts — first/latest score, habit, the mastery running value, sums — once
 * for all hosts ("all") and once per host, so the host filter reads its own rows.
 *
 * A learner's rows are recomputed from their attempts (a few hundred rows at most, read through the
 * results index) whenever their attempts change, in the same transaction: recomputing rather than
 * adding keeps them exact whatever the order in which attempts arrive (offline queues deliver late)
 * and makes a repeated refresh harmless. Erasing a user drops their rows by foreign-key cascade.
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
           a.usefulness, ${criteria}
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
