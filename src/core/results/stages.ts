import { z } from "zod";

/**
 * Pilot stages: an Admin cuts the pilot into stages (dates, cohorts, targets), each closed by a
 * review — the bilan — that sets each target beside what was measured. Shared by the API (admin
 * routes, reports) and any client that shows them.
 */

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "not a calendar date",
  );

export const StageIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "lowercase letters, digits and dashes, 2–64 characters");

/**
 * What a stage aims at, each measured in the bilan:
 *  - `weeklyActiveShare`: share of the stage's invited learners active in at least 3 of the
 *    stage's last 4 weeks (0–1), e.g. 0.7 for "70% active weekly";
 *  - `benchmarkChange`: mean paired change on the benchmark exercise (end − start), in points;
 *  - `scoreChange`: mean change of first-attempt scores within the stage, in points;
 *  - `minutesSavedPerWeek`: self-reported minutes saved per active learner and week;
 *  - `startedShare`: share of invited learners who did at least one exercise (0–1);
 *  - `confidenceChange`: mean paired change of the confidence pulse (1–5 scale);
 *  - `realUsesPerWeek`: real-work uses (answers put into documents, replies, sheets) a week per
 *    active learner.
 */
export const TARGET_METRICS = [
  "weeklyActiveShare",
  "benchmarkChange",
  "scoreChange",
  "minutesSavedPerWeek",
  "startedShare",
  "confidenceChange",
  "realUsesPerWeek",
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** Targets expressed as shares are 0–1; the others are bounded to what the scale allows. */
const TARGET_BOUNDS: Record<TargetMetric, readonly [number, number]> = {
  weeklyActiveShare: [0, 1],
  startedShare: [0, 1],
  benchmarkChange: [-100, 100],
  scoreChange: [-100, 100],
  minutesSavedPerWeek: [0, 2400],
  confidenceChange: [-4, 4],
  realUsesPerWeek: [0, 100],
};

export const StageTargetSchema = z
  .object({
    metric: z.enum(TARGET_METRICS),
    /** The target is met when the measure reaches this value. */
    min: z.number().finite(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const [low, high] = TARGET_BOUNDS[t.metric];
    if (t.min < low || t.min > high) {
      ctx.addIssue({ code: "custom", path: ["min"], message: `must be between ${low} and ${high}` });
    }
  });
export type StageTarget = z.infer<typeof StageTargetSchema>;

const Cohort = z.string().trim().min(1).max(128);

/** `PUT /api/v1/admin/stages/:id` body. */
export const StageInputSchema = z
  .object({
    name: z.string().trim().min(1).max(128),
    startsOn: Day,
    endsOn: Day,
    /** Cohorts the stage covers; empty: every learner of the tenant. */
    cohorts: z.array(Cohort).max(100).default([]),
    targets: z.array(StageTargetSchema).max(TARGET_METRICS.length).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.endsOn < s.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "must not be before startsOn" });
    const seen = new Set<string>();
    s.targets.forEach((t, i) => {
      if (seen.has(t.metric))
        ctx.addIssue({ code: "custom", path: ["targets", i, "metric"], message: "one target per metric" });
      seen.add(t.metric);
    });
    if (new Set(s.cohorts).size !== s.cohorts.length)
      ctx.addIssue({ code: "custom", path: ["cohorts"], message: "each cohort once" });
  });
export type StageInput = z.input<typeof StageInputSchema>;

export const StageSchema = z.object({
  id: StageIdSchema,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  cohorts: z.array(z.string()),
  targets: z.array(z.object({ metric: z.enum(TARGET_METRICS), min: z.number() })),
  updatedAt: z.string(),
});
export type Stage = z.infer<typeof StageSchema>;

export const StageListSchema = z.object({ stages: z.array(StageSchema) });
export const StageIdParamsSchema = z.object({ id: StageIdSchema });
