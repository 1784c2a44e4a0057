import type { Kysely } from "kysely";

/**
 * A covering index for the results sheet: every column the report reads from attempts, in
 * (tenant, learner, time) order. The report's window functions then scan this index alone, in the
 * order they need, instead of sorting a million rows fetched from the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("attempts_results")
    .on("attempts")
    .columns([
      "tenant_id",
      "user_id",
      "submitted_at",
      "id",
      "host",
      "score",
      "c_goal",
      "c_context",
      "c_source",
      "c_expectations",
      "c_audience",
      "c_constraints",
      "c_clarity",
      "c_safety",
      "minutes_saved",
      "usefulness",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("attempts_results").ifExists().execute();
}
