import type { ContextFit } from "../catalog/schema";
import { LENGTH_BUCKETS, type ContextFeatures, type Skill, type TextKind } from "../types";

/** How well an exercise's `fits` predicates match the open context. */
export interface ContextMatch {
  /** Sum of points: +3 / −3 for the kind of text, +1 / −2 for each other predicate. */
  points: number;
  /** The exercise names the open kind of text among its kinds. */
  kindMatched: boolean;
  /** Predicates that do not hold (for debugging and tests). */
  misses: (keyof ContextFit)[];
}

export function modeFits(fits: ContextFit, features: Pick<ContextFeatures, "mode">): boolean {
  return !fits.modes || fits.modes.includes(features.mode);
}

/**
 * Soft fit: a mismatch lowers the score but never excludes, so a learner with an unusual document
 * still gets an exercise. The kind of text weighs most because it decides what the task talks about.
 */
export function matchContext(fits: ContextFit, features: ContextFeatures): ContextMatch {
  let points = 0;
  const misses: (keyof ContextFit)[] = [];
  const check = (key: keyof ContextFit, holds: boolean, gain = 1, loss = 2) => {
    points += holds ? gain : -loss;
    if (!holds) misses.push(key);
  };
  let kindMatched = false;
  if (fits.kinds) {
    // An empty document has no kind: "general" there means nothing to work on.
    kindMatched = features.lengthBucket !== "empty" && fits.kinds.includes(features.kind);
    check("kinds", kindMatched, 3, 3);
  }
  if (fits.minLength) {
    check(
      "minLength",
      LENGTH_BUCKETS.indexOf(features.lengthBucket) >= LENGTH_BUCKETS.indexOf(fits.minLength),
    );
  }
  if (fits.maxLength) {
    check(
      "maxLength",
      LENGTH_BUCKETS.indexOf(features.lengthBucket) <= LENGTH_BUCKETS.indexOf(fits.maxLength),
    );
  }
  if (fits.hasFigures !== undefined) check("hasFigures", fits.hasFigures === features.hasFigures);
  if (fits.hasDates !== undefined) check("hasDates", fits.hasDates === features.hasDates);
  if (fits.hasTable !== undefined) check("hasTable", fits.hasTable === features.hasTable);
  if (fits.isThread !== undefined) check("isThread", fits.isThread === features.threadDepth > 0);
  return { points, kindMatched, misses };
}

/** Skills that suit each kind of text best, most natural first (a complaint calls for a reply). */
export const SKILL_AFFINITY: Record<TextKind, readonly Skill[]> = {
  member_request: ["draft", "analyse"],
  complaint: ["draft", "analyse"],
  meeting_notes: ["summarise", "transform"],
  report: ["summarise", "analyse"],
  letter: ["draft", "summarise"],
  policy: ["summarise", "transform"],
  table_of_figures: ["analyse", "summarise"],
  list: ["transform", "analyse"],
  general: [],
};

/**
 * How well a skill suits the open context. Summarise, draft, analyse and transform follow the kind of
 * text; iterate and verify work on an answer about the text, so what matters is what the text holds:
 *  - verify needs facts an answer could get wrong: figures and amounts, dates — a text with both
 *    suits it best, one with neither has nothing to check;
 *  - iterate needs an answer worth reworking: a long text (its summary is long too), or a draft or a
 *    reply being written (Outlook compose, a thread) of some length; a short text with nothing to
 *    answer does not.
 */
export function skillAffinity(features: ContextFeatures, skill: Skill): number {
  if (features.lengthBucket === "empty") return skill === "verify" || skill === "iterate" ? -1 : 0;
  if (skill === "verify") {
    const facts = (features.hasFigures ? 1 : 0) + (features.hasDates ? 1 : 0);
    return facts === 2 ? 1.5 : facts === 1 ? 1 : -1;
  }
  if (skill === "iterate") {
    const draft = features.mode === "compose" || features.threadDepth > 0;
    const long = features.lengthBucket === "long";
    if (draft && long) return 1.5;
    if (long || (draft && features.lengthBucket === "medium")) return 1;
    if (draft) return 0.5;
    // A few cells of a table still make an answer to rework (a comment, a formula); a short note does not.
    return features.lengthBucket === "short" && !features.hasTable ? -1 : 0;
  }
  const rank = SKILL_AFFINITY[features.kind].indexOf(skill);
  return rank === 0 ? 1.5 : rank === 1 ? 1 : 0;
}
