import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema";

/**
 * Every table that holds a user id, and what happens to those rows. Erasure (`eraseUser`), the
 * retention purge (`purgeExpiredAttempts`) and the learner's export (`exportUserData`) all read this
 * list, so they cannot drift apart; a test introspects the live schema and fails when a table with a
 * user column is missing here.
 */
export interface UserDataTable<T extends keyof Database = keyof Database> {
  table: T;
  /** The column holding the user id. */
  userColumn: keyof Database[T] & string;
  /**
   * On erasure: `delete` the user's rows; `clear` the column (the rows are tenant content the user
   * wrote, which stays without their name); `keep` (see `note`).
   */
  erasure: "delete" | "clear" | "keep";
  /**
   * The retention purge: `olderThan` deletes rows whose date column is before the tenant's cutoff;
   * `withAttempts` deletes rows whose attempt is purged; `recomputed` rows are derived from the
   * attempts and recomputed after a purge; `untilErasure` rows stay until the user is erased; `kept`
   * rows are never purged.
   */
  retention:
    | { olderThan: keyof Database[T] & string }
    | { withAttempts: keyof Database[T] & string }
    | "recomputed"
    | "untilErasure"
    | "kept";
  /** Key of these rows in the learner's export (`GET /me/export`), or null when not exported (`note`). */
  exportKey: string | null;
  /** Why rows are kept, cleared, kept until erasure or left out of the export. */
  note?: string;
}

/** An entry of any table, each typed against its own table. */
export type AnyUserDataTable = { [T in keyof Database]: UserDataTable<T> }[keyof Database];

/** Types one entry: its columns against its table, its export key as a literal. */
const entry = <T extends keyof Database, const K extends string | null>(
  e: UserDataTable<T> & { exportKey: K },
): UserDataTable<T> & { exportKey: K } => e;

/** In erasure order: rows that point at others first, the user's own row last. */
export const USER_DATA_TABLES = [
  entry({
    table: "xapi_outbox",
    userColumn: "user_id",
    erasure: "delete",
    retention: { withAttempts: "attempt_id" },
    exportKey: "xapiStatements",
  }),
  entry({
    table: "attempts",
    userColumn: "user_id",
    erasure: "delete",
    retention: { olderThan: "submitted_at" },
    exportKey: "attempts",
  }),
  entry({
    table: "result_learner_rollups",
    userColumn: "user_id",
    erasure: "delete",
    retention: "recomputed",
    exportKey: null,
    note: "sums of the exported attempts, for the results sheet",
  }),
  entry({
    table: "result_weekly_rollups",
    userColumn: "user_id",
    erasure: "delete",
    retention: "recomputed",
    exportKey: null,
    note: "sums of the exported attempts, for the results sheet",
  }),
  entry({
    table: "shown_versions",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: null,
    note: "one-way sketches of better versions shown, to tell a copy (never their text)",
  }),
  entry({
    table: "mastery",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "learner",
    note: "the learner model: kept current, not a record of activity",
  }),
  entry({
    table: "pulses",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "pulses",
  }),
  entry({
    table: "use_case_votes",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "useCaseVotes",
    note: "colleagues' votes on the user's own use cases go with those use cases (foreign key)",
  }),
  entry({
    table: "use_cases",
    userColumn: "author_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "useCases",
  }),
  entry({
    table: "feedback",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "feedback",
  }),
  entry({
    table: "saved_prompts",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "savedPrompts",
    note: "kept by the learner like a bookmark (and deleted by them), not a record of activity",
  }),
  entry({
    table: "team_prompts",
    userColumn: "published_by",
    erasure: "clear",
    retention: "kept",
    exportKey: "publishedPrompts",
    note: "a team's library: tenant content, checked for personal data, that colleagues rely on",
  }),
  entry({
    table: "real_work_uses",
    userColumn: "user_id",
    erasure: "delete",
    retention: { olderThan: "occurred_at" },
    exportKey: "realWorkUses",
  }),
  entry({
    table: "llm_usage",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "modelUsage",
    note: "per-day counters of the quota",
  }),
  entry({
    table: "audit_log",
    userColumn: "target",
    erasure: "keep",
    retention: "kept",
    exportKey: "auditEntries",
    note: "the audit log keeps that something happened to the user (erasure included), never the data",
  }),
  entry({
    table: "audit_log",
    userColumn: "actor_id",
    erasure: "keep",
    retention: "kept",
    exportKey: null,
    note: "actions of admins and pilot leads on the tenant, kept for accountability",
  }),
  entry({
    table: "tenant_exercises",
    userColumn: "updated_by",
    erasure: "keep",
    retention: "kept",
    exportKey: null,
    note: "tenant content: who last changed an exercise",
  }),
  entry({
    table: "exercise_drafts",
    userColumn: "created_by",
    erasure: "keep",
    retention: "kept",
    exportKey: null,
    note: "tenant content: who promoted a use case to a draft exercise",
  }),
  entry({
    table: "stages",
    userColumn: "updated_by",
    erasure: "keep",
    retention: "kept",
    exportKey: null,
    note: "tenant content: who last changed a stage",
  }),
  entry({
    table: "users",
    userColumn: "user_id",
    erasure: "delete",
    retention: "untilErasure",
    exportKey: "profile",
  }),
] as const satisfies readonly AnyUserDataTable[];

type Entry = (typeof USER_DATA_TABLES)[number];
/** The sections of the learner's export that come from the list. */
export type UserExportKey = Exclude<Entry["exportKey"], null>;

type Db = Kysely<Database>;

/** Applies erasure to every listed table; returns the rows deleted or cleared per table. */
export async function eraseUserRows(
  trx: Db,
  tenantId: string,
  userId: string,
): Promise<Partial<Record<keyof Database, number>>> {
  const changed: Partial<Record<keyof Database, number>> = {};
  for (const t of USER_DATA_TABLES) {
    const mine = sql`tenant_id = ${tenantId} and ${sql.ref(t.userColumn)} = ${userId}`;
    let rows: bigint | undefined;
    if (t.erasure === "delete") {
      ({ numAffectedRows: rows } = await sql`delete from ${sql.table(t.table)} where ${mine}`.execute(trx));
    } else if (t.erasure === "clear") {
      ({ numAffectedRows: rows } =
        await sql`update ${sql.table(t.table)} set ${sql.ref(t.userColumn)} = null where ${mine}`.execute(
          trx,
        ));
    } else continue;
    changed[t.table] = (changed[t.table] ?? 0) + Number(rows ?? 0);
  }
  return changed;
}

/** The tables the purge deletes from by their own date column, with that column. */
export const DATED_TABLES = USER_DATA_TABLES.flatMap((t) =>
  typeof t.retention === "object" && "olderThan" in t.retention
    ? [{ table: t.table, dateColumn: t.retention.olderThan as string }]
    : [],
);

/**
 * Deletes one tenant's rows past `cutoff`: the rows that go with purged attempts first, then each
 * dated table's. Returns the rows deleted per table.
 */
export async function purgeUserRows(
  trx: Db,
  tenantId: string,
  cutoff: string,
): Promise<Partial<Record<keyof Database, number>>> {
  const attempts = DATED_TABLES.find((t) => t.table === "attempts");
  if (!attempts) throw new Error("attempts have no retention date");
  const deleted: Partial<Record<keyof Database, number>> = {};
  for (const t of USER_DATA_TABLES) {
    if (typeof t.retention !== "object") continue;
    const expired =
      "olderThan" in t.retention
        ? sql`${sql.ref(t.retention.olderThan)} < ${cutoff}`
        : sql`${sql.ref(t.retention.withAttempts)} in (
            select id from attempts where tenant_id = ${tenantId} and ${sql.ref(attempts.dateColumn)} < ${cutoff})`;
    const { numAffectedRows } = await sql`
      delete from ${sql.table(t.table)} where tenant_id = ${tenantId} and ${expired}`.execute(trx);
    deleted[t.table] = Number(numAffectedRows ?? 0);
  }
  return deleted;
}
