import { z } from "zod";

/** How often the learner uses AI for real work (the pulse's second question). */
export const AI_USE = ["never", "monthly", "weekly", "daily"] as const;
export type AiUse = (typeof AI_USE)[number];

/**
 * `POST /api/v1/me/pulse`: the confidence pulse, answered at onboarding and at the end of each
 * stage — confidence in using AI for one's work (1–5) and how often AI is used for real work.
 */
export const PulseAnswerSchema = z
  .object({
    confidence: z.number().int().min(1).max(5),
    aiUse: z.enum(AI_USE),
  })
  .strict();
export type PulseAnswer = z.infer<typeof PulseAnswerSchema>;

export const PulseRecordedSchema = z.object({
  id: z.uuid(),
  confidence: z.number().int(),
  aiUse: z.enum(AI_USE),
  answeredAt: z.string(),
});
export type PulseRecorded = z.infer<typeof PulseRecordedSchema>;

/** `GET /api/v1/me/pulse`: whether the pane should ask now, and the learner's latest answer. */
export const PulseStatusSchema = z.object({
  due: z.boolean(),
  latest: PulseRecordedSchema.nullable(),
});
export type PulseStatus = z.infer<typeof PulseStatusSchema>;
