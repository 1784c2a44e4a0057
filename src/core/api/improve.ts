import { z } from "zod";
import type { Exercise } from "../catalog/schema";
import { LangSchema } from "../catalog/schema";
import type { Lang } from "../types";
import { MAX_PROMPT_CHARS } from "./llm";

/**
 * `POST /api/v1/llm/improve` ("Improve with AI"): the learner's prompt, rewritten by the tenant's
 * model for the exercise. The API writes the instruction itself, so the call can only improve a
 * prompt; it counts against its own daily allowance (`dailyImproveQuota`), not the Runs. Answered as
 * Server-Sent Events, like `/llm/chat`.
 */
export const ImproveRequestSchema = z.object({
  exerciseId: z.string().trim().min(1).max(64),
  /** The learner's prompt, as submitted. */
  prompt: z.string().trim().min(1).max(MAX_PROMPT_CHARS),
  lang: LangSchema.optional(),
});
export type ImproveRequestBody = z.infer<typeof ImproveRequestSchema>;

/** What the model is asked: improve the prompt for this exercise, keep its request, answer with the prompt only. */
export function improvementRequest(prompt: string, exercise: Pick<Exercise, "task">, lang: Lang): string {
  const head =
    lang === "fr"
      ? `Améliore le prompt ci-dessous pour cette tâche : « ${exercise.task.fr} ». Garde sa demande et sa langue ; ajoute ce qui manque (contexte, source, format, public et ton, contraintes) avec des mots concrets ; ne modifie pas le texte collé. Réponds uniquement par le prompt amélioré, sans commentaire.\n\nPrompt :\n`
      : `Improve the prompt below for this task: “${exercise.task.en}”. Keep its request and its language; add what is missing (context, source, format, audience and tone, constraints) in concrete words; do not change pasted text. Answer with the improved prompt only, no comment.\n\nPrompt:\n`;
  const room = MAX_PROMPT_CHARS - head.length - 8;
  return `${head}"""${prompt.slice(0, room)}"""`;
}
