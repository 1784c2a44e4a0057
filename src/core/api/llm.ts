import { z } from "zod";
import { HostSchema, LangSchema } from "../catalog/schema";
import { PERSONAL_DATA_TYPES } from "../privacy/findings";
import { PrivacyPolicySchema } from "../privacy/policy";
import { SCREENED_FIELDS } from "../privacy/request";
import { HOST_MODES } from "../types";

/** Longest prompt and document the gateway forwards (characters). */
export const MAX_PROMPT_CHARS = 8000;
export const MAX_CONTEXT_CHARS = 100_000;

/** The document, e-mail or range the prompt is about. Untrusted: it goes to the model as data only. */
export const ChatContextSchema = z.object({
  text: z.string().max(MAX_CONTEXT_CHARS),
  /** What the text is ("email", "member_request", "table"…): a short label shown to the model. */
  kind: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9 _-]{0,39}$/, "a short label: letters, digits, spaces, _ or -")
    .optional(),
  host: HostSchema.optional(),
  mode: z.enum(HOST_MODES).optional(),
  title: z.string().max(500).optional(),
});
export type ChatContext = z.infer<typeof ChatContextSchema>;

/** Follow-up turns a learner may ask for on one answer. */
export const MAX_FOLLOW_UPS = 3;
/** Longest earlier answer of the model sent back in a follow-up (characters). */
export const MAX_HISTORY_ANSWER_CHARS = 20_000;

/**
 * The earlier turns of a follow-up, oldest first: the first prompt, the model's answer, then each
 * earlier follow-up and its answer. Starts with the learner, alternates, ends with the model; the
 * current follow-up is `prompt`.
 */
export const ChatHistorySchema = z
  .array(
    z.discriminatedUnion("role", [
      // Not trimmed: the positions of a refusal point into the texts as they were sent.
      z.object({ role: z.literal("user"), content: z.string().regex(/\S/).max(MAX_PROMPT_CHARS) }),
      z.object({
        role: z.literal("assistant"),
        content: z.string().regex(/\S/).max(MAX_HISTORY_ANSWER_CHARS),
      }),
    ]),
  )
  // The exercise's given turn (iterate, verify), the Run, and the follow-ups before this one.
  .max(MAX_FOLLOW_UPS * 2 + 2)
  .refine((turns) => turns.every((t, i) => t.role === (i % 2 === 0 ? "user" : "assistant")), {
    message: "turns alternate, the learner first",
  })
  .refine((turns) => turns.length % 2 === 0, { message: "the last earlier turn is the model's answer" });
export type ChatHistory = z.infer<typeof ChatHistorySchema>;

/** `POST /api/v1/llm/chat`: answered as Server-Sent Events (see `ChatEvent`). */
export const ChatRequestSchema = z.object({
  exerciseId: z.string().trim().min(1).max(64),
  /** The learner's prompt, or in a follow-up, the follow-up instruction. */
  prompt: z.string().trim().min(1).max(MAX_PROMPT_CHARS),
  lang: LangSchema.optional(),
  context: ChatContextSchema.optional(),
  /** Earlier turns, for a follow-up on the same answer (at most `MAX_FOLLOW_UPS` follow-ups). */
  history: ChatHistorySchema.optional(),
});
export type ChatRequestBody = z.infer<typeof ChatRequestSchema>;

export const ChatUsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});
export type ChatUsage = z.infer<typeof ChatUsageSchema>;

/**
 * Where a piece of personal data sits: which field of the request (`context` is the document's
 * text, `title` its title or subject, `kind` its label, `history` an earlier turn), string indices in it, and — for what stops
 * a request — why: the type is blocked (`type_policy`), a health term sits beside an identifier sent
 * as it is (`health_near_identifier`), or a value the policy says to pseudonymise arrived unmasked
 * (`not_pseudonymised`).
 */
export const PersonalDataPositionSchema = z.object({
  field: z.enum(SCREENED_FIELDS),
  /** For `history`: which earlier turn, 0 being the first prompt. */
  turn: z.number().int().nonnegative().optional(),
  type: z.enum(PERSONAL_DATA_TYPES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.enum(["type_policy", "health_near_identifier", "not_pseudonymised"]).optional(),
});
export type PersonalDataPosition = z.infer<typeof PersonalDataPositionSchema>;

/**
 * Extra members of the 422 `personal_data_blocked` and `personal_data_unmasked` problems: types and
 * positions, never values.
 */
export const PersonalDataBlockedSchema = z.object({
  types: z.array(z.enum(PERSONAL_DATA_TYPES)),
  positions: z.array(PersonalDataPositionSchema),
});

/** `GET /api/v1/privacy/policy`: the tenant's policy, which the task pane applies before a Run. */
export const PrivacyPolicyResponseSchema = z.object({ policy: PrivacyPolicySchema });

/**
 * Events of the chat stream, in order: `privacy` (only when something was redacted or warned about),
 * `chunk`* (answer text, to be shown as plain text), then `done` with the usage — or `error`.
 */
export const ChatPrivacyEventSchema = z.object({
  redacted: z.array(PersonalDataPositionSchema),
  warnings: z.array(PersonalDataPositionSchema),
});
export const ChatChunkEventSchema = z.object({ text: z.string() });
export const ChatDoneEventSchema = z.object({
  usage: ChatUsageSchema,
  /** The answer reached the gateway's size cap and was cut there. */
  truncated: z.boolean().optional(),
});
export const ChatErrorEventSchema = z.object({
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
});

/** The chat stream's events by name: the server writes them with these shapes, the pane parses them. */
export const ChatEventSchemas = {
  privacy: ChatPrivacyEventSchema,
  chunk: ChatChunkEventSchema,
  done: ChatDoneEventSchema,
  error: ChatErrorEventSchema,
} as const;
export type ChatEventName = keyof typeof ChatEventSchemas;
export type ChatEvents = { [E in ChatEventName]: z.infer<(typeof ChatEventSchemas)[E]> };

/** Problem codes of the model gateway. */
export const LLM_PROBLEM_CODES = [
  "llm_not_configured",
  "personal_data_blocked",
  "personal_data_unmasked",
  "quota_exceeded",
  "llm_timeout",
  "llm_rate_limited",
  "llm_unavailable",
  "llm_bad_response",
] as const;
export type LlmProblemCode = (typeof LLM_PROBLEM_CODES)[number];
