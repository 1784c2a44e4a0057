import type { Kysely } from "kysely";

/**
 * "Improve with AI" has its own daily allowance: its calls are counted per tenant, user and UTC day
 * in `llm_usage.improvements`, beside the Run calls (`requests`), so improving a prompt does not use
 * up the Runs an exercise needs. Frozen as shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("llm_usage")
    .addColumn("improvements", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("llm_usage").dropColumn("improvements").execute();
}
