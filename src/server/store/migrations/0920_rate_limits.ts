import type { Kysely } from "kysely";

/**
 * Rate-limit counters shared by every API instance on one PostgreSQL (src/server/plugins/rate-limit.ts):
 * one row per key (caller and route) with the hits of its current window and when that window ends,
 * in milliseconds since 1970. A single SQLite process counts in memory and leaves the table empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "varchar(512)", (c) => c.primaryKey())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("window_ends", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rate_limits_window_ends").on("rate_limits").column("window_ends").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limits").ifExists().execute();
}
