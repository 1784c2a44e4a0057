import { z } from "zod";

export const FEEDBACK_TARGETS = ["exercise", "answer"] as const;
export const FEEDBACK_REASONS = [
  "not_my_job",
  "wrong_answer",
  "unclear",
  "too_easy",
  "too_hard",
  "other",
] as const;
export const FEEDBACK_COMMENT_MAX = 1000;

/** `POST /api/v1/feedback`: thumbs and an optional comment on an exercise or on the model's answer. */
export const FeedbackCreateSchema = z
  .object({
    exerciseId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/),
    target: z.enum(FEEDBACK_TARGETS),
    thumb: z.enum(["up", "down"]),
    reason: z.enum(FEEDBACK_REASONS).optional(),
    comment: z.string().trim().min(1).max(FEEDBACK_COMMENT_MAX).optional(),
    attemptId: z.uuid().optional(),
  })
  .strict();
export type FeedbackCreate = z.input<typeof FeedbackCreateSchema>;

export const FeedbackRecordedSchema = z.object({ id: z.string(), createdAt: z.string() });
