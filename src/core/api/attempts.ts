import { z } from "zod";
import { HostSchema, LangSchema } from "../catalog/schema";
import { ContextFeaturesSchema } from "../features/schema";
import { CRITERIA, HOST_MODES, LEVELS } from "../types";
import { MasteryMapSchema } from "./me";
import { MAX_PROMPT_CHARS } from "./llm";

const Timestamp = z.iso.datetime({ offset: true });

/**
 * `POST /api/v1/attempts`. `id` is a UUID generated on the device: resending the same body is safe
 * (200 with the stored result), the same id with another body is a 409 `attempt_conflict`.
 */
export const AttemptSubmissionSchema = z
  .object({
    id: z.uuid(),
    exerciseId: z.string().trim().min(1).max(64),
    host: HostSchema,
    mode: z.enum(HOST_MODES).optional(),
    lang: LangSchema.optional(),
    prompt: z.string().min(1).max(MAX_PROMPT_CHARS),
    output: z.string().max(20000).optional(),
    startedAt: Timestamp,
    submittedAt: Timestamp,
    features: ContextFeaturesSchema.optional(),
    selfReport: z
      .object({
        minutesSaved: z.number().int().min(0).max(240).optional(),
        usefulness: z.number().int().min(1).max(5).optional(),
      })
      .optional(),
  })
  .refine((a) => Date.parse(a.submittedAt) >= Date.parse(a.startedAt), {
    path: ["submittedAt"],
    message: "must not be before startedAt",
  });
export type AttemptSubmission = z.input<typeof AttemptSubmissionSchema>;

const Localized = z.object({ fr: z.string(), en: z.string() });

/** One rubric criterion of the official score; evidence points into the submitted prompt. */
export const CriterionFeedbackSchema = z.object({
  score: z.number().int().min(0).max(3),
  weight: z.number(),
  evidence: z.array(
    z.object({ start: z.number().int(), end: z.number().int(), text: z.string().optional() }),
  ),
  tip: Localized,
});

export const AttemptFeedbackSchema = z.object({
  strengths: z.array(Localized),
  improvement: z.object({ criterion: z.enum(CRITERIA), message: Localized }).nullable(),
  /** An improved prompt (or a template to fill); recomputed from the prompt, never stored unless retained. */
  fix: z.object({ kind: z.enum(["rewrite", "template", "none"]), text: z.string() }).nullable(),
  flags: z.object({
    personalData: z.boolean(),
    bloated: z.boolean(),
    addressesGrader: z.boolean(),
    keywordStuffing: z.boolean(),
    /** The prompt asks for another deliverable than the exercise's. */
    offTask: z.boolean().optional(),
    /** Word salad. */
    incoherent: z.boolean().optional(),
    /** Two lengths, two opposite tones, a length of zero, an audience of nobody. */
    contradictory: z.boolean().optional(),
  }),
  /** The exercise's checks on the model's answer, when an output was sent. */
  outputChecks: z.array(
    z.object({
      type: z.string(),
      /** What the check asks, as the pane shows it: « 3 à 5 puces », "120 words at most" (`checkLabel`). */
      label: Localized,
      passed: z.boolean(),
      /** What was measured: « 2 puces », "87 words". */
      detail: Localized,
    }),
  ),
});
export type AttemptFeedback = z.infer<typeof AttemptFeedbackSchema>;

export const AttemptResultSchema = z.object({
  id: z.uuid(),
  exerciseId: z.string(),
  exerciseVersion: z.number().int(),
  /** 0–100, computed by the server. */
  score: z.number().int().min(0).max(100),
  /** Level of this prompt (from its score). */
  level: z.enum(LEVELS),
  lang: LangSchema,
  passed: z.boolean(),
  criteria: z.record(z.enum(CRITERIA), CriterionFeedbackSchema),
  feedback: AttemptFeedbackSchema,
  /** The learner's mastery per criterion after this attempt. */
  mastery: MasteryMapSchema,
  /** The learner's level after this attempt. */
  learnerLevel: z.enum(LEVELS),
  submittedAt: z.string(),
  /**
   * The prompt is a near copy of the exercise's example or of a better version shown before: the
   * score stands, but the attempt counts for neither mastery nor progress in the results.
   */
  copied: z.boolean().optional(),
  /** How the official score was reached: the rubric alone, or blended with an LLM judge (bounded). */
  scoring: z
    .object({
      method: z.enum(["rubric", "rubric+judge"]),
      deterministic: z.number().int().min(0).max(100),
      judge: z.number().min(0).max(100).nullable(),
      bound: z.enum([
        "none",
        "uplift_cap",
        "drop_cap",
        "grader_addressed",
        "personal_data_cap",
        "judge_flagged",
      ]),
      skipped: z
        .enum(["personal_data", "judge_unavailable", "judge_bad_response", "judge_aborted", "quota_exceeded"])
        .optional(),
    })
    .optional(),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

/** 201 (recorded) or 200 (replay) response. */
export const AttemptRecordedSchema = z.object({ attempt: AttemptResultSchema });
export type AttemptRecorded = z.infer<typeof AttemptRecordedSchema>;

/** `GET /api/v1/me/attempts?limit=&cursor=` — newest first; pass `nextCursor` back for the next page. */
export const AttemptListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "not a cursor from this API")
    .optional(),
});

export const AttemptSummarySchema = z.object({
  id: z.string(),
  exerciseId: z.string(),
  exerciseVersion: z.number().int(),
  host: HostSchema,
  score: z.number(),
  passed: z.boolean(),
  startedAt: z.string(),
  submittedAt: z.string(),
  criteria: z.partialRecord(z.enum(CRITERIA), z.number()),
  minutesSaved: z.number().nullable(),
  usefulness: z.number().nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;

export const AttemptListSchema = z.object({
  attempts: z.array(AttemptSummarySchema),
  nextCursor: z.string().nullable(),
});
export type AttemptList = z.infer<typeof AttemptListSchema>;
