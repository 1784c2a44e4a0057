import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema";

/**
 * Transfer attempts — what skill progress is measured on: a learner's FIRST attempt at each
 * exercise (by submission time, ties by id), unless it is a near copy of the example or of a
 * better version shown. Retries of an exercise the learner has already seen scored never count.
 */

/**
 * Marks the transfer attempt of one learner at one exercise. Recomputed for the pair on every
 * attempt, so an attempt delivered late from an offline queue still takes its place.
 */
export async function markTransferAttempts(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  exerciseId: string,
): Promise<void> {
  const first = await db
    .selectFrom("attempts")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .orderBy("submitted_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  if (!first) return;
  await db
    .updateTable("attempts")
    .set({ transfer: sql<number>`case when id = ${first.id} and copied = 0 then 1 else 0 end` })
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .execute();
}

/** The same for every attempt of a tenant, in one statement (bulk loads, the demo pilot). */
export async function markTenantTransferAttempts(db: Kysely<Database>, tenantId: string): Promise<void> {
  await sql`
    update attempts set transfer = case when copied = 0 and not exists (
      select 1 from attempts e
      where e.tenant_id = attempts.tenant_id and e.user_id = attempts.user_id
        and e.exercise_id = attempts.exercise_id
        and (e.submitted_at < attempts.submitted_at
             or (e.submitted_at = attempts.submitted_at and e.id < attempts.id))) then 1 else 0 end
    where tenant_id = ${tenantId}`.execute(db);
}
