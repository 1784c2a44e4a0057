import type { Exercise } from "../../../core/catalog/schema";
import { detectPersonalData, redact } from "../../../core/privacy";
import type { PromptScore } from "../../../core/scorer";
import type { AttemptResult } from "../../../core/api/attempts";
import type { PromptRetention } from "../../config";
import type { Principal } from "../../auth/roles";
import type { NewAttempt } from "../../store/schema";
import { JUDGE_DISAGREEMENT } from "../../judge";
import { storableResult } from "./presenters";
import type { ValidSubmission } from "./record";

const MAX_DURATION_MS = 24 * 3600 * 1000;

/** The prompt (and the model's answer) as the tenant's retention policy allows. */
export function retained(text: string | undefined, policy: PromptRetention): string | null {
  if (text === undefined || policy === "none") return null;
  if (policy === "full") return text;
  return redact(text, detectPersonalData(text));
}

/** Both scores when judge and rubric are more than JUDGE_DISAGREEMENT points apart; numbers only. */
function disagreement(scoring: AttemptResult["scoring"]): {
  rubric_score: number | null;
  judge_score: number | null;
} {
  const judge = scoring?.judge;
  if (scoring === undefined || judge === null || judge === undefined)
    return { rubric_score: null, judge_score: null };
  return Math.abs(judge - scoring.deterministic) > JUDGE_DISAGREEMENT
    ? { rubric_score: scoring.deterministic, judge_score: Math.round(judge) }
    : { rubric_score: null, judge_score: null };
}

/** The attempts row of a scored submission: scores, features, what retention keeps of the texts. */
export function attemptRow(
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
    ...disagreement(result.scoring),
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
