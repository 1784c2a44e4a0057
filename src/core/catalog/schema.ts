import { z } from "zod";
import { JobIdSchema } from "../jobs";
import { CRITERIA, HOSTS, HOST_MODES, LANGS, LENGTH_BUCKETS, LEVELS, SKILLS, TEXT_KINDS } from "../types";

/** Exercise catalog schema: files in `content/exercises/` and a tenant's content folder. */

export const LocalizedSchema = z.object({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const CriterionIdSchema = z.enum(CRITERIA);
export const HostSchema = z.enum(HOSTS);
export const LangSchema = z.enum(LANGS);

/** Checks on the model's answer, evaluated by `checkOutput(output, exercise)`. */
export const OutputCheckSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("maxWords"), value: z.number().int().positive() }),
  z.object({ type: z.literal("minWords"), value: z.number().int().positive() }),
  z.object({
    type: z.literal("bullets"),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
  }),
  z.object({ type: z.literal("language"), value: LangSchema }),
  z.object({ type: z.literal("table") }),
  z.object({ type: z.literal("maxSentences"), value: z.number().int().positive() }),
  /** The answer mentions at least one of these terms (case- and accent-insensitive). */
  z.object({
    type: z.literal("mentions"),
    anyOf: z.array(z.string().min(1)).min(1),
    label: LocalizedSchema,
  }),
]);
export type OutputCheck = z.infer<typeof OutputCheckSchema>;

/** Predicates on ContextFeatures; every given predicate must hold for the exercise to fit. */
export const ContextFitSchema = z
  .object({
    kinds: z.array(z.enum(TEXT_KINDS)).min(1).optional(),
    modes: z.array(z.enum(HOST_MODES)).min(1).optional(),
    minLength: z.enum(LENGTH_BUCKETS).optional(),
    /** The text is at most this long (e.g. `short` for writing from a blank or nearly blank page). */
    maxLength: z.enum(LENGTH_BUCKETS).optional(),
    hasFigures: z.boolean().optional(),
    /** The text has dates (what a date check works on). */
    hasDates: z.boolean().optional(),
    hasTable: z.boolean().optional(),
    isThread: z.boolean().optional(),
  })
  .strict();
export type ContextFit = z.infer<typeof ContextFitSchema>;

/** What a prompt asks the model to produce; each kind's FR/EN vocabulary lives in `core/scorer/task.ts`. */
export const DELIVERABLE_KINDS = [
  "summary",
  "reply",
  "email",
  "letter",
  "note",
  "table",
  "list",
  "formula",
  "translation",
  "rewrite",
  "analysis",
  "questions",
  "faq",
  "comment",
  "mapping",
  "conversion",
  "review",
  "box",
] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

/** Kinds of material a prompt works on. */
export const MATERIAL_KINDS = [
  "document",
  "selection",
  "email",
  "thread",
  "draft",
  "notes",
  "range",
  "letter",
  "report",
  "procedure",
  "minutes",
  "clause",
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/**
 * Something the prompt must name, in both languages. Each side may list alternatives separated by
 * "|" ("décisions|décidé"); a phrase matches when every word of it appears in one sentence of the
 * prompt, compared by stem (inflection and accents do not matter).
 */
export const TaskTermSchema = z.object({
  fr: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type TaskTerm = z.infer<typeof TaskTermSchema>;

/**
 * The task an exercise sets: the score measures the prompt against it. A prompt that asks for none
 * of `deliverable` fails goal; `mustName` and `audience` missing cost points and are coached;
 * `mustNot` asked for (not negated) costs points and is coached.
 */
export const TaskDefinitionSchema = z
  .object({
    /** Any of these counts (a reply may be a letter). */
    deliverable: z.array(z.enum(DELIVERABLE_KINDS)).min(1).max(4),
    material: z.array(z.enum(MATERIAL_KINDS)).min(1).max(4),
    audience: TaskTermSchema.optional(),
    mustName: z.array(TaskTermSchema).max(6).default([]),
    mustNot: z.array(TaskTermSchema).max(4).default([]),
  })
  .strict();
export type TaskDefinition = z.infer<typeof TaskDefinitionSchema>;

export const ExerciseSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, "lowercase letters, digits and dashes, 3–64 characters"),
    version: z.number().int().positive(),
    hosts: z.array(HostSchema).min(1),
    skill: z.enum(SKILLS),
    level: z.enum(LEVELS),
    minutes: z.number().int().min(2).max(5),
    fits: ContextFitSchema,
    targets: z.array(CriterionIdSchema).min(1),
    /** Multipliers on the default criterion weights (1 = unchanged). */
    weights: z.partialRecord(CriterionIdSchema, z.number().min(0).max(5)).default({}),
    /** Criteria the prompt must address (score ≥ 2) for the attempt to pass. */
    required: z.array(CriterionIdSchema).default([]),
    title: LocalizedSchema,
    brief: LocalizedSchema,
    task: LocalizedSchema,
    /** What the prompt must ask for; without it the generic rubric applies. */
    taskDefinition: TaskDefinitionSchema.optional(),
    example: LocalizedSchema,
    /**
     * The turn the learner's prompt follows up (skills `iterate` and `verify`): a first request and
     * the model's answer to it, shown with the task and sent to the model as earlier turns, so the
     * learner's prompt is a follow-up on that answer.
     */
    followUpOf: z
      .object({
        prompt: z.object({ fr: z.string().trim().min(1).max(4000), en: z.string().trim().min(1).max(4000) }),
        answer: z.object({ fr: z.string().trim().min(1).max(4000), en: z.string().trim().min(1).max(4000) }),
      })
      .strict()
      .optional(),
    checks: z.array(OutputCheckSchema).default([]),
    /**
     * The host's fixed benchmark: taken at onboarding and at the end of each stage to measure
     * progress, never recommended as practice, shown without its example or feedback until done.
     */
    benchmark: z.boolean().optional(),
    /** Most tokens the model may write for this exercise (else the gateway's LLM_MAX_OUTPUT_TOKENS). */
    maxOutputTokens: z.number().int().min(16).max(16_000).optional(),
    /** The jobs (métiers) this exercise was written for; absent means it suits every job. */
    jobs: z.array(JobIdSchema).max(20).optional(),
  })
  .strict();
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseInput = z.input<typeof ExerciseSchema>;

/** One catalog file: `{ "exercises": [ … ] }`. */
export const CatalogFileSchema = z
  .object({
    exercises: z.array(ExerciseSchema),
  })
  .strict();
export type CatalogFile = z.infer<typeof CatalogFileSchema>;
