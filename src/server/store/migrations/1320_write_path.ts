import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";

/**
 * The better versions shown to each learner at each exercise, once each (`shown_versions`): the
 * copy check of a new attempt reads the distinct versions the learner was shown there instead of
 * every earlier attempt's sketch, so a retry costs the same however often the same better version
 * came back. Filled from the sketches stored with attempts; erased with the user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("shown_versions")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(64)", (c) => c.notNull())
    /** SHA-256 (hex) of `sketch`: one row per distinct version. */
    .addColumn("sketch_key", "varchar(64)", (c) => c.notNull())
    /** The version's one-way sketch (src/core/text/similarity.ts), JSON. */
    .addColumn("sketch", "text", (c) => c.notNull())
    .addColumn("first_shown_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("shown_versions_pk", ["tenant_id", "user_id", "exercise_id", "sketch_key"])
    .addForeignKeyConstraint(
      "shown_versions_user_fk",
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  // Written here, not by the live code, so this migration never changes with it.
  const { rows } = await sql<{
    tenant_id: string;
    user_id: string;
    exercise_id: string;
    shown_sketch: string;
    created_at: string;
  }>`
    select tenant_id, user_id, exercise_id, shown_sketch, min(created_at) as created_at
    from attempts where shown_sketch is not null
    group by tenant_id, user_id, exercise_id, shown_sketch`.execute(db);
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows
      .slice(i, i + 200)
      .map(
        (r) =>
          sql`(${r.tenant_id}, ${r.user_id}, ${r.exercise_id}, ${createHash("sha256").update(r.shown_sketch).digest("hex")}, ${r.shown_sketch}, ${r.created_at})`,
      );
    await sql`
      insert into shown_versions (tenant_id, user_id, exercise_id, sketch_key, sketch, first_shown_at)
      values ${sql.join(values)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("shown_versions").execute();
}
