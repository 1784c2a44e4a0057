import { z } from "zod";
import { JobListSchema } from "../jobs";
import { PrivacyPolicySchema } from "../privacy/policy";
import { CharterSchema } from "./me";

/** A tenant's governance settings (`GET`/`PUT /api/v1/admin/settings`). */
export const TenantSettingsSchema = z.object({
  charter: CharterSchema,
  /** Attempts older than this are purged automatically. */
  retentionDays: z.number().int().min(1).max(3650),
  /** What the privacy guard does per type of personal data (see src/core/privacy). */
  privacyPolicy: PrivacyPolicySchema,
  /** Model calls per user per day: Run and its follow-ups. */
  dailyQuota: z.number().int().min(0).max(10000),
  /** "Improve with AI" calls per user per day, apart from the Runs (0 turns the button's calls off). */
  dailyImproveQuota: z.number().int().min(0).max(10000),
  /**
   * Model tokens (prompt + answer, chat and judge) per user per day; a call starts only while some
   * are left, so one call can pass it by at most its own size.
   */
  dailyTokenQuota: z.number().int().min(0).max(100_000_000),
  /** Groups smaller than k are hidden in reports. */
  reportK: z.number().int().min(2).max(1000),
  /** Whether pilot-lead reports may show learners' names (pseudonyms otherwise). */
  reportsShowNames: z.boolean(),
  /** The tenant's jobs (métiers), FR/EN labels; learners choose one, reports group by it. */
  jobs: JobListSchema,
  /** Whether colleagues see who proposed a use case (hidden otherwise; pilot leads always see the count). */
  useCaseAuthorsShown: z.boolean(),
});
export type TenantSettings = z.output<typeof TenantSettingsSchema>;

/** Stable code of settings whose Improve with AI allowance exceeds the daily Runs. */
export const IMPROVE_QUOTA_ABOVE_RUNS = "improve_quota_above_run_quota";

/**
 * Improve with AI rewrites a prompt so that the learner then runs it: each improvement is worth a Run,
 * and both spend the same model budget. More improvements a day than Runs could not all be tried, so
 * `dailyImproveQuota` may not exceed `dailyQuota` (0 Runs means no improvements either). Returns the
 * problem, or null when the quotas are coherent.
 */
export function quotaIncoherence(settings: Pick<TenantSettings, "dailyQuota" | "dailyImproveQuota">): {
  code: typeof IMPROVE_QUOTA_ABOVE_RUNS;
  detail: string;
  dailyQuota: number;
  dailyImproveQuota: number;
} | null {
  const { dailyQuota, dailyImproveQuota } = settings;
  if (dailyImproveQuota <= dailyQuota) return null;
  return {
    code: IMPROVE_QUOTA_ABOVE_RUNS,
    detail: `dailyImproveQuota (${dailyImproveQuota}) may not exceed dailyQuota (${dailyQuota}): each improvement is meant to be run, and both draw on the same model budget`,
    dailyQuota,
    dailyImproveQuota,
  };
}

/** `PUT /api/v1/admin/settings` changes the fields it names and keeps the others. */
export const TenantSettingsUpdateSchema = TenantSettingsSchema.partial()
  .strict()
  .refine((s) => Object.keys(s).length > 0, "name at least one setting");
export type TenantSettingsUpdate = z.input<typeof TenantSettingsUpdateSchema>;

/** Text both databases can store: PostgreSQL refuses NUL characters (SQLite keeps them). */
const noNul = (text: string) => !text.includes("\u0000");
const NO_NUL = "must not contain a NUL character";
const OptionalLabel = z.string().trim().max(128).refine(noNul, NO_NUL).nullable().optional();

/** One user's organisational attributes, used to group reports. `null` clears a field. */
export const UserAttributesSchema = z
  .object({
    userId: z.string().trim().min(1).max(128).refine(noNul, NO_NUL),
    cohort: OptionalLabel,
    department: OptionalLabel,
    displayName: OptionalLabel,
    /** One of the tenant's job ids. */
    job: z.string().trim().min(1).max(48).nullable().optional(),
  })
  .strict();
export type UserAttributes = z.infer<typeof UserAttributesSchema>;

/** `PUT /api/v1/admin/users`. */
export const UserAttributesBatchSchema = z
  .object({ users: z.array(UserAttributesSchema).min(1).max(5000) })
  .strict();
export const UserAttributesResultSchema = z.object({ updated: z.number().int(), created: z.number().int() });

export const UserIdParamsSchema = z.object({ id: z.string().trim().min(1).max(128) });
export const ExerciseIdParamsSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, "lowercase letters, digits and dashes, 3–64 characters"),
});

/** `DELETE /api/v1/admin/users/:id` reports what was erased. */
export const ErasureResultSchema = z.object({
  userId: z.string(),
  attempts: z.number().int(),
  statements: z.number().int(),
  useCases: z.number().int(),
  feedback: z.number().int(),
  /** Prompts kept in their library; prompts they published for a team stay, without their name. */
  savedPrompts: z.number().int(),
});

export const AuditEntrySchema = z.object({
  id: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema) });
