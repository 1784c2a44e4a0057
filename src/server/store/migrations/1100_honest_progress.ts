import { sql, type Kysely } from "kysely";
import { LEARNER_ROLLUPS } from "../../results/facts";

/**
 * Honest progress (src/server/results/facts.ts): each attempt says whether it was a near copy of
 * the exercise's example or of a better version shown earlier (`copied`), and whether it is the
 * learner's first attempt at that exercise and not a copy (`transfer`: the attempts progress is
 * measured on); `shown_sketch` keeps a one-way sketch of the better version the attempt showed.
 * Attempts stored before are taken as not copied (their prompts may not be kept). The results
 * index gains the two flags, and the rollups a count of transfer attempts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("attempts")
    .addColumn("copied", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("attempts")
    .addColumn("transfer", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("attempts").addColumn("shown_sketch", "text").execute();
  // The first attempt of each learner at each exercise, by submission time (ties by id).
  await sql`
    update attempts set transfer = 1
    where not exists (
      select 1 from attempts e
      where e.tenant_id = attempts.tenant_id and e.user_id = attempts.user_id
        and e.exercise_id = attempts.exercise_id
        and (e.submitted_at < attempts.submitted_at
             or (e.submitted_at = attempts.submitted_at and e.id < attempts.id)))`.execute(db);

  await db.schema.dropIndex("attempts_results").ifExists().execute();
  await db.schema
    .createIndex("attempts_results")
    .on("attempts")
    .columns([
      "tenant_id",
      "user_id",
      "submitted_at",
      "id",
      "host",
      "score",
      "c_goal",
      "c_context",
      "c_source",
      "c_expectations",
      "c_audience",
      "c_constraints",
      "c_clarity",
      "c_safety",
      "minutes_saved",
      "usefulness",
      "copied",
      "transfer",
    ])
    .execute();
  // Finding a learner's earlier attempts at one exercise when recording an attempt.
  await db.schema
    .createIndex("attempts_user_exercise")
    .on("attempts")
    .columns(["tenant_id", "user_id", "exercise_id", "submitted_at"])
    .execute();

  await db.schema
    .alterTable(LEARNER_ROLLUPS)
    .addColumn("progress_n", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // First and latest scores now mean transfer attempts: the stored rows are dropped, so they no
  // longer account for the attempts and are rebuilt at start or by `parcours migrate`.
  await sql`delete from ${sql.raw(LEARNER_ROLLUPS)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("attempts_user_exercise").ifExists().execute();
  await db.schema.alterTable(LEARNER_ROLLUPS).dropColumn("progress_n").execute();
  for (const column of ["shown_sketch", "transfer", "copied"]) {
    await db.schema.alterTable("attempts").dropColumn(column).execute();
  }
}
