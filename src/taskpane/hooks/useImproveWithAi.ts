import { useCallback, useRef, useState } from "react";
import type { Exercise } from "../../core/catalog/schema";
import { MAX_PROMPT_CHARS } from "../../core/api/llm";
import type { Lang } from "../../core/types";
import { useServices } from "../state/services";

export type ImproveState =
  | { status: "idle" }
  | { status: "streaming"; text: string }
  | { status: "done"; text: string }
  | { status: "failed"; problem: unknown };

/** What the model is asked: improve the prompt for this exercise, keep its request, answer with the prompt only. */
export function improvementRequest(
  prompt: string,
  exercise: Pick<Exercise, "title" | "task">,
  lang: Lang,
): string {
  const head =
    lang === "fr"
      ? `Améliore le prompt ci-dessous pour cette tâche : « ${exercise.task.fr} ». Garde sa demande et sa langue ; ajoute ce qui manque (contexte, source, format, public et ton, contraintes) avec des mots concrets ; ne modifie pas le texte collé. Réponds uniquement par le prompt amélioré, sans commentaire.\n\nPrompt :\n`
      : `Improve the prompt below for this task: “${exercise.task.en}”. Keep its request and its language; add what is missing (context, source, format, audience and tone, constraints) in concrete words; do not change pasted text. Answer with the improved prompt only, no comment.\n\nPrompt:\n`;
  const room = MAX_PROMPT_CHARS - head.length - 8;
  return `${head}"""${prompt.slice(0, room)}"""`;
}

/** "Improve with AI": the learner's prompt rewritten by the tenant's model, through the gateway, streamed. */
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
        await api.chat(
          { exerciseId: exercise.id, lang, prompt: improvementRequest(prompt, exercise, lang) },
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
