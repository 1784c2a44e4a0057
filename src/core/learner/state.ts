import { z } from "zod";
import type { Exercise } from "../catalog/schema";
import { CRITERIA, LEVELS, type CriterionId, type Level } from "../types";
import { levelFromMastery } from "./level";
import { initialMastery, normaliseMastery, updateMastery, type Mastery } from "./mastery";

/** What the API keeps per learner (stored as JSON in the `mastery` table). */
export interface LearnerState {
  mastery: Mastery;
  attemptCount: number;
  level: Level;
}

export const LearnerStateSchema = z.object({
  mastery: z.partialRecord(z.enum(CRITERIA), z.number().min(0).max(1)),
  attemptCount: z.number().int().nonnegative(),
  level: z.enum(LEVELS),
});

export function initialLearnerState(): LearnerState {
  return { mastery: initialMastery(), attemptCount: 0, level: "beginner" };
}

/** Reads a stored state; anything unreadable starts over rather than breaking the learner's session. */
export function parseLearnerState(json: string | null | undefined): LearnerState {
  if (!json) return initialLearnerState();
  try {
    const parsed = LearnerStateSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return initialLearnerState();
    return { ...parsed.data, mastery: normaliseMastery(parsed.data.mastery) };
  } catch {
    return initialLearnerState();
  }
}

/** One scored attempt: mastery moves by the documented rule, the count grows, the level follows. */
export function recordAttempt(
  state: LearnerState,
  criterionScores: Partial<Record<CriterionId, number>>,
  exercise?: Pick<Exercise, "targets">,
): LearnerState {
  const mastery = updateMastery(state.mastery, criterionScores, exercise);
  const attemptCount = state.attemptCount + 1;
  return { mastery, attemptCount, level: levelFromMastery(mastery, attemptCount) };
}
