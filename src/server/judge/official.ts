import type { FastifyBaseLogger } from "fastify";
import type { Exercise } from "../../core/catalog/schema";
import { applyPrivacyPolicy, type PrivacyPolicy } from "../../core/privacy";
import { levelFor, PASS_SCORE } from "../../core/rubric";
import type { PromptScore } from "../../core/scorer";
import type { CriterionId } from "../../core/types";
import type { LlmConfig } from "../llm/config";
import { createOpenAIClient, outputCap } from "../llm/provider";
import type { UsageKey, UsageLedger } from "../llm/usage";
import { JudgeError, judgePrompt, type BlendedScore } from "./index";

/** How the official score was reached; returned with the attempt so the learner can see it. */
export interface ScoringMethod {
  method: "rubric" | "rubric+judge";
  deterministic: number;
  judge: number | null;
  bound: BlendedScore["bound"];
  /** Why the judge was not used, when a model is configured. */
  skipped?: "personal_data" | "judge_unavailable" | "judge_bad_response" | "judge_aborted" | "quota_exceeded";
}

export interface OfficialScore {
  scored: PromptScore;
  scoring: ScoringMethod;
}

/** A grading call never holds an attempt longer than this, whatever the gateway's timeout. */
const JUDGE_DEADLINE_MS = 20_000;
/** The grader answers a small JSON object (scores and a short reason each); room for reasoning models. */
const JUDGE_MAX_OUTPUT_TOKENS = 2000;

/**
 * The official score of a submitted prompt: the deterministic rubric, blended with an LLM judge when a
 * model is configured and the judge is enabled (`blendScores`: bounded, no uplift for text addressed
 * to the grader). The judge only sees prompts the tenant's privacy policy lets through, redacted as
 * the policy says; a judge failure falls back to the rubric alone.
 */
export async function officialScore(input: {
  prompt: string;
  exercise: Exercise;
  deterministic: PromptScore;
  llm: LlmConfig;
  judgeEnabled: boolean;
  /** The tenant's policy, read only when the judge will run. */
  privacyPolicy: () => Promise<PrivacyPolicy>;
  /**
   * The learner's daily token account: the judge runs only while tokens are left, and what it
   * used is added, as the chat's tokens are.
   */
  usage?: { ledger: UsageLedger; key: UsageKey; tokenLimit: () => Promise<number> };
  log?: FastifyBaseLogger;
}): Promise<OfficialScore> {
  const { deterministic, exercise } = input;
  const rubricOnly = (skipped?: ScoringMethod["skipped"]): OfficialScore => ({
    scored: deterministic,
    scoring: {
      method: "rubric",
      deterministic: deterministic.score,
      judge: null,
      bound: "none",
      ...(skipped ? { skipped } : {}),
    },
  });
  if (!input.llm.configured || !input.judgeEnabled) return rubricOnly();

  const decision = applyPrivacyPolicy(input.prompt, await input.privacyPolicy(), {
    lang: deterministic.lang,
  });
  if (decision.action === "block") return rubricOnly("personal_data");
  const usage = input.usage;
  if (usage && (await usage.ledger.read(usage.key)).totalTokens >= (await usage.tokenLimit())) {
    return rubricOnly("quota_exceeded");
  }

  const { client, model } = createOpenAIClient(input.llm);
  try {
    const result = await judgePrompt({
      client,
      model,
      prompt: decision.redactedText,
      exercise,
      deterministic,
      // One deadline for the grading, retries and waits included: an attempt is never held longer.
      deadlineMs: Math.min(input.llm.timeoutMs, JUDGE_DEADLINE_MS),
      maxRetries: input.llm.maxRetries,
      outputCap: outputCap(input.llm, JUDGE_MAX_OUTPUT_TOKENS),
      // OpenAI-compatible servers (Ollama, vLLM…) do not all support strict JSON schemas.
      responseFormat: input.llm.provider === "compatible" ? "json_object" : "json_schema",
    });
    if (usage && result.usage) await usage.ledger.addTokens(usage.key, result.usage);
    const blended = result.blended;
    return {
      scored: {
        ...deterministic,
        score: blended.score,
        level: levelFor(blended.score),
        passed: passesWith(deterministic, exercise, blended.score),
      },
      scoring: {
        method: "rubric+judge",
        deterministic: deterministic.score,
        judge: blended.judge,
        bound: blended.bound,
      },
    };
  } catch (err) {
    if (!(err instanceof JudgeError)) throw err;
    input.log?.warn({ code: err.code }, "judge failed; the rubric score stands");
    return rubricOnly(err.code);
  }
}

/**
 * The scorer's pass rule on another score: no identifier (safety 0) nor harmful use, the task fits,
 * no word salad nor contradiction, required criteria ≥ 2, score ≥ PASS_SCORE.
 */
function passesWith(scored: PromptScore, exercise: Exercise, score: number): boolean {
  const required = new Set<CriterionId>(["goal", ...exercise.required]);
  return (
    scored.criteria.safety.score > 0 &&
    !scored.flags.harmfulUse &&
    !scored.flags.incoherent &&
    !scored.flags.contradictory &&
    (scored.taskFit?.passes ?? true) &&
    score >= PASS_SCORE &&
    [...required].every((c) => scored.criteria[c].score >= 2)
  );
}
