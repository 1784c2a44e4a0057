import { z } from "zod";
import { JobIdSchema } from "../jobs";
import { HOSTS, LANGS } from "../types";

/** Bounds on every text of a use case; texts also pass the privacy guard before they are stored. */
export const USE_CASE_LIMITS = {
  title: 120,
  task: 1000,
  riskText: 1000,
  prompt: 4000,
  statusReason: 500,
  minutesSaved: 480,
} as const;

export const USE_CASE_FREQUENCIES = ["daily", "weekly", "monthly"] as const;
export type UseCaseFrequency = (typeof USE_CASE_FREQUENCIES)[number];
/** Times a month, for ranking: about 20 working days, 4 weeks, 1. */
export const TIMES_PER_MONTH: Record<UseCaseFrequency, number> = { daily: 20, weekly: 4, monthly: 1 };

export const DATA_INVOLVED = ["none", "internal", "personal", "health"] as const;
export type DataInvolved = (typeof DATA_INVOLVED)[number];

export const RISK_TAGS = ["invented_facts", "confidentiality", "bias", "quality", "other"] as const;
export type RiskTag = (typeof RISK_TAGS)[number];

export const USE_CASE_HOSTS = [...HOSTS, "other"] as const;

export const USE_CASE_STATUSES = ["proposed", "under_review", "promoted", "set_aside"] as const;
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];

/** Moves a pilot lead may make; `promoted` is final (its draft exercise exists). */
export const STATUS_MOVES: Record<UseCaseStatus, readonly UseCaseStatus[]> = {
  proposed: ["under_review", "set_aside", "promoted"],
  under_review: ["promoted", "set_aside", "proposed"],
  set_aside: ["under_review"],
  promoted: [],
};

const text = (max: number) => z.string().trim().min(1).max(max);

const UseCaseContentShape = {
  title: z.string().trim().min(3).max(USE_CASE_LIMITS.title),
  task: z.string().trim().min(10).max(USE_CASE_LIMITS.task),
  host: z.enum(USE_CASE_HOSTS),
  frequency: z.enum(USE_CASE_FREQUENCIES),
  minutesSaved: z.number().int().min(0).max(USE_CASE_LIMITS.minutesSaved),
  dataInvolved: z.enum(DATA_INVOLVED),
  riskTags: z
    .array(z.enum(RISK_TAGS))
    .max(RISK_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, "each tag once"),
  riskText: text(USE_CASE_LIMITS.riskText).nullable().optional(),
  prompt: text(USE_CASE_LIMITS.prompt).nullable().optional(),
};

/** `POST /api/v1/use-cases`: "I used AI for this". The job defaults to the learner's own. */
export const UseCaseCreateSchema = z
  .object({
    ...UseCaseContentShape,
    riskTags: UseCaseContentShape.riskTags.default([]),
    job: JobIdSchema.optional(),
    lang: z.enum(LANGS).default("fr"),
    /** The exercise just passed, when the form was proposed after it. */
    sourceExerciseId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{2,63}$/)
      .optional(),
  })
  .strict();
export type UseCaseCreate = z.input<typeof UseCaseCreateSchema>;

/**
 * `PATCH /api/v1/use-cases/{id}`: the author edits the content (until it is promoted); a pilot lead
 * or an Admin moves the status (a reason is required to set it aside).
 */
export const UseCasePatchSchema = z
  .object({
    title: UseCaseContentShape.title.optional(),
    task: UseCaseContentShape.task.optional(),
    host: UseCaseContentShape.host.optional(),
    frequency: UseCaseContentShape.frequency.optional(),
    minutesSaved: UseCaseContentShape.minutesSaved.optional(),
    dataInvolved: UseCaseContentShape.dataInvolved.optional(),
    riskTags: UseCaseContentShape.riskTags.optional(),
    riskText: UseCaseContentShape.riskText,
    prompt: UseCaseContentShape.prompt,
    status: z.enum(USE_CASE_STATUSES).optional(),
    statusReason: text(USE_CASE_LIMITS.statusReason).nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, "name at least one field")
  .refine((p) => p.status !== "set_aside" || (p.statusReason ?? "") !== "", {
    path: ["statusReason"],
    message: "a reason is required to set a use case aside",
  });
export type UseCasePatch = z.input<typeof UseCasePatchSchema>;

/** `POST /api/v1/use-cases/{id}/votes`: "I do this too", and whether it worked (null: not said yet). */
export const UseCaseVoteSchema = z.object({ worked: z.boolean().nullable().default(null) }).strict();
export type UseCaseVote = z.input<typeof UseCaseVoteSchema>;

export const UseCaseIdParamsSchema = z.object({ id: z.uuid() });

export const UseCaseListQuerySchema = z
  .object({
    /** Pilot leads and Admins may filter by job; learners always see their own job's use cases. */
    job: JobIdSchema.optional(),
    status: z.enum(USE_CASE_STATUSES).optional(),
    /** `rank`: reach × frequency × minutes saved, highest first; `recent`: newest first. */
    sort: z.enum(["rank", "recent"]).default("rank"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const RISK_FLAGS = ["personal_data", "health_data", ...RISK_TAGS] as const;

export const UseCaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  task: z.string(),
  job: z.string(),
  host: z.string(),
  lang: z.string(),
  frequency: z.enum(USE_CASE_FREQUENCIES),
  minutesSaved: z.number().int(),
  dataInvolved: z.enum(DATA_INVOLVED),
  riskTags: z.array(z.enum(RISK_TAGS)),
  riskText: z.string().nullable(),
  prompt: z.string().nullable(),
  status: z.enum(USE_CASE_STATUSES),
  statusReason: z.string().nullable(),
  /** The draft exercise created when it was promoted. */
  exerciseId: z.string().nullable(),
  /** The author's name, only when the tenant shows authors. */
  author: z.string().nullable(),
  mine: z.boolean(),
  /** People who do it: the author and everyone who said "I do this too". */
  reach: z.number().int(),
  workedForThem: z.number().int(),
  didNotWork: z.number().int(),
  /** The caller's own vote, if any. */
  myVote: z.object({ worked: z.boolean().nullable() }).nullable(),
  /** Minutes saved a month by everyone who does it: reach × times a month × minutes each time. */
  rank: z.number(),
  /** Personal or health data involved, and the risks people reported. */
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UseCaseView = z.infer<typeof UseCaseSchema>;

export const UseCaseListSchema = z.object({ useCases: z.array(UseCaseSchema) });

/** `GET /api/v1/admin/exercise-drafts`: exercises drafted from promoted use cases, for an Admin to finish. */
export const ExerciseDraftListSchema = z.object({
  drafts: z.array(
    z.object({
      exerciseId: z.string(),
      useCaseId: z.string(),
      definition: z.record(z.string(), z.unknown()),
      createdBy: z.string(),
      createdAt: z.string(),
    }),
  ),
});

/** The risk tags stored as JSON text; anything unknown or broken is left out. */
export function parseRiskTags(json: string): RiskTag[] {
  try {
    const tags = JSON.parse(json) as unknown;
    return Array.isArray(tags)
      ? tags.filter((t): t is RiskTag => (RISK_TAGS as readonly unknown[]).includes(t))
      : [];
  } catch {
    return [];
  }
}
