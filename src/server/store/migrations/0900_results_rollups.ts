import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * Stored rollups of the results sheet (src/server/results/rollups.ts): per learner and scope (all
 * hosts, or one host) the facts the report needs, and per learner-week the weekly figures.
 *
 * Frozen as shipped: it names its columns itself and imports no live code, so later changes to the
 * report cannot change what this migration did. Building the rollups of attempts stored before it is
 * not its job: the server rebuilds, at start, every tenant whose rollups do not account for all its
 * attempts (`rebuildStaleResults`), and so does `parcours migrate`.
 */
const LEARNER_ROLLUPS = "result_learner_rollups";
const WEEKLY_ROLLUPS = "result_weekly_rollups";

const INTEGER_COLUMNS = [
  "attempts",
  "first_score",
  "latest_score",
  "score_sum",
  "minutes_saved",
  "usefulness_sum",
  "usefulness_n",
];
const CRITERIA = [
  "goal",
  "context",
  "source",
  "expectations",
  "audience",
  "constraints",
  "clarity",
  "safety",
];
const HOSTS = ["word", "outlook", "excel"];

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const real = sql.raw(postgres ? "double precision" : "real");
  let learners = db.schema
    .createTable(LEARNER_ROLLUPS)
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("scope", "varchar(16)", (c) => c.notNull());
  for (const name of INTEGER_COLUMNS) learners = learners.addColumn(name, "integer");
  learners = learners
    .addColumn("first_at", "varchar(32)")
    .addColumn("last_at", "varchar(32)")
    .addColumn("habit", "integer");
  for (const c of CRITERIA) learners = learners.addColumn(`s_${c}`, "integer");
  for (const c of CRITERIA) learners = learners.addColumn(`m_${c}`, real);
  for (const h of HOSTS) {
    for (const s of ["n", "score", "minutes", "use", "use_n"])
      learners = learners.addColumn(`h_${h}_${s}`, "integer");
  }
  await learners
    .addPrimaryKeyConstraint(`${LEARNER_ROLLUPS}_pk`, ["tenant_id", "user_id", "scope"])
    .addForeignKeyConstraint(
      `${LEARNER_ROLLUPS}_user_fk`,
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable(WEEKLY_ROLLUPS)
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("scope", "varchar(16)", (c) => c.notNull())
    /** Day number (days since 1970-01-01) of the week's Monday. */
    .addColumn("week", "integer", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("score_sum", "integer", (c) => c.notNull())
    .addColumn("minutes_saved", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint(`${WEEKLY_ROLLUPS}_pk`, ["tenant_id", "scope", "week", "user_id"])
    .addForeignKeyConstraint(
      `${WEEKLY_ROLLUPS}_user_fk`,
      ["tenant_id", "user_id"],
      "users",
      ["tenant_id", "user_id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  // Refreshing one learner, and the cascade when a user is erased, find their weeks by this index.
  await db.schema
    .createIndex(`${WEEKLY_ROLLUPS}_user`)
    .on(WEEKLY_ROLLUPS)
    .columns(["tenant_id", "user_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable(WEEKLY_ROLLUPS).ifExists().execute();
  await db.schema.dropTable(LEARNER_ROLLUPS).ifExists().execute();
}
