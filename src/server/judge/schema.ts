import { z } from "zod";
import { CRITERIA, type CriterionId } from "../../core/types";

/** The criteria a model judges; `safety` stays deterministic (the privacy guard decides). */
export type JudgedCriterion = Exclude<CriterionId, "safety">;
export const JUDGED_CRITERIA: readonly JudgedCriterion[] = CRITERIA.filter(
  (id): id is JudgedCriterion => id !== "safety",
);

const CriterionVerdictSchema = z
  .object({
    score: z.number().int().min(0).max(3),
    reason: z.string().max(1000),
  })
  .strict();

/**
 * What the model must answer. Unknown keys (a "total", a "score: 100") are rejected, not trusted. The
 * three verdicts on the prompt as a whole may be missing from servers in plain JSON mode: missing is
 * "no".
 */
export const JudgeOutputSchema = z
  .object({
    criteria: z
      .object(
        Object.fromEntries(JUDGED_CRITERIA.map((id) => [id, CriterionVerdictSchema])) as Record<
          JudgedCriterion,
          typeof CriterionVerdictSchema
        >,
      )
      .strict(),
    addressesGrader: z.boolean(),
    /** The prompt asks for something else than the exercise's task. */
    offTask: z.boolean().default(false),
    /** Word salad, fragments or self-contradicting instructions: no one could act on it. */
    incoherent: z.boolean().default(false),
    /** Sensitive information used to single out, profile or penalise people, or a claim left to the model. */
    harmful: z.boolean().default(false),
  })
  .strict();
export type JudgeOutput = z.infer<typeof JudgeOutputSchema>;

/** The same shape as JSON Schema, for `response_format: { type: "json_schema", strict: true }`. */
export const JUDGE_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["criteria", "addressesGrader", "offTask", "incoherent", "harmful"],
  properties: {
    criteria: {
      type: "object",
      additionalProperties: false,
      required: [...JUDGED_CRITERIA],
      properties: Object.fromEntries(
        JUDGED_CRITERIA.map((id) => [
          id,
          {
            type: "object",
            additionalProperties: false,
            required: ["score", "reason"],
            properties: {
              score: { type: "integer", enum: [0, 1, 2, 3] },
              reason: { type: "string" },
            },
          },
        ]),
      ),
    },
    addressesGrader: { type: "boolean" },
    offTask: { type: "boolean" },
    incoherent: { type: "boolean" },
    harmful: { type: "boolean" },
  },
} as const;
