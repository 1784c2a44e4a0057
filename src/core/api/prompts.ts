import { z } from "zod";
import { JobIdSchema } from "../jobs";
import { HOSTS } from "../types";
import { MAX_PROMPT_CHARS } from "./llm";

/**
 * The prompt library: prompts a learner keeps for reuse ("my prompts") and the ones pilot leads publish
 * for a job ("my team's prompts"). Every text passes the privacy guard before it is stored.
 */
export const PROMPT_LIBRARY_LIMITS = {
  name: 120,
  text: MAX_PROMPT_CHARS,
  /** Saved prompts per learner: past it, delete one first (409 `prompt_library_full`). */
  savedPerLearner: 200,
  /** Published prompts per job (409 `team_library_full`). */
  publishedPerJob: 100,
} as const;

/** Where a saved prompt came from: the learner's own, the better version the feedback offered, a team one. */
export const SAVED_PROMPT_SOURCES = ["mine", "better_version", "team"] as const;
export type SavedPromptSource = (typeof SAVED_PROMPT_SOURCES)[number];

/** What a team prompt was published from: a prompt the lead chose, or a use case's prompt. */
export const TEAM_PROMPT_SOURCES = ["prompt", "use_case"] as const;
export type TeamPromptSource = (typeof TEAM_PROMPT_SOURCES)[number];

const ExerciseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/);
const NameSchema = z.string().trim().min(1).max(PROMPT_LIBRARY_LIMITS.name);
// Trimmed at the ends only: line breaks inside a prompt are part of it.
const TextSchema = z.string().trim().min(1).max(PROMPT_LIBRARY_LIMITS.text);

/** `POST /api/v1/me/prompts`: keep a prompt in my library. */
export const SavedPromptCreateSchema = z
  .object({
    name: NameSchema,
    text: TextSchema,
    host: z.enum(HOSTS),
    exerciseId: ExerciseIdSchema.nullable().optional(),
    source: z.enum(SAVED_PROMPT_SOURCES).default("mine"),
  })
  .strict();
export type SavedPromptCreate = z.input<typeof SavedPromptCreateSchema>;

export const SavedPromptSchema = z.object({
  id: z.string(),
  name: z.string(),
  text: z.string(),
  host: z.enum(HOSTS),
  exerciseId: z.string().nullable(),
  source: z.enum(SAVED_PROMPT_SOURCES),
  createdAt: z.string(),
});
export type SavedPromptView = z.infer<typeof SavedPromptSchema>;

export const SavedPromptListQuerySchema = z.object({ host: z.enum(HOSTS).optional() }).strict();

export const SavedPromptListSchema = z.object({
  prompts: z.array(SavedPromptSchema),
  /** How many prompts a learner may keep. */
  limit: z.number().int(),
});

export const PromptIdParamsSchema = z.object({ id: z.uuid() });

/**
 * `POST /api/v1/prompts` (pilot leads, Admins): publish a prompt to a job's team library, either a text
 * (a best prompt: name and host required) or a use case's prompt (its title and host are the defaults).
 */
export const TeamPromptCreateSchema = z
  .object({
    job: JobIdSchema,
    name: NameSchema.optional(),
    text: TextSchema.optional(),
    host: z.enum(HOSTS).optional(),
    exerciseId: ExerciseIdSchema.nullable().optional(),
    useCaseId: z.uuid().optional(),
  })
  .strict()
  .refine((p) => (p.text === undefined) !== (p.useCaseId === undefined), {
    message: "give either text or useCaseId",
    path: ["text"],
  })
  .refine((p) => p.useCaseId !== undefined || (p.name !== undefined && p.host !== undefined), {
    message: "a prompt published from a text needs a name and a host",
    path: ["name"],
  });
export type TeamPromptCreate = z.input<typeof TeamPromptCreateSchema>;

export const TeamPromptListQuerySchema = z
  .object({
    /** Only this job's prompts; without it, every job's, the caller's job first. */
    job: JobIdSchema.optional(),
    host: z.enum(HOSTS).optional(),
  })
  .strict();

export const TeamPromptSchema = z.object({
  id: z.string(),
  job: z.string(),
  host: z.enum(HOSTS),
  name: z.string(),
  text: z.string(),
  exerciseId: z.string().nullable(),
  source: z.enum(TEAM_PROMPT_SOURCES),
  /** The use case it was published from, if any (it may since have been deleted). */
  useCaseId: z.string().nullable(),
  /** Published for the caller's own job. */
  myJob: z.boolean(),
  createdAt: z.string(),
});
export type TeamPromptView = z.infer<typeof TeamPromptSchema>;

export const TeamPromptListSchema = z.object({ prompts: z.array(TeamPromptSchema) });
