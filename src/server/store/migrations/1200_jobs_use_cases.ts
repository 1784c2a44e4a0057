import type { Kysely } from "kysely";

/**
 * Learning by job: the learner's job on `users`; the use cases staff record, their colleagues'
 * "I do this too" votes, draft exercises promoted from use cases, and thumbs on exercises and answers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("job", "varchar(48)").execute();

  await db.schema
    .createTable("use_cases")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("author_id", "varchar(128)", (c) => c.notNull())
    .addColumn("job", "varchar(48)", (c) => c.notNull())
    .addColumn("host", "varchar(16)", (c) => c.notNull())
    .addColumn("lang", "varchar(8)", (c) => c.notNull())
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("task", "text", (c) => c.notNull())
    .addColumn("frequency", "varchar(16)", (c) => c.notNull())
    .addColumn("minutes_saved", "integer", (c) => c.notNull())
    .addColumn("data_involved", "varchar(16)", (c) => c.notNull())
    .addColumn("risk_tags", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("risk_text", "text")
    .addColumn("prompt", "text")
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("status_reason", "text")
    .addColumn("exercise_id", "varchar(64)")
    .addColumn("source_exercise_id", "varchar(64)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("use_cases_pk", ["tenant_id", "id"])
    .execute();
  await db.schema.createIndex("use_cases_job").on("use_cases").columns(["tenant_id", "job"]).execute();
  await db.schema
    .createIndex("use_cases_author")
    .on("use_cases")
    .columns(["tenant_id", "author_id"])
    .execute();

  await db.schema
    .createTable("use_case_votes")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("use_case_id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    /** 1 worked for me, 0 did not, null not said. */
    .addColumn("worked", "integer")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("use_case_votes_pk", ["tenant_id", "use_case_id", "user_id"])
    .addForeignKeyConstraint(
      "use_case_votes_use_case_fk",
      ["tenant_id", "use_case_id"],
      "use_cases",
      ["tenant_id", "id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("use_case_votes_user")
    .on("use_case_votes")
    .columns(["tenant_id", "user_id"])
    .execute();

  await db.schema
    .createTable("exercise_drafts")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)", (c) => c.notNull())
    .addColumn("use_case_id", "varchar(36)", (c) => c.notNull())
    /** JSON: the exercise fields known from the use case; an Admin completes and publishes it. */
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_by", "varchar(128)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("exercise_drafts_pk", ["tenant_id", "exercise_id"])
    .execute();

  await db.schema
    .createTable("feedback")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)", (c) => c.notNull())
    /** "exercise" or "answer" (the model's answer to the learner's prompt). */
    .addColumn("target", "varchar(16)", (c) => c.notNull())
    /** 1 thumbs up, -1 thumbs down. */
    .addColumn("thumb", "integer", (c) => c.notNull())
    .addColumn("reason", "varchar(32)")
    .addColumn("comment", "text")
    /** The learner's job when they gave it, so the sheet groups by job even if it changes later. */
    .addColumn("job", "varchar(48)")
    .addColumn("attempt_id", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("feedback_pk", ["tenant_id", "id"])
    .execute();
  await db.schema
    .createIndex("feedback_exercise")
    .on("feedback")
    .columns(["tenant_id", "exercise_id"])
    .execute();
  await db.schema.createIndex("feedback_user").on("feedback").columns(["tenant_id", "user_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("feedback").execute();
  await db.schema.dropTable("exercise_drafts").execute();
  await db.schema.dropTable("use_case_votes").execute();
  await db.schema.dropTable("use_cases").execute();
  await db.schema.alterTable("users").dropColumn("job").execute();
}
