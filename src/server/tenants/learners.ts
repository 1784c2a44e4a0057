import type { CompiledQuery, Kysely } from "kysely";
import { parseLearnerState, type LearnerState } from "../../core/learner/state";
import { compiledOnce } from "../store/compiled";
import type { Database } from "../store/schema";

/** The learner model of one user (initial state when they have none yet). */
export async function getLearnerState(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
): Promise<LearnerState> {
  const row = await db
    .selectFrom("mastery")
    .select("state")
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return parseLearnerState(row?.state);
}

export async function saveLearnerState(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  state: LearnerState,
): Promise<void> {
  await db.executeQuery(learnerStateStatement(db, tenantId, userId, state));
}

/** The statement `saveLearnerState` runs, for a caller that sends it with others. */
export function learnerStateStatement(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  state: LearnerState,
): CompiledQuery {
  const now = new Date().toISOString();
  return upsertMastery(db, {
    tenant_id: tenantId,
    user_id: userId,
    state: JSON.stringify(state),
    updated_at: now,
  });
}

const upsertMastery = compiledOnce(
  (db, row: { tenant_id: string; user_id: string; state: string; updated_at: string }) =>
    db
      .insertInto("mastery")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["tenant_id", "user_id"]).doUpdateSet((eb) => ({
          state: eb.ref("excluded.state"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      ),
);

/** Submission times of a user's attempts over the last `days` days, for the streak. */
export async function recentAttemptTimes(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  days = 400,
): Promise<string[]> {
  const since = new Date(Date.now() - days * 86_400_000).toISOString();
  const rows = await db
    .selectFrom("attempts")
    .select("submitted_at")
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .where("submitted_at", ">=", since)
    .execute();
  return rows.map((r) => r.submitted_at);
}
