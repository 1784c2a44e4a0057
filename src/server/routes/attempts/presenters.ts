import type { AttemptFeedback, AttemptResult } from "../../../core/api/attempts";
import type { Exercise } from "../../../core/catalog/schema";
import type { recordAttempt as advanceLearner } from "../../../core/learner/state";
import { checkOutput } from "../../../core/output";
import type { PromptScore } from "../../../core/scorer";
import { unquotedStrength } from "../../../core/scorer/feedback";
import { CRITERIA, type CriterionId } from "../../../core/types";
import type { PromptRetention } from "../../config";
import type { ScoringMethod } from "../../judge/official";
import type { ValidSubmission } from "./record";

// What leaves the server for a recorded attempt, and what of it is stored.

/** The learner model's input: each criterion's 0–3 score. */
export function criterionScores(scored: PromptScore): Record<CriterionId, number> {
  return Object.fromEntries(CRITERIA.map((c) => [c, scored.criteria[c].score])) as Record<
    CriterionId,
    number
  >;
}

export function presentResult(
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
    outputChecks: presentOutputChecks(submission.output, exercise),
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

/** The exercise's checks on the answer sent, each with its label, result and what was measured. */
export function presentOutputChecks(
  output: string | undefined,
  exercise: Pick<Exercise, "checks">,
): AttemptFeedback["outputChecks"] {
  if (output === undefined) return [];
  return checkOutput(output, exercise).checks.map((c) => ({
    type: c.check.type,
    label: c.label,
    passed: c.passed,
    detail: c.detail,
  }));
}

/** What is stored of the result: nothing quoted from the prompt unless prompts are kept in full. */
export function storableResult(result: AttemptResult, policy: PromptRetention): AttemptResult {
  if (policy === "full") return result;
  return {
    ...result,
    criteria: Object.fromEntries(
      Object.entries(result.criteria).map(([c, r]) => [
        c,
        { ...r, evidence: r.evidence.map(({ start, end }) => ({ start, end })) },
      ]),
    ) as AttemptResult["criteria"],
    // Strengths quote the prompt: stored without their quotes, given back in full on replay.
    feedback: { ...result.feedback, fix: null, strengths: result.feedback.strengths.map(unquotedStrength) },
  };
}
