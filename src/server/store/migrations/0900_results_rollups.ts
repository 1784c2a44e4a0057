import { sql, type Kysely } from "kysely";
import { FACT_COLUMNS, LEARNER_ROLLUPS, WEEKLY_ROLLUPS } from "../../results/facts";
import { dialectOf, rebuildTenantResults } from "../../results/rollups";
import type { Database } from "../schema";

/**
 * Stored rollups of the results sheet (src/server/results/rollups.ts): per learner and scope (all
 * hosts, or one host) the facts the report needs, and per learner-week the weekly figures. They are
 * built here from the attempts already stored, then kept current as attempts are recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const store = db as Kysely<Database>;
  const real = dialectOf(store) === "postgres" ? "double precision" : "real";
  let learners = db.schema
    .createTable(LEARNER_ROLLUPS)
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "varchar(128)", (c) => c.notNull())
    .addColumn("scope", "varchar(16)", (c) => c.notNull());
  for (const [name, type] of FACT_COLUMNS) {
    learners = learners.addColumn(
      name,
      type === "real" ? sql.raw(real) : type === "text" ? "varchar(32)" : "integer",
    );
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

  const tenants = await store.selectFrom("attempts").select("tenant_id").distinct().execute();
  for (const { tenant_id: tenantId } of tenants) await rebuildTenantResults(store, tenantId);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable(WEEKLY_ROLLUPS).ifExists().execute();
  await db.schema.dropTable(LEARNER_ROLLUPS).ifExists().execute();
}
