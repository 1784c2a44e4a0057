import type { CompiledQuery, Insertable, Kysely } from "kysely";
import type { Principal } from "../auth/roles";
import { compiledOnce } from "../store/compiled";
import { inOneTrip, type RowsOf } from "../store/db";
import type { Database, UserRow, UsersTable } from "../store/schema";

/**
 * Creates or refreshes the caller's user row. Claims in the token (name, cohort, department, locale)
 * win over stored values when present; otherwise what an admin set is kept.
 */
export async function ensureUser(db: Kysely<Database>, principal: Principal): Promise<void> {
  const now = new Date().toISOString();
  const fromToken = {
    ...(principal.name ? { display_name: principal.name } : {}),
    ...(principal.cohort ? { cohort: principal.cohort } : {}),
    ...(principal.department ? { department: principal.department } : {}),
    ...(principal.locale ? { locale: principal.locale } : {}),
    ...(principal.job ? { job: principal.job } : {}),
  };
  await db
    .insertInto("users")
    .values(newUserRow(principal, now))
    .onConflict((oc) => oc.columns(["tenant_id", "user_id"]).doUpdateSet({ last_seen_at: now, ...fromToken }))
    .execute();
}

export async function findUser(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * Makes sure the user's row exists and, on PostgreSQL, locks it until the transaction ends, so one
 * user's concurrent attempts update their mastery one after the other (SQLite has a single writer).
 * Unlike `ensureUser` it writes nothing when the row exists.
 */
export async function lockUser(
  db: Kysely<Database>,
  principal: Principal,
  dialect: "sqlite" | "postgres",
): Promise<void> {
  const insert = () => db.executeQuery(insertUserIfNew(db, newUserRow(principal, new Date().toISOString())));
  if (dialect === "sqlite") {
    await insert();
    return;
  }
  // The row nearly always exists (the charter was accepted on it): lock it in one round trip, and
  // create it first only when it does not.
  const lock = async () =>
    (await db.executeQuery(lockUserRow(db, { tenantId: principal.tenantId, userId: principal.userId })))
      .rows[0];
  if (await lock()) return;
  await insert();
  await lock();
}

/**
 * `lockUser`, then the `reads` once the row is locked, returning what each gives. On PostgreSQL the
 * lock and the reads go in one round trip when the row exists (nearly always): PostgreSQL runs the
 * reads once the lock is granted, so they see what a concurrent holder committed.
 */
export async function lockUserThenRead<Q extends readonly CompiledQuery<unknown>[]>(
  db: Kysely<Database>,
  principal: Principal,
  dialect: "sqlite" | "postgres",
  ...reads: Q
): Promise<RowsOf<Q>> {
  if (dialect === "postgres") {
    const [locked, ...rows] = await inOneTrip(
      db,
      lockUserRow(db, { tenantId: principal.tenantId, userId: principal.userId }),
      ...reads,
    );
    if (locked.length > 0) return rows as RowsOf<Q>;
  }
  await lockUser(db, principal, dialect);
  const rows: unknown[][] = [];
  for (const read of reads) rows.push((await db.executeQuery(read)).rows);
  return rows as RowsOf<Q>;
}

const insertUserIfNew = compiledOnce((db, row: Insertable<UsersTable>) =>
  db
    .insertInto("users")
    .values(row)
    .onConflict((oc) => oc.columns(["tenant_id", "user_id"]).doNothing()),
);

const lockUserRow = compiledOnce((db, user: { tenantId: string; userId: string }) =>
  db
    .selectFrom("users")
    .select("user_id")
    .where("tenant_id", "=", user.tenantId)
    .where("user_id", "=", user.userId)
    .forUpdate(),
);

/** A first-seen user, with what the token says about them. */
function newUserRow(principal: Principal, now: string): Insertable<UsersTable> {
  return {
    tenant_id: principal.tenantId,
    user_id: principal.userId,
    display_name: principal.name ?? null,
    locale: principal.locale ?? null,
    cohort: principal.cohort ?? null,
    department: principal.department ?? null,
    job: principal.job ?? null,
    charter_version_accepted: null,
    charter_accepted_at: null,
    created_at: now,
    last_seen_at: now,
  };
}

/** The caller's job: the token claim, else what is stored (null: not chosen yet). */
export async function jobOf(db: Kysely<Database>, me: Principal): Promise<string | null> {
  if (me.job !== undefined) return me.job;
  return (await findUser(db, me.tenantId, me.userId))?.job ?? null;
}
