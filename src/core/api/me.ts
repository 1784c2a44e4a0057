import { z } from "zod";
import { LocalizedSchema } from "../catalog/schema";
import { CRITERIA, LEVELS } from "../types";

/** The tenant's IT charter for AI use, shown before the first exercise; FR + EN. */
export const CharterSchema = z.object({
  version: z.string().trim().min(1).max(64),
  title: LocalizedSchema,
  sections: z
    .array(z.object({ title: LocalizedSchema, body: LocalizedSchema }))
    .min(1)
    .max(50),
});
export type Charter = z.infer<typeof CharterSchema>;

/** Estimated mastery per rubric criterion, 0–1. */
export const MasteryMapSchema = z.partialRecord(z.enum(CRITERIA), z.number().min(0).max(1));
export type MasteryMap = z.infer<typeof MasteryMapSchema>;

/** `GET /api/v1/me`. */
export const MeSchema = z.object({
  tenant: z.string(),
  user: z.string(),
  name: z.string().nullable(),
  roles: z.array(z.string()),
  locale: z.string().nullable(),
  cohort: z.string().nullable(),
  department: z.string().nullable(),
  /** One of the tenant's job ids, or null until chosen. */
  job: z.string().nullable(),
  charter: CharterSchema,
  charterAccepted: z.boolean(),
  charterVersionAccepted: z.string().nullable(),
  level: z.enum(LEVELS),
  /** Consecutive days (UTC) with at least one attempt, ending today or yesterday. */
  streak: z.number().int().nonnegative(),
  attemptCount: z.number().int().nonnegative(),
  mastery: MasteryMapSchema,
  /** A model is configured for the tenant: Run and "Improve with AI" can answer. */
  modelConfigured: z.boolean().default(false),
});
export type Me = z.infer<typeof MeSchema>;

/** `POST /api/v1/me/charter`: accept the charter version the user was shown. */
export const CharterAcceptanceSchema = z.object({
  version: z.string().trim().min(1).max(64),
  accepted: z.literal(true).default(true),
});
export type CharterAcceptance = z.input<typeof CharterAcceptanceSchema>;
