import type { Kysely } from "kysely";

/**
 * Pilot stages defined by an Admin (dates, cohorts and targets as JSON), and the confidence pulse
 * learners answer at onboarding and at the end of each stage. Both are read by the bilan, with two
 * indexes on attempts: benchmark attempts by exercise, and transfer attempts by time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("stages")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("stage_id", "varchar(64)", (c) => c.notNull())
    .addColumn("name", "varchar(128)", (c) => c.notNull())
    .addColumn("starts_on", "varchar(10)", (c) => c.notNull())
    .addColumn("ends_on", "varchar(10)", (c) => c.notNull())
    .addColumn("cohorts", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("targets", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("updated_by", "varchar(128)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("stages_pk", ["tenant_id", "stage_id"])
    .execute();

  await db.schema
    .createTable("pulses")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("confidence", "integer", (c) => c.notNull())
    .addColumn("ai_use", "varchar(16)", (c) => c.notNull())
    .addColumn("answered_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("pulses_pk", ["tenant_id", "id"])
    .addForeignKeyConstraint(
      "pulses_user_fk",
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  // The bilan reads the benchmark attempts of a tenant without scanning the others.
  await db.schema
    .createIndex("attempts_exercise")
    .on("attempts")
    .columns(["tenant_id", "exercise_id", "submitted_at"])
    .execute();
  // The bilan's score change reads a stage's transfer attempts only.
  await db.schema
    .createIndex("attempts_transfer")
    .on("attempts")
    .columns(["tenant_id", "transfer", "submitted_at", "user_id", "id", "score"])
    .execute();
  await db.schema
    .createIndex("pulses_user")
    .on("pulses")
    .columns(["tenant_id", "user_id", "answered_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("attempts_exercise").ifExists().execute();
  await db.schema.dropIndex("attempts_transfer").ifExists().execute();
  await db.schema.dropTable("pulses").ifExists().execute();
  await db.schema.dropTable("stages").ifExists().execute();
}
