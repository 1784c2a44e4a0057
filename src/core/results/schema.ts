import { z } from "zod";
import { JobSchema } from "../jobs";
import { HOSTS, LANGS, CRITERIA } from "../types";
import { BANDS } from "./bands";
import { Day, StageIdSchema } from "./stages";

const Label = z.string().trim().min(1).max(128);

/**
 * Which attempts a report covers: `from`/`to` are UTC days, both included; cohort and department
 * select learners; host selects attempts. A report read for a stage names it, and carries the
 * stage's dates as `from`/`to` and its cohorts as `cohorts` (any of them).
 */
export const ResultsFilterSchema = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    cohort: Label.optional(),
    department: Label.optional(),
    host: z.enum(HOSTS).optional(),
    stage: StageIdSchema.optional(),
    cohorts: z.array(Label).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ["to"],
    message: "must not be before from",
  });
export type ResultsFilter = z.infer<typeof ResultsFilterSchema>;

/**
 * `GET /api/v1/results` and `/results.xlsx` query: the filter, plus the workbook language. `stage`
 * reads the report for a stage (its dates and cohorts), so it excludes `from`/`to`.
 */
export const ResultsQuerySchema = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    cohort: Label.optional(),
    department: Label.optional(),
    host: z.enum(HOSTS).optional(),
    stage: StageIdSchema.optional(),
    lang: z.enum(LANGS).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ["to"],
    message: "must not be before from",
  })
  .refine((f) => f.stage === undefined || (f.from === undefined && f.to === undefined), {
    path: ["stage"],
    message: "a stage sets the dates: give either stage or from/to",
  });
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;

const Count = z.number().int().nonnegative();
const Num = z.number();

export const ScoreChangeSchema = z.object({
  /**
   * Learners with at least two transfer attempts (first attempt at an exercise, not a copy): the
   * change is the latest such score minus the first. Retries and copies never count.
   */
  learners: Count,
  mean: Num.nullable(),
  ciLow: Num.nullable(),
  ciHigh: Num.nullable(),
});

export const SummarySchema = z.object({
  enrolled: Count,
  /** Learners with at least one attempt in the period. */
  activeLearners: Count.nullable(),
  active7: Count.nullable(),
  active30: Count.nullable(),
  attempts: Count.nullable(),
  medianAttemptsPerActive: Num.nullable(),
  meanScore: Num.nullable(),
  scoreChange: ScoreChangeSchema,
  shareImproved: Num.nullable(),
  minutesSavedTotal: Count.nullable(),
  minutesSavedPerActive: Num.nullable(),
  meanUsefulness: Num.nullable(),
  usefulnessResponses: Count.nullable(),
  privacyBlocks: Count.nullable(),
  bands: z.object({ trying: Count.nullable(), established: Count.nullable(), champion: Count.nullable() }),
});
export type Summary = z.infer<typeof SummarySchema>;

export const LearnerResultSchema = z.object({
  pseudonym: z.string(),
  /** Only when the tenant lets reports show names. */
  name: z.string().nullable(),
  /** Null when unset. Only learners whose cohort–department pair has at least k learners are listed. */
  cohort: z.string().nullable(),
  department: z.string().nullable(),
  attempts: Count,
  /** Score of the learner's first transfer attempt (first try at an exercise, not a copy); null without one. */
  firstScore: Num.nullable(),
  latestScore: Num.nullable(),
  /** Latest minus first transfer score, with at least two transfer attempts. */
  change: Num.nullable(),
  meanScore: Num,
  meanMastery: Num,
  minutesSaved: Count,
  firstAttemptAt: z.string(),
  lastAttemptAt: z.string(),
  band: z.enum(BANDS),
});
export type LearnerResult = z.infer<typeof LearnerResultSchema>;

export const CriterionResultSchema = z.object({
  criterion: z.enum(CRITERIA),
  /** Mean 0–3 score over the period's attempts. */
  meanScore: Num.nullable(),
  /** Mean over learners of their mastery (0–1). */
  meanMastery: Num.nullable(),
  /** Share of learners whose mastery is at least 0.7. */
  shareMastered: Num.nullable(),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

/** Figures every group row has (week, host, cohort/department); null with `hidden: true` under k. */
const GroupFiguresSchema = z.object({
  hidden: z.boolean(),
  learners: Count.nullable(),
  attempts: Count.nullable(),
  meanScore: Num.nullable(),
  minutesSaved: Count.nullable(),
});

export const WeekResultSchema = GroupFiguresSchema.extend({
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: z.string(),
});
export type WeekResult = z.infer<typeof WeekResultSchema>;

export const HostResultSchema = GroupFiguresSchema.extend({
  host: z.enum(HOSTS),
  meanUsefulness: Num.nullable(),
});
export type HostResult = z.infer<typeof HostResultSchema>;

export const GROUP_DIMENSIONS = ["cohort", "department", "job"] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

export const GroupResultSchema = GroupFiguresSchema.extend({
  dimension: z.enum(GROUP_DIMENSIONS),
  /** The cohort, department or job id; null gathers learners without one. */
  group: z.string().nullable(),
  meanChange: Num.nullable(),
  shareImproved: Num.nullable(),
  champions: Count.nullable(),
});
export type GroupResult = z.infer<typeof GroupResultSchema>;

/** One use case in the results: what pilot leads rank and review. */
export const UseCaseResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  job: z.string(),
  host: z.string(),
  frequency: z.string(),
  minutesSaved: Count,
  dataInvolved: z.string(),
  riskTags: z.array(z.string()),
  status: z.string(),
  /** People who do it: the author and colleagues who said "I do this too". */
  reach: Count,
  workedForThem: Count,
  didNotWork: Count,
  /** Minutes saved a month: reach × times a month × minutes each time. */
  rank: Num,
  createdAt: z.string(),
});
export type UseCaseResult = z.infer<typeof UseCaseResultSchema>;

/** Thumbs on one exercise (or its answers) from one job. */
export const FeedbackResultSchema = z.object({
  exerciseId: z.string(),
  job: z.string().nullable(),
  target: z.string(),
  /** People who gave feedback in this row. */
  people: Count,
  hidden: z.boolean(),
  up: Count.nullable(),
  down: Count.nullable(),
  notMyJob: Count.nullable(),
  wrongAnswer: Count.nullable(),
  /** The latest comments (at most 5), only when the row is not hidden. */
  comments: z.array(z.string()),
});
export type FeedbackResult = z.infer<typeof FeedbackResultSchema>;

/** `GET /api/v1/results`. Figures of groups under k are null with `hidden: true`. */
export const ResultsReportSchema = z.object({
  tenant: z.string(),
  generatedAt: z.string(),
  filter: ResultsFilterSchema,
  /** Day that "active in the last 7/30 days" counts back from: `to`, or today. */
  asOf: z.string(),
  k: z.number().int().positive(),
  showNames: z.boolean(),
  /** The whole selection has fewer than k active learners: only `enrolled` is given. */
  hidden: z.boolean(),
  summary: SummarySchema,
  learners: z.array(LearnerResultSchema),
  criteria: z.array(CriterionResultSchema),
  weekly: z.array(WeekResultSchema),
  hosts: z.array(HostResultSchema),
  groups: z.array(GroupResultSchema),
  /** The tenant's jobs, to name the job groups in both languages. */
  jobs: z.array(JobSchema),
  /** Use cases staff recorded, ranked by minutes saved a month (never their authors). */
  useCases: z.array(UseCaseResultSchema),
  /** Thumbs per exercise, job and target; rows given by fewer than k people are hidden. */
  feedback: z.array(FeedbackResultSchema),
});
export type ResultsReport = z.infer<typeof ResultsReportSchema>;
