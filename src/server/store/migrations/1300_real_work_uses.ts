import type { Kysely } from "kysely";

/**
 * Real-work uses: each time a learner puts a model's answer into their own work (inserted into a
 * document, a reply opened with it, values or a formula written into a sheet, or copied). A count
 * with its kind and host — never the text. `client_id` makes a retried report idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("real_work_uses")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("client_id", "varchar(64)", (c) => c.notNull())
    /** insert | replace | reply | table | values | formula | copy */
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    /** word | outlook | excel */
    .addColumn("host", "varchar(16)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)")
    /** ISO 8601 instant, UTC. */
    .addColumn("occurred_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("real_work_uses_pk", ["tenant_id", "id"])
    .addUniqueConstraint("real_work_uses_client", ["tenant_id", "user_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("real_work_uses_when")
    .on("real_work_uses")
    .columns(["tenant_id", "occurred_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("real_work_uses").execute();
}
