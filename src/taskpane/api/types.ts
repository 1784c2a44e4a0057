import type { Exercise } from "../../core/catalog/schema";
import type { Localized } from "../../core/types";

/** The shapes the pane exchanges with the tenant API: the zod schemas of src/core/api. */
export type { Me, Charter, MasteryMap } from "../../core/api/me";
export type {
  AttemptSubmission,
  AttemptResult,
  AttemptRecorded,
  AttemptSummary,
  AttemptList,
} from "../../core/api/attempts";

export interface Recommendation {
  exercise: Exercise;
  reason: Localized;
  nextStep?: Localized | null;
}

export interface ChatUsage {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
}
