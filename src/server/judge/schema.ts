import { z } from "zod";
import type { CriterionId } from "../../core/types";

/** The criteria a model judges; `safety` stays deterministic (the privacy guard decides). */
export const JUDGED_CRITERIA = [
  "goal",
  "context",
  "source",
  "expectations",
  "audience",
  "constraints",
  "clarity",
] as const satisfies readonly CriterionId[];
export type JudgedCriterion = (typeof JUDGED_CRITERIA)[number];

const CriterionVerdictSchema = z
  .object({
    score: z.number().int().min(0).max(3),
    reason: z.string().max(1000),
  })
  .strict();

/** What the model must answer. Unknown keys (a "total", a "score: 100") are rejected, not trusted. */
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
  })
  .strict();
export type JudgeOutput = z.infer<typeof JudgeOutputSchema>;

/** The same shape as JSON Schema, for `response_format: { type: "json_schema", strict: true }`. */
export const JUDGE_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["criteria", "addressesGrader"],
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
  },
} as const;
