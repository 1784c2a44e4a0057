import type { Kysely } from "kysely";

/** The tenant store: tenants, users, attempts, mastery, tenant exercises, audit log, xAPI outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("tenants")
    .addColumn("tenant_id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("settings", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("display_name", "varchar(256)")
    .addColumn("locale", "varchar(16)")
    .addColumn("cohort", "varchar(128)")
    .addColumn("department", "varchar(128)")
    .addColumn("charter_version_accepted", "varchar(64)")
    .addColumn("charter_accepted_at", "varchar(32)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("users_pk", ["tenant_id", "user_id"])
    .execute();

  let attempts = db.schema
    .createTable("attempts")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)", (c) => c.notNull())
    .addColumn("exercise_version", "integer", (c) => c.notNull())
    .addColumn("host", "varchar(16)", (c) => c.notNull())
    .addColumn("lang", "varchar(8)")
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("level", "varchar(32)");
  for (const criterion of [
    "goal",
    "context",
    "source",
    "expectations",
    "audience",
    "constraints",
    "clarity",
    "safety",
  ]) {
    attempts = attempts.addColumn(`c_${criterion}`, "integer", (c) => c.notNull());
  }
  await attempts
    .addColumn("passed", "integer", (c) => c.notNull())
    .addColumn("features", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("prompt", "text")
    .addColumn("prompt_retention", "varchar(16)", (c) => c.notNull())
    .addColumn("output", "text")
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("submitted_at", "varchar(32)", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("minutes_saved", "integer")
    .addColumn("usefulness", "integer")
    .addColumn("request_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("attempts_pk", ["tenant_id", "id"])
    .addForeignKeyConstraint(
      "attempts_user_fk",
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("attempts_tenant_submitted")
    .on("attempts")
    .columns(["tenant_id", "submitted_at"])
    .execute();
  await db.schema
    .createIndex("attempts_tenant_user")
    .on("attempts")
    .columns(["tenant_id", "user_id", "submitted_at"])
    .execute();

  await db.schema
    .createTable("mastery")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("mastery_pk", ["tenant_id", "user_id"])
    .addForeignKeyConstraint(
      "mastery_user_fk",
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("tenant_exercises")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("updated_by", "varchar(128)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("tenant_exercises_pk", ["tenant_id", "exercise_id"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("actor_id", "varchar(128)", (c) => c.notNull())
    .addColumn("action", "varchar(64)", (c) => c.notNull())
    .addColumn("target", "varchar(256)")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_tenant_at").on("audit_log").columns(["tenant_id", "at"]).execute();

  await db.schema
    .createTable("xapi_outbox")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("statement_id", "varchar(36)", (c) => c.notNull())
    .addColumn("attempt_id", "varchar(36)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_at", "varchar(32)")
    .addColumn("tries", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_try_at", "varchar(32)")
    .addColumn("last_error", "text")
    .addPrimaryKeyConstraint("xapi_outbox_pk", ["tenant_id", "statement_id"])
    .execute();
  await db.schema
    .createIndex("xapi_outbox_tenant_created")
    .on("xapi_outbox")
    .columns(["tenant_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("xapi_outbox_pending")
    .on("xapi_outbox")
    .columns(["sent_at", "next_try_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "xapi_outbox",
    "audit_log",
    "tenant_exercises",
    "mastery",
    "attempts",
    "users",
    "tenants",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
