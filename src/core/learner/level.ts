import { CRITERIA, type Level, type Localized } from "../types";
import type { Mastery } from "./mastery";

export const LEVEL_LABELS: Record<Level, Localized> = {
  beginner: { fr: "débutant", en: "beginner" },
  intermediate: { fr: "intermédiaire", en: "intermediate" },
  advanced: { fr: "avancé", en: "advanced" },
};

/**
 * Thresholds on the mean mastery of the skill criteria (safety is a gate, not a skill) and on the
 * number of attempts, so one lucky prompt does not make anyone advanced.
 */
export const LEVEL_THRESHOLDS = {
  intermediate: { attempts: 4, mean: 0.45 },
  advanced: { attempts: 12, mean: 0.75, weakest: 0.5 },
} as const;

const SKILL_CRITERIA = CRITERIA.filter((c) => c !== "safety");

export function levelFromMastery(mastery: Mastery, attemptCount: number): Level {
  const values = SKILL_CRITERIA.map((c) => mastery[c] ?? 0);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const weakest = Math.min(...values);
  const { advanced, intermediate } = LEVEL_THRESHOLDS;
  if (attemptCount >= advanced.attempts && mean >= advanced.mean && weakest >= advanced.weakest)
    return "advanced";
  if (attemptCount >= intermediate.attempts && mean >= intermediate.mean) return "intermediate";
  return "beginner";
}
