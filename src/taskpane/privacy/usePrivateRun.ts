import { useCallback } from "react";
import {
  createAnswerRestorer,
  type BlockedFieldFinding,
  type PersonalDataType,
  type PseudonymTable,
  type RequestScreening,
} from "../../core/privacy";
import type { Lang } from "../../core/types";
import type { ApiClient } from "../api/client";
import { ApiProblem, type ProblemSpan } from "../api/problem";
import type { ChatRequest } from "../api/types";
import { useServices } from "../state/services";
import { protectRequest, summarizeMasking, type MaskingSummary } from "./protect";
import { fetchPrivacyPolicy } from "./usePrivacyPolicy";

/**
 * A Run the tenant's policy stops before anything is sent: what, in which text, and the original
 * texts so the pane can show the passage. Never sent anywhere.
 */
export class PrivacyBlocked extends Error {
  readonly blocked: BlockedFieldFinding[];
  /** By field; an earlier turn of a follow-up as `history.<turn>`. */
  readonly texts: Partial<Record<string, string>>;
  constructor(blocked: BlockedFieldFinding[], texts: PrivacyBlocked["texts"]) {
    super("personal data blocked by the tenant's policy");
    this.name = "PrivacyBlocked";
    this.blocked = blocked;
    this.texts = texts;
  }
}

export interface PrivateRunResult {
  masking: MaskingSummary;
  /** The answer as the model wrote it, placeholders and all: what is submitted with the attempt. */
  modelAnswer: string;
  /** This Run's placeholders and real values, for a follow-up on the answer (never sent). */
  pseudonyms: PseudonymTable;
}

export interface PrivateRunCallbacks {
  /** Answer text with the real values put back, as it arrives. */
  onChunk: (text: string) => void;
  /** What is masked in the request about to be sent (before the first chunk). */
  onMasked?: (masking: MaskingSummary) => void;
  /** The same text as the model wrote it, placeholders and all (what an attempt may carry). */
  onModelText?: (text: string) => void;
  signal?: AbortSignal;
  /** People the open item names (Outlook sender and recipients). */
  knownNames?: readonly string[];
  /** A follow-up: the placeholders of the Run it follows, so each person keeps theirs. */
  pseudonyms?: PseudonymTable;
}

/**
 * Runs a prompt with the tenant's privacy policy applied in the pane: fetches the policy, masks the
 * request (pseudonyms kept here only, for this Run), streams the answer with the real values put
 * back, and forgets the pseudonyms. When the API refuses a value as unmasked — the policy changed
 * since, or the API read something the pane did not — the pane asks for the policy again, masks
 * what the API pointed at too, and tries once more.
 */
export async function runPrivately(
  api: ApiClient,
  request: ChatRequest,
  lang: Lang,
  callbacks: PrivateRunCallbacks,
): Promise<PrivateRunResult> {
  const protect = async () => {
    const result = protectRequest(
      request,
      await fetchPrivacyPolicy(api),
      lang,
      callbacks.knownNames,
      callbacks.pseudonyms,
    );
    if (result.screening.blocked.length > 0) {
      throw new PrivacyBlocked(result.screening.blocked, textsOf(request));
    }
    return result;
  };
  let { request: masked, screening } = await protect();
  for (let attempt = 0; ; attempt++) {
    const restorer = createAnswerRestorer(screening.pseudonyms);
    let modelAnswer = "";
    callbacks.onMasked?.(summarizeMasking(screening));
    try {
      await api.chat(masked, {
        signal: callbacks.signal,
        onChunk: (text) => {
          modelAnswer += text;
          callbacks.onModelText?.(text);
          const shown = restorer.push(text);
          if (shown) callbacks.onChunk(shown);
        },
      });
      return { masking: summarizeMasking(screening), modelAnswer, pseudonyms: screening.pseudonyms };
    } catch (err) {
      if (!(err instanceof ApiProblem && err.code === "personal_data_unmasked") || attempt > 0) {
        throw explainRefusal(err, masked);
      }
      const before = masked;
      ({ request: masked, screening } = await protect());
      if (sameTexts(before, masked)) masked = maskPositions(masked, err.positions, screening);
    } finally {
      const rest = restorer.end();
      if (rest) callbacks.onChunk(rest);
    }
  }
}

/**
 * The API's privacy refusal as the pane explains it: what and where, in the texts as they were sent.
 * A refusal about the learner's prompt alone stays a problem the prompt editor highlights.
 */
function explainRefusal(err: unknown, sent: ChatRequest): unknown {
  if (!(err instanceof ApiProblem)) return err;
  if (err.code !== "personal_data_blocked" && err.code !== "personal_data_unmasked") return err;
  if (
    err.code === "personal_data_blocked" &&
    err.positions.every((p) => (p.field ?? "prompt") === "prompt")
  ) {
    return err;
  }
  const blocked = err.positions.map((p) => ({
    field: (p.field ?? "prompt") as BlockedFieldFinding["field"],
    ...(p.turn !== undefined ? { turn: p.turn } : {}),
    type: p.type as PersonalDataType,
    start: p.start,
    end: p.end,
    rule: (p.rule ?? "type_policy") as BlockedFieldFinding["rule"],
  }));
  return new PrivacyBlocked(blocked, textsOf(sent));
}

/** The texts of a request by where a refusal points: field, or `history.<turn>`. */
function textsOf(request: ChatRequest): PrivacyBlocked["texts"] {
  const texts: PrivacyBlocked["texts"] = {
    prompt: request.prompt,
    context: request.context?.text,
    title: request.context?.title,
    kind: request.context?.kind,
  };
  request.history?.forEach((turn, i) => (texts[`history.${i}`] = turn.content));
  return texts;
}

function sameTexts(a: ChatRequest, b: ChatRequest): boolean {
  return (
    a.prompt === b.prompt &&
    a.context?.text === b.context?.text &&
    a.context?.title === b.context?.title &&
    (a.history ?? []).every((turn, i) => turn.content === b.history?.[i]?.content)
  );
}

/** Pseudonymises the spans the API pointed at in the texts it was sent, with this Run's table. */
function maskPositions(
  request: ChatRequest,
  positions: readonly ProblemSpan[],
  screening: RequestScreening,
): ChatRequest {
  const mask = (field: string, text: string, turn?: number): string => {
    const items = positions
      .filter((p) => p.field === field && p.turn === turn && p.end <= text.length && p.start < p.end)
      .map((p) => ({
        finding: { type: p.type as PersonalDataType, start: p.start, end: p.end },
        pseudonymise: true,
      }));
    return items.length > 0 ? screening.pseudonyms.mask(text, items) : text;
  };
  return {
    ...request,
    prompt: mask("prompt", request.prompt),
    ...(request.context
      ? {
          context: {
            ...request.context,
            text: mask("context", request.context.text),
            ...(request.context.title !== undefined ? { title: mask("title", request.context.title) } : {}),
          },
        }
      : {}),
    ...(request.history
      ? {
          history: request.history.map((turn, i) => ({
            ...turn,
            content: mask("history", turn.content, i),
          })),
        }
      : {}),
  };
}

/** `runPrivately` with the pane's API client. */
export function usePrivateRun() {
  const { api } = useServices();
  return useCallback(
    (request: ChatRequest, lang: Lang, callbacks: PrivateRunCallbacks) =>
      runPrivately(api, request, lang, callbacks),
    [api],
  );
}
