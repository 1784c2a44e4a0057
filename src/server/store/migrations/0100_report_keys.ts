import type { Kysely } from "kysely";

/** Per-tenant secret of the pseudonyms shown in pilot-lead reports (src/server/results). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("report_keys")
    .addColumn("tenant_id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("secret", "varchar(128)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("report_keys").ifExists().execute();
}
