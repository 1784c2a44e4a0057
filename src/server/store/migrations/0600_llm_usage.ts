import type { Kysely } from "kysely";

/** Model calls and tokens per tenant, user and UTC day: the daily quota and token accounting. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("llm_usage")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("day", "varchar(10)", (c) => c.notNull())
    .addColumn("requests", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("prompt_tokens", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("completion_tokens", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("total_tokens", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("llm_usage_pk", ["tenant_id", "user_id", "day"])
    .execute();
  await db.schema.createIndex("llm_usage_tenant_day").on("llm_usage").columns(["tenant_id", "day"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("llm_usage").ifExists().execute();
}
