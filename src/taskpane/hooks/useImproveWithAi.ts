import { useCallback, useRef, useState } from "react";
import { MAX_PROMPT_CHARS } from "../../core/api/llm";
import type { Exercise } from "../../core/catalog/schema";
import type { Lang } from "../../core/types";
import { useServices } from "../state/services";

export type ImproveState =
  | { status: "idle" }
  | { status: "streaming"; text: string }
  | { status: "done"; text: string }
  | { status: "failed"; problem: unknown };

/**
 * "Improve with AI": the learner's prompt rewritten by the tenant's model, through the gateway,
 * streamed. The API writes the instruction (`improvementRequest` in core) and counts the call against
 * its own daily allowance, so improving never uses up the Runs.
 */
export function useImproveWithAi(exercise: Exercise, lang: Lang) {
  const { api } = useServices();
  const [state, setState] = useState<ImproveState>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);

  const improve = useCallback(
    async (prompt: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      let text = "";
      setState({ status: "streaming", text });
      try {
        await api.improve(
          { exerciseId: exercise.id, lang, prompt: prompt.slice(0, MAX_PROMPT_CHARS) },
          {
            signal: controller.signal,
            onChunk: (chunk) => {
              text += chunk;
              setState({ status: "streaming", text });
            },
          },
        );
        setState({ status: "done", text: text.trim().replace(/^"""\s*|\s*"""$/g, "") });
      } catch (problem) {
        if (!controller.signal.aborted) setState({ status: "failed", problem });
      }
    },
    [api, exercise, lang],
  );

  return { state, improve, reset: () => setState({ status: "idle" }) };
}
