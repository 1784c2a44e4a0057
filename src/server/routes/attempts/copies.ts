import type { Kysely } from "kysely";
import { z } from "zod";
import type { Exercise } from "../../../core/catalog/schema";
import { isNearCopy, isNearCopySketch, sketchOf, type TextSketch } from "../../../core/text/similarity";
import type { Principal } from "../../auth/roles";
import type { Database } from "../../store/schema";

const SketchSchema = z.object({ words: z.array(z.number()), shingles: z.array(z.number()) });

export interface CopyCheck {
  /** The prompt is a near copy of the exercise's example or of a better version shown to the learner. */
  copied: boolean;
  /** Sketch (JSON) of the better version this attempt shows, kept to recognise it if pasted back. */
  shownSketch: string | null;
}

/**
 * Whether a submitted prompt is a near copy (src/core/text/similarity.ts) of the exercise's
 * example, in either language, or of a better version this learner was shown after an earlier
 * attempt at the same exercise (compared through the sketch stored with that attempt).
 */
export async function copyCheck(
  db: Kysely<Database>,
  me: Principal,
  exercise: Exercise,
  prompt: string,
  fixShown: string | null,
): Promise<CopyCheck> {
  const shownSketch = fixShown ? JSON.stringify(sketchOf(fixShown)) : null;
  if (isNearCopy(prompt, exercise.example.fr) || isNearCopy(prompt, exercise.example.en)) {
    return { copied: true, shownSketch };
  }
  const earlier = await db
    .selectFrom("attempts")
    .select("shown_sketch")
    .where("tenant_id", "=", me.tenantId)
    .where("user_id", "=", me.userId)
    .where("exercise_id", "=", exercise.id)
    .where("shown_sketch", "is not", null)
    .execute();
  const mine = sketchOf(prompt);
  const copied = earlier.some((row) => {
    const parsed = SketchSchema.safeParse(safeJson(row.shown_sketch));
    return parsed.success && isNearCopySketch(mine, parsed.data as TextSketch);
  });
  return { copied, shownSketch };
}

function safeJson(text: string | null): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
