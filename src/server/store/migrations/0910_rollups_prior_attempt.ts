import type { Kysely } from "kysely";

/**
 * When a learner's next attempt comes after their latest, their results rollups take its
 * contribution instead of being recomputed; the habit (3 attempts within 14 days) then needs the time
 * of the attempt before the latest. Rows written before this column existed have it empty: their
 * learner's next attempt recomputes them once, which fills it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("result_learner_rollups").addColumn("prior_at", "varchar(32)").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("result_learner_rollups").dropColumn("prior_at").execute();
}
