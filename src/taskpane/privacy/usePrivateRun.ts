import { useCallback } from "react";
import { createAnswerRestorer, type BlockedFieldFinding } from "../../core/privacy";
import type { Lang } from "../../core/types";
import type { ApiClient } from "../api/client";
import { ApiProblem } from "../api/problem";
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
  readonly texts: Partial<Record<BlockedFieldFinding["field"], string>>;
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
}

export interface PrivateRunCallbacks {
  /** Answer text with the real values put back, as it arrives. */
  onChunk: (text: string) => void;
  signal?: AbortSignal;
  /** People the open item names (Outlook sender and recipients). */
  knownNames?: readonly string[];
}

/**
 * Runs a prompt with the tenant's privacy policy applied in the pane: fetches the policy, masks the
 * request (pseudonyms kept here only, for this Run), streams the answer with the real values put
 * back, and forgets the pseudonyms. A change of policy between the check and the call (the API
 * refuses an unmasked value) is met by asking for the policy again, once.
 */
export async function runPrivately(
  api: ApiClient,
  request: ChatRequest,
  lang: Lang,
  callbacks: PrivateRunCallbacks,
): Promise<PrivateRunResult> {
  for (let attempt = 0; ; attempt++) {
    const policy = await fetchPrivacyPolicy(api);
    const { request: masked, screening } = protectRequest(request, policy, lang, callbacks.knownNames);
    if (screening.blocked.length > 0) {
      throw new PrivacyBlocked(screening.blocked, {
        prompt: request.prompt,
        context: request.context?.text,
        title: request.context?.title,
        kind: request.context?.kind,
      });
    }
    const restorer = createAnswerRestorer(screening.pseudonyms);
    let modelAnswer = "";
    try {
      await api.chat(masked, {
        signal: callbacks.signal,
        onChunk: (text) => {
          modelAnswer += text;
          const shown = restorer.push(text);
          if (shown) callbacks.onChunk(shown);
        },
      });
      return { masking: summarizeMasking(screening), modelAnswer };
    } catch (err) {
      if (err instanceof ApiProblem && err.code === "personal_data_unmasked" && attempt === 0) continue;
      throw err;
    } finally {
      const rest = restorer.end();
      if (rest) callbacks.onChunk(rest);
    }
  }
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
