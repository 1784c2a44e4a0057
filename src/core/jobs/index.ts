import { z } from "zod";
import type { Localized } from "../types";

/** A job id: what the users CSV, the `job` token claim and `exercise.jobs` name. */
export const JobIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, "lowercase letters, digits and dashes, 2–48 characters");

/** One of the tenant's jobs (métiers), with FR/EN labels shown to learners and in reports. */
export const JobSchema = z
  .object({
    id: JobIdSchema,
    label: z.object({
      fr: z.string().trim().min(1).max(80),
      en: z.string().trim().min(1).max(80),
    }),
  })
  .strict();
export type Job = z.infer<typeof JobSchema>;

/** A tenant's job list: unique ids, at least one job. */
export const JobListSchema = z
  .array(JobSchema)
  .min(1)
  .max(100)
  .refine((jobs) => new Set(jobs.map((j) => j.id)).size === jobs.length, "job ids must be unique");

/** The jobs of a French health insurer, used until a tenant sets its own list. */
export const DEFAULT_JOBS: readonly Job[] = [
  { id: "claims", label: { fr: "Gestion des prestations", en: "Claims handling" } },
  {
    id: "member-relations",
    label: { fr: "Relation adhérents et centre de contact", en: "Member relations and contact centre" },
  },
  {
    id: "group-contracts",
    label: { fr: "Contrats collectifs et souscription", en: "Group contracts and underwriting" },
  },
  {
    id: "actuarial-control",
    label: { fr: "Actuariat et contrôle de gestion", en: "Actuarial and management control" },
  },
  { id: "hr", label: { fr: "Ressources humaines", en: "Human resources" } },
  { id: "legal-compliance", label: { fr: "Juridique et conformité", en: "Legal and compliance" } },
  {
    id: "marketing-communication",
    label: { fr: "Marketing et communication", en: "Marketing and communication" },
  },
  { id: "it", label: { fr: "Informatique", en: "IT" } },
  { id: "management", label: { fr: "Management", en: "Management" } },
];

/** The label of `jobId` in `jobs`, or null when the tenant no longer lists it. */
export function jobLabel(jobs: readonly Job[], jobId: string | null | undefined): Localized | null {
  if (!jobId) return null;
  return jobs.find((j) => j.id === jobId)?.label ?? null;
}

/** Whether an exercise suits a job: no `jobs` (or an empty list) means every job. */
export function exerciseSuitsJob(exerciseJobs: readonly string[] | undefined, jobId: string): boolean {
  return exerciseJobs === undefined || exerciseJobs.length === 0 || exerciseJobs.includes(jobId);
}

/** Whether an exercise was written for this job in particular (not for all jobs). */
export function exerciseWrittenForJob(exerciseJobs: readonly string[] | undefined, jobId: string): boolean {
  return exerciseJobs !== undefined && exerciseJobs.includes(jobId);
}

/**
 * The job id a CSV cell or claim means: an id, or a job's FR or EN label, case and accents aside.
 * Undefined when the tenant has no such job.
 */
export function resolveJob(jobs: readonly Job[], value: string): string | undefined {
  const key = fold(value);
  return jobs.find((j) => fold(j.id) === key || fold(j.label.fr) === key || fold(j.label.en) === key)?.id;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
