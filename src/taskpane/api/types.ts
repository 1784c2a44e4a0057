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

/** `POST /api/v1/recommendations`: the recommender's pick, why, and the next best choices. */
export interface Recommendation {
  exercise: Exercise;
  why: Localized;
  reasons?: Array<{ code: string; message: Localized }>;
  alternatives?: Exercise[];
}

export type { ChatUsage, ChatRequestBody as ChatRequest } from "../../core/api/llm";
