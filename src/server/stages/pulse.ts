import type { Kysely } from "kysely";
import type { AiUse, PulseStatus } from "../../core/api/pulse";
import { measureWindows } from "../../core/results/pairing";
import type { Database } from "../store/schema";
import { listStages } from "./stages";

/**
 * The pulse is due at onboarding (never answered) and in the end window of a stage covering the
 * learner (src/core/results/pairing.ts) when they have not answered in that window yet.
 */
export async function pulseDue(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  now: Date,
): Promise<PulseStatus> {
  const latest = await db
    .selectFrom("pulses")
    .select(["id", "confidence", "ai_use", "answered_at"])
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .orderBy("answered_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const present = latest
    ? {
        id: latest.id,
        confidence: latest.confidence,
        aiUse: latest.ai_use as AiUse,
        answeredAt: latest.answered_at,
      }
    : null;
  if (!present) return { due: true, latest: null };
  const user = await db
    .selectFrom("users")
    .select("cohort")
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const at = now.toISOString();
  const due = (await listStages(db, tenantId)).some((stage) => {
    if (stage.cohorts.length > 0 && !stage.cohorts.includes(user?.cohort ?? "")) return false;
    const w = measureWindows(stage);
    return w.endFrom <= at && at < w.endBefore && present.answeredAt < w.endFrom;
  });
  return { due, latest: present };
}
