import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { CriterionId, Host } from "../../core/types";

/**
 * Tables of the tenant store, identical on SQLite and PostgreSQL.
 * Conventions: timestamps are ISO-8601 UTC text (`Date#toISOString()`, so text order = time order);
 * booleans are integers 0/1; JSON is stored as text. Every row carries `tenant_id`.
 */
export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  attempts: AttemptsTable;
  mastery: MasteryTable;
  tenant_exercises: TenantExercisesTable;
  audit_log: AuditLogTable;
  xapi_outbox: XapiOutboxTable;
  report_keys: ReportKeysTable;
  llm_usage: LlmUsageTable;
  result_learner_rollups: LearnerRollupsTable;
  result_weekly_rollups: WeeklyRollupsTable;
  rate_limits: RateLimitsTable;
  stages: StagesTable;
  pulses: PulsesTable;
  use_cases: UseCasesTable;
  use_case_votes: UseCaseVotesTable;
  exercise_drafts: ExerciseDraftsTable;
  feedback: FeedbackTable;
  real_work_uses: RealWorkUsesTable;
  saved_prompts: SavedPromptsTable;
  team_prompts: TeamPromptsTable;
  shown_versions: ShownVersionsTable;
}

/** A prompt a learner kept in their library (migration 1310). */
export interface SavedPromptsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  name: string;
  text: string;
  host: Host;
  exercise_id: string | null;
  source: "mine" | "better_version" | "team";
  created_at: string;
}

/** A prompt a pilot lead published to a job's team library (migration 1310). */
export interface TeamPromptsTable {
  tenant_id: string;
  id: string;
  job: string;
  host: Host;
  name: string;
  text: string;
  exercise_id: string | null;
  source: "prompt" | "use_case";
  use_case_id: string | null;
  /** The pilot lead or Admin who published it; null once they are erased. */
  published_by: string | null;
  created_at: string;
}

/** A better version shown to a learner at an exercise, once per distinct version (migration 1320). */
export interface ShownVersionsTable {
  tenant_id: string;
  user_id: string;
  exercise_id: string;
  /** SHA-256 (hex) of `sketch`. */
  sketch_key: string;
  /** One-way sketch of the version (src/core/text/similarity.ts), JSON; never its text. */
  sketch: string;
  first_shown_at: string;
}

/** A model answer put into real work (migration 1300): a count with its kind, never the text. */
export interface RealWorkUsesTable {
  tenant_id: string;
  id: string;
  user_id: string;
  /** Idempotency key chosen by the pane. */
  client_id: string;
  kind: "insert" | "replace" | "reply" | "table" | "values" | "formula" | "copy";
  host: "word" | "outlook" | "excel";
  exercise_id: string | null;
  /** ISO 8601 instant, UTC. */
  occurred_at: string;
}

/** A pilot stage (src/core/results/stages.ts); `cohorts` and `targets` are JSON arrays. */
export interface StagesTable {
  tenant_id: string;
  stage_id: string;
  name: string;
  /** YYYY-MM-DD, both days included. */
  starts_on: string;
  ends_on: string;
  cohorts: string;
  targets: string;
  updated_by: string;
  updated_at: string;
}

/** One answer to the confidence pulse (src/core/api/pulse.ts). */
export interface PulsesTable {
  tenant_id: string;
  id: string;
  user_id: string;
  /** 1–5: confidence in using AI for one's work. */
  confidence: number;
  /** How often AI is used for real work: never, monthly, weekly, daily. */
  ai_use: string;
  answered_at: string;
}

/** One row per tenant seen; `settings` is the JSON of `TenantSettings` (defaults apply when absent). */
export interface TenantsTable {
  tenant_id: string;
  settings: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  tenant_id: string;
  /** Entra object id (`oid`), or the dev issuer's user id. */
  user_id: string;
  display_name: string | null;
  locale: string | null;
  cohort: string | null;
  department: string | null;
  /** One of the tenant's job ids (token claim, users CSV, or chosen in the pane). */
  job: string | null;
  charter_version_accepted: string | null;
  charter_accepted_at: string | null;
  created_at: string;
  last_seen_at: string;
}

/** One submitted exercise attempt. `c_*` are the 0–3 rubric scores, one column per criterion. */
export interface AttemptsTable {
  tenant_id: string;
  /** UUID chosen by the client; the idempotency key within the tenant. */
  id: string;
  user_id: string;
  exercise_id: string;
  exercise_version: number;
  host: string;
  lang: string | null;
  /** 0–100. */
  score: number;
  level: string | null;
  c_goal: number;
  c_context: number;
  c_source: number;
  c_expectations: number;
  c_audience: number;
  c_constraints: number;
  c_clarity: number;
  c_safety: number;
  passed: number;
  /** The rubric's and the judge's scores, kept only when they differ by more than 20 points (calibration). */
  rubric_score: number | null;
  judge_score: number | null;
  /** JSON: context features sent by the pane and prompt features (lengths, flags). */
  features: string;
  /** Kept only as RETAIN_PROMPTS says: null (none), redacted text or the full text. */
  prompt: string | null;
  prompt_retention: string;
  output: string | null;
  started_at: string;
  submitted_at: string;
  duration_ms: number;
  minutes_saved: number | null;
  usefulness: number | null;
  /** SHA-256 of the canonical request body: a replay with another body is a conflict. */
  request_hash: string;
  /** JSON of the `AttemptResult` returned to the client. */
  result: string;
  created_at: string;
  /** 1 when the prompt is a near copy of the exercise's example or of a better version shown before. */
  copied: Generated<number>;
  /** 1 for the learner's first attempt at this exercise when it is not a copy: progress reads these. */
  transfer: Generated<number>;
  /** JSON `TextSketch` of the better version this attempt showed (one-way; never the text). */
  shown_sketch: string | null;
}

/** The learner model per user, as JSON (`LearnerState` of src/core/learner). */
export interface MasteryTable {
  tenant_id: string;
  user_id: string;
  state: string;
  updated_at: string;
}

/** Exercises a tenant adds or overrides, validated with `ExerciseSchema`. */
export interface TenantExercisesTable {
  tenant_id: string;
  exercise_id: string;
  version: number;
  /** JSON of the parsed exercise. */
  definition: string;
  updated_by: string;
  updated_at: string;
}

/** Admin actions and privacy blocks; never the personal data itself. */
export interface AuditLogTable {
  id: string;
  tenant_id: string;
  actor_id: string;
  action: string;
  target: string | null;
  details: string;
  at: string;
}

/** xAPI statements to export and, when XAPI_ENDPOINT is set, to forward. */
export interface XapiOutboxTable {
  tenant_id: string;
  /** Statement id (UUID) — the LRS deduplicates on it. */
  statement_id: string;
  attempt_id: string;
  user_id: string;
  statement: string;
  created_at: string;
  sent_at: string | null;
  tries: number;
  next_try_at: string | null;
  last_error: string | null;
}

/** The per-tenant secret of report pseudonyms (migration 0100). */
export interface ReportKeysTable {
  tenant_id: string;
  secret: string;
  created_at: string;
}

/** Model calls and tokens per tenant, user and UTC day: the daily quota and token accounting (0600). */
export interface LlmUsageTable {
  tenant_id: string;
  user_id: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  /** Model calls of Run, follow-ups included (the `dailyQuota`). */
  requests: number;
  /** "Improve with AI" calls (the `dailyImproveQuota`); migration 1340. */
  improvements: Generated<number>;
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  updated_at: string;
}

/**
 * Per learner and scope ("all" or a host), the facts of the results sheet over all their attempts
 * (migrations 0900, 0910; src/server/results/rollups.ts): counts and sums, first/latest score, the
 * habit, the running mastery per criterion and per-host sums.
 */
export type LearnerRollupsTable = {
  tenant_id: string;
  user_id: string;
  scope: "all" | Host;
  attempts: number;
  /** Scores of the first and latest transfer attempts (migration 1100); null without any. */
  first_score: number | null;
  latest_score: number | null;
  /** How many transfer attempts. */
  progress_n: number;
  score_sum: number;
  minutes_saved: number;
  usefulness_sum: number | null;
  usefulness_n: number;
  first_at: string;
  last_at: string;
  /** Submission time of the attempt before the latest (null with one attempt, or before 0910). */
  prior_at: string | null;
  habit: number;
} & { [K in `s_${CriterionId}`]: number } & { [K in `m_${CriterionId}`]: number } & {
  [K in `h_${Host}_${"n" | "score" | "minutes" | "use" | "use_n"}`]: number;
};

/** Per learner, scope and week (day number of its Monday): the weekly figures (migration 0900). */
export interface WeeklyRollupsTable {
  tenant_id: string;
  scope: "all" | Host;
  week: number;
  user_id: string;
  attempts: number;
  score_sum: number;
  minutes_saved: number;
}

/** Rate-limit counters shared by API instances on PostgreSQL (migration 0920). */
export interface RateLimitsTable {
  /** Who (user or client IP) and which route. */
  key: string;
  hits: number;
  /** End of the current window, milliseconds since 1970 (the database's clock). */
  window_ends: number;
}

/** An AI use case a learner recorded ("I used AI for this"); every text passed the privacy guard. */
export interface UseCasesTable {
  tenant_id: string;
  id: string;
  author_id: string;
  job: string;
  host: string;
  lang: string;
  title: string;
  task: string;
  /** daily | weekly | monthly */
  frequency: string;
  minutes_saved: number;
  /** none | internal | personal | health */
  data_involved: string;
  /** JSON array of risk tags. */
  risk_tags: string;
  risk_text: string | null;
  prompt: string | null;
  /** proposed | under_review | promoted | set_aside */
  status: string;
  status_reason: string | null;
  /** The draft exercise created when the use case was promoted. */
  exercise_id: string | null;
  /** The exercise just passed when the use case was proposed from it. */
  source_exercise_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A colleague's "I do this too", and whether it worked for them. */
export interface UseCaseVotesTable {
  tenant_id: string;
  use_case_id: string;
  user_id: string;
  worked: number | null;
  created_at: string;
  updated_at: string;
}

/** A tenant exercise drafted from a promoted use case, for an Admin to finish. */
export interface ExerciseDraftsTable {
  tenant_id: string;
  exercise_id: string;
  use_case_id: string;
  definition: string;
  created_by: string;
  created_at: string;
}

/** Thumbs up/down and an optional comment on an exercise or on a model answer. */
export interface FeedbackTable {
  tenant_id: string;
  id: string;
  user_id: string;
  exercise_id: string;
  target: string;
  thumb: number;
  reason: string | null;
  comment: string | null;
  job: string | null;
  attempt_id: string | null;
  created_at: string;
}

export type UseCaseRow = Selectable<UseCasesTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
export type TenantRow = Selectable<TenantsTable>;
export type UserRow = Selectable<UsersTable>;
export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type XapiOutboxRow = Selectable<XapiOutboxTable>;
