import type { Kysely } from "kysely";

/**
 * Indexes the bilan reads without touching the tables (src/server/results/bilan.ts, real-use.ts):
 * - a tenant's benchmark attempts with the learner, host and score (replaces `attempts_exercise`,
 *   its prefix, so an attempt still updates as many indexes);
 * - transfer attempts in learner order (replaces `attempts_transfer`): a stage's first and latest
 *   transfer attempts per learner come out of one grouped pass, without a sort;
 * - confidence pulses with their value (replaces `pulses_user`, its prefix);
 * - real-work uses by learner and time with their kind: the uses per learner and per day;
 * - weekly rollups by learner with the minutes saved: minutes a week and the active learners.
 * Frozen as shipped: it names its tables and columns itself and imports no live code.
 */
const WEEKLY_ROLLUPS = "result_weekly_rollups";
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("attempts_benchmark")
    .on("attempts")
    .columns(["tenant_id", "exercise_id", "submitted_at", "user_id", "host", "score"])
    .execute();
  await db.schema.dropIndex("attempts_exercise").ifExists().execute();
  await db.schema
    .createIndex("attempts_transfer_user")
    .on("attempts")
    .columns(["tenant_id", "transfer", "user_id", "submitted_at", "id", "score"])
    .execute();
  await db.schema.dropIndex("attempts_transfer").ifExists().execute();
  await db.schema
    .createIndex("pulses_user_confidence")
    .on("pulses")
    .columns(["tenant_id", "user_id", "answered_at", "confidence"])
    .execute();
  await db.schema.dropIndex("pulses_user").ifExists().execute();
  await db.schema
    .createIndex("real_work_uses_user")
    .on("real_work_uses")
    .columns(["tenant_id", "user_id", "occurred_at", "kind"])
    .execute();
  await db.schema
    .createIndex(`${WEEKLY_ROLLUPS}_user_week`)
    .on(WEEKLY_ROLLUPS)
    .columns(["tenant_id", "scope", "user_id", "week", "minutes_saved"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex(`${WEEKLY_ROLLUPS}_user_week`).ifExists().execute();
  await db.schema.dropIndex("real_work_uses_user").ifExists().execute();
  await db.schema
    .createIndex("pulses_user")
    .on("pulses")
    .columns(["tenant_id", "user_id", "answered_at"])
    .execute();
  await db.schema.dropIndex("pulses_user_confidence").ifExists().execute();
  await db.schema
    .createIndex("attempts_transfer")
    .on("attempts")
    .columns(["tenant_id", "transfer", "submitted_at", "user_id", "id", "score"])
    .execute();
  await db.schema.dropIndex("attempts_transfer_user").ifExists().execute();
  await db.schema
    .createIndex("attempts_exercise")
    .on("attempts")
    .columns(["tenant_id", "exercise_id", "submitted_at"])
    .execute();
  await db.schema.dropIndex("attempts_benchmark").ifExists().execute();
}
