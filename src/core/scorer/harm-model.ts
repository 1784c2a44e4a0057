import model from "../../../content/scorer/harm-model.json";
import { foldAccents } from "../text/normalize";
import type { Span } from "./analyze";

/**
 * A second reading of the safety gate, learned from the labelled prompts: a logistic regression over the
 * prompt's words, word pairs and five-letter runs (accents folded), trained by
 * `scripts/build-harm-model.ts` on the harmful and ordinary prompts of `test/fixtures/scorer-quality`
 * (the newest held-out pair left out, so that its figure stays a first reading).
 *
 * The rules of harm.ts name the act, the people and the trait; they miss what an outsider words
 * differently (« qu'elle y réfléchisse à deux fois », "the healthy ones, the others don't need to hear about
 * it"). The model reads the whole prompt's tone instead. It only adds fails: a prompt the rules fail stays
 * failed, and the threshold was chosen, on sets left out in turn, where about one ordinary prompt in fifty
 * fails.
 */
export interface HarmModel {
  version: number;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const MODEL = model as HarmModel;

/** The features of one text: "u:word", "b:word_word", "c:run5" on the folded text, each once. */
export function harmFeatures(text: string): string[] {
  const words =
    foldAccents(text)
      .replace(/[’']/g, " ")
      .match(/[a-z0-9]+/g) ?? [];
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]}_${words[i + 1]}`);
  }
  const joined = ` ${words.join(" ")} `;
  for (let i = 0; i + 5 <= joined.length; i++) features.add(`c:${joined.slice(i, i + 5)}`);
  return [...features];
}

/** The model's probability that `text` asks for a harmful use. */
export function harmProbability(text: string, harmModel: HarmModel = MODEL): number {
  let z = harmModel.bias;
  for (const feature of harmFeatures(text)) z += harmModel.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Sentences, as spans of `text` (no lookbehind: Office on Mac). */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length > 0)
      spans.push({ start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + body.length });
  }
  return spans;
}

/**
 * When the model reads `prompt` as harmful: the sentence it reads as most harmful (the evidence shown to
 * the learner), else null. Long prompts are read whole: a harmful request buried in the middle counts.
 */
export function learnedHarm(prompt: string, harmModel: HarmModel = MODEL): Span | null {
  if (harmProbability(prompt, harmModel) < harmModel.threshold) return null;
  let best: Span | null = null;
  let bestP = -1;
  for (const span of sentenceSpans(prompt)) {
    const p = harmProbability(prompt.slice(span.start, span.end), harmModel);
    if (p > bestP) {
      best = span;
      bestP = p;
    }
  }
  return best ?? { start: 0, end: prompt.length };
}
