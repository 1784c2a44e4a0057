import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { AttemptFeedback, AttemptResult, AttemptSubmissionSchema } from "../../../core/api/attempts";
import type { Exercise } from "../../../core/catalog/schema";
import { recordAttempt as advanceLearner } from "../../../core/learner/state";
import { checkOutput } from "../../../core/output";
import { detectPersonalData, redact } from "../../../core/privacy";
import { scorePrompt, type PromptScore } from "../../../core/scorer";
import { CRITERIA, type CriterionId } from "../../../core/types";
import type { PromptRetention } from "../../config";
import type { Principal } from "../../auth/roles";
import { ApiProblem } from "../../errors";
import { addAttemptToResults } from "../../results/rollups";
import type { AttemptRow, NewAttempt } from "../../store/schema";
import { findExercise } from "../../tenants/exercises";
import { getLearnerState, saveLearnerState } from "../../tenants/learners";
import { lockUser } from "../../tenants/users";
import { attemptStatement } from "../../xapi/statement";
import { officialScore, type ScoringMethod } from "../../judge/official";
import { getTenantSettings } from "../../tenants/settings";

export type ValidSubmission = z.output<typeof AttemptSubmissionSchema>;

export interface Recorded {
  /** true when this request stored the attempt; false for a replay of the same body. */
  created: boolean;
  result: AttemptResult;
}

const MAX_DURATION_MS = 24 * 3600 * 1000;

/**
 * Records one attempt exactly once. The server scores the prompt; the same id with the same body
 * returns the stored result (whichever instance stored it); the same id with another body, or by
 * another user, is a 409. Mastery, the attempt and its xAPI statement commit together.
 */
export async function recordAttempt(
  app: FastifyInstance,
  me: Principal,
  submission: ValidSubmission,
): Promise<Recorded> {
  const db = app.store.db;
  const hash = requestHash(submission);

  const existing = await findAttempt(app, me.tenantId, submission.id);
  if (existing) return replay(app, existing, me, hash, submission);

  const exercise = await findExercise(app, me.tenantId, submission.exerciseId);
  if (!exercise)
    throw new ApiProblem(422, "unknown_exercise", `No exercise "${submission.exerciseId}" in this tenant`);
  const { scored, scoring } = await officialScore({
    prompt: submission.prompt,
    exercise,
    deterministic: scoreSubmission(submission, exercise),
    llm: app.config.llm,
    judgeEnabled: app.config.llmJudge,
    privacyPolicy: () => getTenantSettings(db, me.tenantId).then((s) => s.privacyPolicy),
    log: app.log,
  });
  const now = new Date().toISOString();

  const outcome = await db.transaction().execute(async (trx) => {
    await lockUser(trx, me, app.store.dialect);

    const learner = advanceLearner(
      await getLearnerState(trx, me.tenantId, me.userId),
      criterionScores(scored),
      exercise,
    );
    const result = presentResult(submission, exercise, scored, learner, scoring);
    const row = attemptRow(me, submission, exercise, scored, result, hash, app.config.retainPrompts, now);
    const inserted = await trx
      .insertInto("attempts")
      .values(row)
      .onConflict((oc) => oc.columns(["tenant_id", "id"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
      // Another request (maybe on another instance) stored this id since the check above.
      return { raced: await findAttempt(app, me.tenantId, submission.id, trx) };
    }
    await saveLearnerState(trx, me.tenantId, me.userId, learner);
    await addAttemptToResults(trx, me.tenantId, row);
    const statement = attemptStatement({
      baseIri: app.config.publicUrl ?? `https://localhost:${app.config.port}`,
      tenantId: me.tenantId,
      userId: me.userId,
      attemptId: submission.id,
      exerciseId: exercise.id,
      exerciseVersion: exercise.version,
      exerciseTitle: exercise.title,
      host: submission.host,
      lang: scored.lang,
      score: scored.score,
      passed: scored.passed,
      durationMs: row.duration_ms,
      submittedAt: submission.submittedAt,
    });
    await trx
      .insertInto("xapi_outbox")
      .values({
        tenant_id: me.tenantId,
        statement_id: statement.id,
        attempt_id: submission.id,
        user_id: me.userId,
        statement: JSON.stringify(statement),
        created_at: now,
        sent_at: null,
        tries: 0,
        next_try_at: null,
        last_error: null,
      })
      .execute();
    return { result };
  });

  if ("result" in outcome && outcome.result) return { created: true, result: outcome.result };
  if (outcome.raced) return replay(app, outcome.raced, me, hash, submission);
  throw new Error("attempt neither stored nor found");
}

async function findAttempt(
  app: FastifyInstance,
  tenantId: string,
  id: string,
  db = app.store.db,
): Promise<AttemptRow | undefined> {
  return db
    .selectFrom("attempts")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The stored result again; prompt-derived parts (evidence text, fix) are recomputed from the replayed prompt. */
async function replay(
  app: FastifyInstance,
  row: AttemptRow,
  me: Principal,
  hash: string,
  submission: ValidSubmission,
): Promise<Recorded> {
  if (row.user_id !== me.userId || row.request_hash !== hash) {
    throw new ApiProblem(
      409,
      "attempt_conflict",
      "This attempt id was already used with a different submission",
    );
  }
  const stored = JSON.parse(row.result) as AttemptResult;
  const criteria = Object.fromEntries(
    Object.entries(stored.criteria).map(([c, r]) => [
      c,
      {
        ...r,
        evidence: r.evidence.map((e) => ({
          start: e.start,
          end: e.end,
          text: submission.prompt.slice(e.start, e.end),
        })),
      },
    ]),
  ) as AttemptResult["criteria"];
  let fix = stored.feedback.fix;
  if (fix === null) {
    const exercise = await findExercise(app, me.tenantId, row.exercise_id);
    fix = scorePrompt(submission.prompt, {
      lang: stored.lang,
      ...(exercise ? { exercise } : {}),
      ...(submission.features ? { context: submission.features } : {}),
    }).fix;
  }
  return { created: false, result: { ...stored, criteria, feedback: { ...stored.feedback, fix } } };
}

function scoreSubmission(submission: ValidSubmission, exercise: Exercise): PromptScore {
  return scorePrompt(submission.prompt, {
    exercise,
    ...(submission.lang ? { lang: submission.lang } : {}),
    ...(submission.features ? { context: submission.features } : {}),
  });
}

function criterionScores(scored: PromptScore): Record<CriterionId, number> {
  return Object.fromEntries(CRITERIA.map((c) => [c, scored.criteria[c].score])) as Record<
    CriterionId,
    number
  >;
}

function presentResult(
  submission: ValidSubmission,
  exercise: Exercise,
  scored: PromptScore,
  learner: ReturnType<typeof advanceLearner>,
  scoring: ScoringMethod,
): AttemptResult {
  const feedback: AttemptFeedback = {
    strengths: scored.strengths,
    improvement: scored.improvement,
    fix: scored.fix,
    flags: scored.flags,
    outputChecks:
      submission.output !== undefined
        ? checkOutput(submission.output, exercise).checks.map((c) => ({
            type: c.check.type,
            passed: c.passed,
            detail: c.detail,
          }))
        : [],
  };
  return {
    id: submission.id,
    exerciseId: exercise.id,
    exerciseVersion: exercise.version,
    score: scored.score,
    level: scored.level,
    lang: scored.lang,
    passed: scored.passed,
    criteria: Object.fromEntries(
      CRITERIA.map((c) => {
        const r = scored.criteria[c];
        return [
          c,
          {
            score: r.score,
            weight: r.weight,
            tip: r.tip,
            evidence: r.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
          },
        ];
      }),
    ) as AttemptResult["criteria"],
    feedback,
    mastery: learner.mastery,
    learnerLevel: learner.level,
    submittedAt: submission.submittedAt,
    scoring,
  };
}

/** The prompt (and the model's answer) as the tenant's retention policy allows. */
export function retained(text: string | undefined, policy: PromptRetention): string | null {
  if (text === undefined || policy === "none") return null;
  if (policy === "full") return text;
  return redact(text, detectPersonalData(text));
}

/** What is stored of the result: nothing quoted from the prompt unless prompts are kept in full. */
function storableResult(result: AttemptResult, policy: PromptRetention): AttemptResult {
  if (policy === "full") return result;
  return {
    ...result,
    criteria: Object.fromEntries(
      Object.entries(result.criteria).map(([c, r]) => [
        c,
        { ...r, evidence: r.evidence.map(({ start, end }) => ({ start, end })) },
      ]),
    ) as AttemptResult["criteria"],
    feedback: { ...result.feedback, fix: null },
  };
}

function attemptRow(
  me: Principal,
  submission: ValidSubmission,
  exercise: Exercise,
  scored: PromptScore,
  result: AttemptResult,
  hash: string,
  policy: PromptRetention,
  now: string,
): NewAttempt {
  const duration = Date.parse(submission.submittedAt) - Date.parse(submission.startedAt);
  const c = scored.criteria;
  return {
    tenant_id: me.tenantId,
    id: submission.id,
    user_id: me.userId,
    exercise_id: exercise.id,
    exercise_version: exercise.version,
    host: submission.host,
    lang: scored.lang,
    score: scored.score,
    level: scored.level,
    c_goal: c.goal.score,
    c_context: c.context.score,
    c_source: c.source.score,
    c_expectations: c.expectations.score,
    c_audience: c.audience.score,
    c_constraints: c.constraints.score,
    c_clarity: c.clarity.score,
    c_safety: c.safety.score,
    passed: scored.passed ? 1 : 0,
    features: JSON.stringify({
      mode: submission.mode ?? submission.features?.mode ?? null,
      context: submission.features ?? null,
      prompt: {
        chars: submission.prompt.length,
        words: submission.prompt.split(/\s+/).filter(Boolean).length,
      },
      flags: scored.flags,
      outputChecks: result.feedback.outputChecks.map((o) => ({ type: o.type, passed: o.passed })),
    }),
    prompt: retained(submission.prompt, policy),
    prompt_retention: policy,
    output: retained(submission.output, policy),
    started_at: new Date(submission.startedAt).toISOString(),
    submitted_at: new Date(submission.submittedAt).toISOString(),
    duration_ms: Math.min(MAX_DURATION_MS, Math.max(0, duration)),
    minutes_saved: submission.selfReport?.minutesSaved ?? null,
    usefulness: submission.selfReport?.usefulness ?? null,
    request_hash: hash,
    result: JSON.stringify(storableResult(result, policy)),
    created_at: now,
  };
}

/** SHA-256 of the validated body with keys sorted: the same submission always hashes the same. */
export function requestHash(submission: ValidSubmission): string {
  return createHash("sha256").update(canonicalJson(submission)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
