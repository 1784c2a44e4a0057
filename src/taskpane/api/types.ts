import type { z } from "zod";
import type { ExerciseListSchema } from "../../core/catalog/api";
import type { FeedbackRecordedSchema } from "../../core/api/feedback";
import type { JobListResponseSchema } from "../../core/api/jobs";
import type { ErasureResultSchema } from "../../core/api/admin";
import type { MeSchema } from "../../core/api/me";
import type { AttemptListSchema, AttemptRecordedSchema } from "../../core/api/attempts";
import type { UseCaseListSchema, UseCaseSchema } from "../../core/api/use-cases";
import type { RecommendationSchema } from "../../core/recommender/api";
import type { ResultsReportSchema } from "../../core/results/schema";

/**
 * The shapes the pane exchanges with the tenant API, inferred from the zod schemas of `src/core` that
 * the server's routes declare as their responses: one contract, no hand-written copy. Types only, so
 * zod stays out of the pane's first-render bundle.
 */
export type Me = z.output<typeof MeSchema>;
export type ErasureResult = z.output<typeof ErasureResultSchema>;
export type Recommendation = z.output<typeof RecommendationSchema>;
export type ExerciseList = z.output<typeof ExerciseListSchema>;
export type AttemptRecorded = z.output<typeof AttemptRecordedSchema>;
export type AttemptList = z.output<typeof AttemptListSchema>;
export type JobList = z.output<typeof JobListResponseSchema>;
export type UseCaseView = z.output<typeof UseCaseSchema>;
export type UseCaseList = z.output<typeof UseCaseListSchema>;
export type FeedbackRecorded = z.output<typeof FeedbackRecordedSchema>;
export type ResultsReport = z.output<typeof ResultsReportSchema>;

export type { Charter, MasteryMap } from "../../core/api/me";
export type { AttemptSubmission, AttemptResult, AttemptSummary } from "../../core/api/attempts";
export type { ChatUsage, ChatRequestBody as ChatRequest } from "../../core/api/llm";
export type { ImproveRequestBody as ImproveRequest } from "../../core/api/improve";
