import { createHash } from "node:crypto";
import type { CompiledQuery, Insertable, Kysely } from "kysely";
import type { Exercise } from "../../../core/catalog/schema";
import {
  isNearCopySets,
  isNearCopySketch,
  sketchOf,
  sketchOfSets,
  textSets,
  type TextSets,
  type TextSketch,
} from "../../../core/text/similarity";
import type { Principal } from "../../auth/roles";
import { compiledOnce } from "../../store/compiled";
import type { Database, ShownVersionsTable } from "../../store/schema";

export interface CopyCheck {
  /** The prompt is a near copy of the exercise's example or of a better version shown to the learner. */
  copied: boolean;
  /** Sketch (JSON) of the better version this attempt shows, kept to recognise it if pasted back. */
  shownSketch: string | null;
}

/**
 * Whether a submitted prompt is a near copy (src/core/text/similarity.ts) of the exercise's
 * example, in either language, or of a better version this learner was shown after an earlier
 * attempt at the same exercise (compared through its sketch in `shown_versions`, read by the caller:
 * each distinct version once, however many attempts showed it).
 */
export function copyCheck(
  exercise: Exercise,
  prompt: string,
  fixShown: string | null,
  shownSketches: readonly string[],
): CopyCheck {
  const shownSketch = fixShown ? JSON.stringify(sketchOf(fixShown)) : null;
  const sets = textSets(prompt);
  if (exampleSets(exercise).some((example) => isNearCopySets(sets, example))) {
    return { copied: true, shownSketch };
  }
  if (shownSketches.length === 0) return { copied: false, shownSketch };
  const mine = sketchOfSets(sets);
  const copied = shownSketches.some((text) => {
    const sketch = parseSketch(text);
    return sketch !== null && isNearCopySketch(mine, sketch);
  });
  return { copied, shownSketch };
}

const EXAMPLE_SETS = new WeakMap<Exercise, TextSets[]>();

/** The sets of the exercise's examples (FR, EN), computed once per catalog exercise. */
function exampleSets(exercise: Exercise): TextSets[] {
  let sets = EXAMPLE_SETS.get(exercise);
  if (!sets) {
    sets = [textSets(exercise.example.fr), textSets(exercise.example.en)];
    EXAMPLE_SETS.set(exercise, sets);
  }
  return sets;
}

/** Keeps the better version an attempt showed, once per learner, exercise and version. */
export async function rememberShownVersion(
  db: Kysely<Database>,
  me: Principal,
  exerciseId: string,
  sketch: string,
  at: string,
): Promise<void> {
  await db.executeQuery(shownVersionStatement(db, me, exerciseId, sketch, at));
}

/** The statement `rememberShownVersion` runs, for a caller that sends it with others. */
export function shownVersionStatement(
  db: Kysely<Database>,
  me: Principal,
  exerciseId: string,
  sketch: string,
  at: string,
): CompiledQuery {
  return insertShownVersion(db, {
    tenant_id: me.tenantId,
    user_id: me.userId,
    exercise_id: exerciseId,
    sketch_key: createHash("sha256").update(sketch).digest("hex"),
    sketch,
    first_shown_at: at,
  });
}

const insertShownVersion = compiledOnce((db, row: Insertable<ShownVersionsTable>) =>
  db
    .insertInto("shown_versions")
    .values(row)
    .onConflict((oc) => oc.columns(["tenant_id", "user_id", "exercise_id", "sketch_key"]).doNothing()),
);

const isNumberArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === "number");

/** A stored sketch, or null when the text is not one. */
function parseSketch(text: string): TextSketch | null {
  try {
    const value = JSON.parse(text) as { words?: unknown; shingles?: unknown } | null;
    if (value && isNumberArray(value.words) && isNumberArray(value.shingles)) {
      return { words: value.words, shingles: value.shingles };
    }
  } catch {
    // not JSON: no sketch
  }
  return null;
}
