import type { Kysely } from "kysely";
import type { HistoryEntry } from "../../../core/recommender";
import type { Database } from "../../store/schema";

/** When the user last submitted each exercise (one row per exercise, computed by the database). */
export async function exerciseHistory(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("attempts")
    .select((eb) => ["exercise_id", eb.fn.max("submitted_at").as("last_at")])
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .groupBy("exercise_id")
    .execute();
  return rows.map((row) => ({ exerciseId: row.exercise_id, at: String(row.last_at) }));
}
