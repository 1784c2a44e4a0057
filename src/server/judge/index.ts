import type OpenAI from "openai";
import { APIUserAbortError } from "openai";
import type { ChatUsage } from "../../core/api/llm";
import { DeadlineExceeded, startDeadline, withRetries } from "../llm/deadline";
import type { Exercise } from "../../core/catalog/schema";
import { PERSONAL_DATA_CAP } from "../../core/rubric";
import { criterionWeights, type PromptScore, weightedTotal } from "../../core/scorer";
import type { CriterionId } from "../../core/types";
import { judgeSystemPrompt, judgeUserMessage } from "./rubric-prompt";
import { JUDGE_JSON_SCHEMA, JUDGED_CRITERIA, JudgeOutputSchema, type JudgedCriterion } from "./schema";

export { JUDGED_CRITERIA, JudgeOutputSchema, type JudgedCriterion } from "./schema";

/** The judge may raise the deterministic score by at most this many points… */
export const JUDGE_MAX_UPLIFT = 10;
/** …and lower it by at most this many (an erratic model cannot sink a good prompt)… */
export const JUDGE_MAX_DROP = 20;
/** …except that a prompt the judge finds off-task, incoherent or harmful is capped here (never raised). */
export const JUDGE_FLAG_CAP = 40;
/** Judge and rubric further apart than this are recorded on the attempt for calibration. */
export const JUDGE_DISAGREEMENT = 20;

export type JudgeErrorCode = "judge_unavailable" | "judge_bad_response" | "judge_aborted";

/** A judge failure with a stable code; callers fall back to the deterministic score. */
export class JudgeError extends Error {
  override name = "JudgeError";
  constructor(
    readonly code: JudgeErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }
}

export interface JudgeVerdict {
  model: string;
  /** The model's 0–3 per judged criterion. */
  criteria: Record<JudgedCriterion, number>;
  reasons: Record<JudgedCriterion, string>;
  /** 0–100, recomputed in code from `criteria` with the exercise's weights (the model never gives a total). */
  score: number;
  /** The model saw text addressed to the grader. */
  addressesGrader: boolean;
  offTask: boolean;
  incoherent: boolean;
  harmful: boolean;
}

export interface BlendedScore {
  /** 0–100, integer: the official score. */
  score: number;
  deterministic: number;
  judge: number | null;
  /** blended − deterministic (negative when the judge lowered it). */
  adjustment: number;
  /** Which bound applied, if any. */
  bound: "none" | "uplift_cap" | "drop_cap" | "grader_addressed" | "personal_data_cap" | "judge_flagged";
}

export interface JudgeResult extends JudgeVerdict {
  blended: BlendedScore;
  /** Tokens the grading call used, as the provider reported them. */
  usage?: ChatUsage;
}

export interface JudgeOptions {
  client: OpenAI;
  model: string;
  prompt: string;
  exercise?: Exercise;
  deterministic: PromptScore;
  signal?: AbortSignal;
  /**
   * One deadline for the whole grading call — tries, backoff and `Retry-After` waits included —
   * and how many retries fit in it (none by default).
   */
  deadlineMs?: number;
  maxRetries?: number;
  /** Most tokens the grader may write, in the provider's terms (see `outputCap`). */
  outputCap?: { max_tokens?: number; max_completion_tokens?: number };
  /** `json_schema` (default) or `json_object` for OpenAI-compatible servers without structured outputs. */
  responseFormat?: "json_schema" | "json_object";
}

/**
 * Asks a model to grade the prompt against the rubric, validates its JSON with zod, recomputes the
 * total in code and blends it with the deterministic score (see `blendScores`).
 */
export async function judgePrompt(options: JudgeOptions): Promise<JudgeResult> {
  const { client, model, prompt, exercise, deterministic, signal } = options;
  const responseFormat =
    options.responseFormat === "json_object"
      ? ({ type: "json_object" } as const)
      : ({
          type: "json_schema",
          json_schema: { name: "rubric_scores", strict: true, schema: JUDGE_JSON_SCHEMA },
        } as const);

  let content: string | null | undefined;
  let usage: ChatUsage | undefined;
  const deadline = startDeadline(options.deadlineMs ?? 2_147_483_647, signal);
  try {
    const completion = await withRetries(deadline, options.maxRetries ?? 0, (attemptSignal, timeout) =>
      client.chat.completions.create(
        {
          model,
          temperature: 0,
          response_format: responseFormat,
          ...options.outputCap,
          messages: [
            { role: "system", content: judgeSystemPrompt() },
            { role: "user", content: judgeUserMessage(prompt, exercise) },
          ],
        },
        { signal: attemptSignal, timeout, maxRetries: 0 },
      ),
    );
    content = completion.choices[0]?.message?.content;
    if (completion.usage) {
      usage = {
        promptTokens: completion.usage.prompt_tokens ?? 0,
        completionTokens: completion.usage.completion_tokens ?? 0,
        totalTokens: completion.usage.total_tokens ?? 0,
      };
    }
  } catch (err) {
    if (err instanceof DeadlineExceeded) {
      throw new JudgeError("judge_unavailable", "the model could not grade the prompt in time", {
        cause: err,
      });
    }
    if (err instanceof APIUserAbortError || signal?.aborted) {
      throw new JudgeError("judge_aborted", "the grading request was cancelled", { cause: err });
    }
    const status = (err as { status?: number }).status;
    throw new JudgeError(
      "judge_unavailable",
      `the model could not grade the prompt${status ? ` (${status})` : ""}`,
      {
        cause: err,
      },
    );
  } finally {
    deadline.dispose();
  }

  const verdict = parseVerdict(content, model, exercise);
  return { ...verdict, blended: blendScores(deterministic, verdict), ...(usage ? { usage } : {}) };
}

function parseVerdict(content: string | null | undefined, model: string, exercise?: Exercise): JudgeVerdict {
  if (!content) throw new JudgeError("judge_bad_response", "the model returned no content");
  let json: unknown;
  try {
    // Some servers wrap JSON in a Markdown fence even in JSON mode.
    json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ""));
  } catch {
    throw new JudgeError("judge_bad_response", "the model's answer is not JSON");
  }
  const parsed = JudgeOutputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new JudgeError(
      "judge_bad_response",
      `the model's answer does not match the rubric schema (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`,
    );
  }
  const criteria = {} as Record<JudgedCriterion, number>;
  const reasons = {} as Record<JudgedCriterion, string>;
  for (const id of JUDGED_CRITERIA) {
    criteria[id] = parsed.data.criteria[id].score;
    reasons[id] = parsed.data.criteria[id].reason;
  }
  const scores: Record<CriterionId, number> = { ...criteria, safety: 3 };
  return {
    model,
    criteria,
    reasons,
    score: Math.round(weightedTotal(scores, criterionWeights(exercise))),
    addressesGrader: parsed.data.addressesGrader,
    offTask: parsed.data.offTask,
    incoherent: parsed.data.incoherent,
    harmful: parsed.data.harmful,
  };
}

/**
 * The official score when a judge is configured:
 *   blended = round((deterministic + judge) / 2), then bounded to
 *   [deterministic − JUDGE_MAX_DROP, deterministic + JUDGE_MAX_UPLIFT];
 *   when the prompt addresses the grader (flagged by the scorer or by the judge) the judge cannot raise it at all;
 *   when the judge finds it off-task, incoherent or harmful, it is capped at JUDGE_FLAG_CAP (never raised);
 *   personal identifiers keep the deterministic cap (PERSONAL_DATA_CAP).
 * Without a judge the deterministic score stands.
 */
export function blendScores(
  deterministic: PromptScore,
  judge:
    | (Pick<JudgeVerdict, "score" | "addressesGrader"> &
        Partial<Pick<JudgeVerdict, "offTask" | "incoherent" | "harmful">>)
    | null,
): BlendedScore {
  const base = deterministic.score;
  if (!judge) return { score: base, deterministic: base, judge: null, adjustment: 0, bound: "none" };
  let score = Math.round((base + judge.score) / 2);
  let bound: BlendedScore["bound"] = "none";
  const graderAddressed = deterministic.flags.addressesGrader || judge.addressesGrader;
  const ceiling = graderAddressed ? base : base + JUDGE_MAX_UPLIFT;
  if (score > ceiling) {
    score = ceiling;
    bound = graderAddressed ? "grader_addressed" : "uplift_cap";
  }
  if (score < base - JUDGE_MAX_DROP) {
    score = base - JUDGE_MAX_DROP;
    bound = "drop_cap";
  }
  // The judge read the prompt as off-task, incoherent or harmful: it may cap it, beyond the drop bound.
  if ((judge.offTask || judge.incoherent || judge.harmful) && score > Math.min(base, JUDGE_FLAG_CAP)) {
    score = Math.min(base, JUDGE_FLAG_CAP);
    bound = "judge_flagged";
  }
  if (deterministic.criteria.safety.score === 0 && score > PERSONAL_DATA_CAP) {
    score = PERSONAL_DATA_CAP;
    bound = "personal_data_cap";
  }
  score = Math.max(0, Math.min(100, score));
  return { score, deterministic: base, judge: judge.score, adjustment: score - base, bound };
}
