import type { Kysely } from "kysely";

/**
 * `attempts_tenant_user` (tenant, user, submitted_at) is a prefix of the results index
 * `attempts_results` (migration 0800), which serves the same lookups; dropping it spares every
 * recorded attempt one more index to update.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("attempts_tenant_user").ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("attempts_tenant_user")
    .on("attempts")
    .columns(["tenant_id", "user_id", "submitted_at"])
    .execute();
}
