import type { Kysely } from "kysely";

/**
 * The prompt library. `saved_prompts`: a learner's own prompts kept for reuse (their data: exported,
 * erased with them, kept until they delete them). `team_prompts`: prompts a pilot lead published for a
 * job, read by the whole tenant; `published_by` is cleared when that lead is erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("saved_prompts")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("name", "varchar(120)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    /** word | outlook | excel */
    .addColumn("host", "varchar(16)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)")
    /** mine | better_version | team */
    .addColumn("source", "varchar(16)", (c) => c.notNull())
    /** ISO 8601 instant, UTC. */
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("saved_prompts_pk", ["tenant_id", "id"])
    .execute();
  await db.schema
    .createIndex("saved_prompts_owner")
    .on("saved_prompts")
    .columns(["tenant_id", "user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("team_prompts")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("job", "varchar(48)", (c) => c.notNull())
    .addColumn("host", "varchar(16)", (c) => c.notNull())
    .addColumn("name", "varchar(120)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)")
    /** prompt | use_case */
    .addColumn("source", "varchar(16)", (c) => c.notNull())
    .addColumn("use_case_id", "varchar(36)")
    .addColumn("published_by", "varchar(128)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("team_prompts_pk", ["tenant_id", "id"])
    .execute();
  await db.schema
    .createIndex("team_prompts_job")
    .on("team_prompts")
    .columns(["tenant_id", "job", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("team_prompts").execute();
  await db.schema.dropTable("saved_prompts").execute();
}
