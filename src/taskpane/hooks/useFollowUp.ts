import { useCallback, useEffect, useRef, useState } from "react";
import { MAX_FOLLOW_UPS, MAX_HISTORY_ANSWER_CHARS, type ChatHistory } from "../../core/api/llm";
import type { PseudonymTable } from "../../core/privacy";
import type { Lang } from "../../core/types";
import type { ChatRequest } from "../api/types";
import { usePrivateRun } from "../privacy/usePrivateRun";

/** The Run a conversation follows: what was sent (before masking) and what the model answered. */
export interface FollowUpBase {
  /** Changes with each Run: a new Run starts a new conversation. */
  id: string;
  /** The Run's request as the learner wrote it (real values; masked again with `pseudonyms`). */
  request: ChatRequest;
  /** The answer as the model wrote it, placeholders and all. */
  modelAnswer: string;
  /** The Run's placeholders and real values, kept in the pane. */
  pseudonyms: PseudonymTable;
}

export type FollowUpStatus = "streaming" | "done" | "stopped" | "failed";

/** One follow-up turn: the learner's instruction and the model's new answer. */
export interface FollowUpTurn {
  instruction: string;
  /** The answer as shown, real values put back. */
  answer: string;
  /** The answer as the model wrote it: what the next turn sends back. */
  modelAnswer: string;
  status: FollowUpStatus;
  problem?: unknown;
}

/**
 * The earlier turns a follow-up sends: the exercise's given turn if any, the first prompt, the
 * model's answer, then each finished
 * follow-up and its answer, as the model wrote them (a stopped or failed turn is left out).
 */
export function historyOf(base: FollowUpBase, turns: readonly FollowUpTurn[]): ChatHistory {
  const history: ChatHistory = [
    // The exercise's given turn, when the Run itself followed one (skills iterate and verify).
    ...(base.request.history ?? []),
    { role: "user", content: base.request.prompt },
    { role: "assistant", content: base.modelAnswer.slice(0, MAX_HISTORY_ANSWER_CHARS) },
  ];
  for (const turn of turns) {
    if (turn.status !== "done" || !turn.modelAnswer.trim()) continue;
    history.push({ role: "user", content: turn.instruction });
    history.push({ role: "assistant", content: turn.modelAnswer.slice(0, MAX_HISTORY_ANSWER_CHARS) });
  }
  return history;
}

/**
 * Follow-up turns on one answer ("shorter", "more formal", the learner's own): each goes through the
 * same gateway as Run, masked with the first Run's pseudonyms so every person keeps their
 * placeholder, streams, can be stopped, and counts against the quota. At most `MAX_FOLLOW_UPS`.
 */
export function useFollowUp(base: FollowUpBase | null, lang: Lang, knownNames?: readonly string[]) {
  const privateRun = usePrivateRun();
  const [turns, setTurns] = useState<FollowUpTurn[]>([]);
  const abort = useRef<AbortController | null>(null);
  const baseId = base?.id;

  // A new Run (or none) starts over; a turn still streaming for the old one is stopped.
  useEffect(() => {
    setTurns([]);
    return () => abort.current?.abort();
  }, [baseId]);

  const streaming = turns.some((t) => t.status === "streaming");
  const asked = turns.filter((t) => t.status !== "failed").length;
  const remaining = Math.max(0, MAX_FOLLOW_UPS - asked);

  const ask = useCallback(
    async (instruction: string) => {
      const text = instruction.trim();
      if (!base || !text || streaming || remaining === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      const index = turns.length;
      const update = (change: (turn: FollowUpTurn) => FollowUpTurn) =>
        setTurns((list) => list.map((t, i) => (i === index ? change(t) : t)));
      const history = historyOf(base, turns);
      setTurns((list) => [...list, { instruction: text, answer: "", modelAnswer: "", status: "streaming" }]);
      try {
        await privateRun({ ...base.request, prompt: text, history }, lang, {
          signal: controller.signal,
          knownNames,
          pseudonyms: base.pseudonyms,
          onChunk: (chunk) => update((t) => ({ ...t, answer: t.answer + chunk })),
          onModelText: (chunk) => update((t) => ({ ...t, modelAnswer: t.modelAnswer + chunk })),
        });
        update((t) => ({ ...t, status: "done" }));
      } catch (problem) {
        if (controller.signal.aborted) update((t) => ({ ...t, status: "stopped" }));
        else update((t) => ({ ...t, status: "failed", problem }));
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [base, turns, streaming, remaining, privateRun, lang, knownNames],
  );

  const stop = useCallback(() => abort.current?.abort(), []);

  return { turns, ask, stop, streaming, remaining };
}
