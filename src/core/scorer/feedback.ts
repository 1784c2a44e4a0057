import { RUBRIC, STRENGTHS } from "../rubric";
import { criterionTip, EMPTY_PROMPT_TIP } from "../rubric/tips";
import { foldAccents } from "../text/normalize";
import { CRITERIA, type CriterionId, type Localized } from "../types";
import { materialStart } from "./fix";
import { FUNCTION_WORDS } from "./lexicon";
import { clauseOf } from "./spans";

export const STUFFING_TIP: Localized = {
  fr: "Une liste de mots-clés n’est pas une consigne : écrivez des phrases qui disent quoi produire, pour qui, à partir de quoi et sous quelle forme.",
  en: "A list of keywords is not a prompt: write sentences that say what to produce, for whom, from what material and in what form.",
};

export const BLOAT_TIP: Localized = {
  fr: "Retirez le remplissage (« fais de ton mieux », « c’est très important ») et remplacez-le par des précisions : format, public, contraintes.",
  en: "Cut the padding (“do your best”, “it is very important”) and replace it with specifics: format, audience, constraints.",
};

export interface FeedbackInput {
  scores: Record<CriterionId, number>;
  weights: Record<CriterionId, number>;
  required: readonly CriterionId[];
  targets: readonly CriterionId[];
  /** Quoted evidence for each criterion, to make praise concrete. */
  quotes: Record<CriterionId, string | undefined>;
  empty: boolean;
  keywordStuffing: boolean;
  bloated: boolean;
}

/** Up to three things done well: criteria at 3 first, then at 2, heavier criteria first. */
export function strengthsOf(input: FeedbackInput): Localized[] {
  return CRITERIA.filter((c) => c !== "safety" && (input.scores[c] ?? 0) >= 2)
    .sort((a, b) => input.scores[b] - input.scores[a] || input.weights[b] - input.weights[a])
    .slice(0, 3)
    .map((c) => {
      const quote = input.quotes[c];
      const label = RUBRIC[c].label;
      const base =
        input.scores[c] >= 3 ? STRENGTHS[c] : { fr: `${label.fr} : présent`, en: `${label.en}: present` };
      if (!quote) return base;
      return { fr: `${base.fr} « ${quote} »`, en: `${base.en} “${quote}”` };
    });
}

/**
 * The one improvement that matters most: personal data first (a gate), then a required criterion
 * below 2, then the criterion whose missing points weigh most (exercise targets break ties).
 */
export function improvementOf(input: FeedbackInput): { criterion: CriterionId; message: Localized } | null {
  const { scores, weights } = input;
  if (input.empty) return { criterion: "goal", message: EMPTY_PROMPT_TIP };
  if (scores.safety === 0) return { criterion: "safety", message: labelled("safety", 0) };
  if (input.keywordStuffing) return { criterion: "clarity", message: STUFFING_TIP };
  const missingRequired = input.required.filter((c) => c !== "safety" && scores[c] < 2);
  const pool =
    missingRequired.length > 0 ? missingRequired : CRITERIA.filter((c) => c !== "safety" && scores[c] < 3);
  if (input.bloated && missingRequired.length === 0) return { criterion: "clarity", message: BLOAT_TIP };
  let best: CriterionId | null = null;
  let bestGain = 0;
  for (const c of pool) {
    const gain = weights[c] * (3 - scores[c]) + (input.targets.includes(c) ? 0.5 : 0);
    if (gain > bestGain) {
      best = c;
      bestGain = gain;
    }
  }
  return best === null ? null : { criterion: best, message: labelled(best, scores[best]) };
}

function labelled(c: CriterionId, score: number): Localized {
  const tip = criterionTip(c, score);
  return { fr: `${RUBRIC[c].label.fr} — ${tip.fr}`, en: `${RUBRIC[c].label.en} — ${tip.en}` };
}

/** Words that carry no request of their own: a quote made only of these says nothing about the prompt. */
const GLUE = new Set(
  (
    "a partir depuis selon afin sans sous chez apres avant entre vers puis aussi tres plus moins bien " +
    "espere merci bonjour cordialement svp please thanks hope using based from only just also very " +
    "fais faire peux pourrais could would can will shall est etre sera ai as avoir ne pas y"
  ).split(" "),
);

const MAX_QUOTE = 80;

/** A strength without its quote of the prompt, for storage that must hold no prompt text. */
export function unquotedStrength(strength: Localized): Localized {
  return {
    fr: strength.fr.replace(/ « [^»]*»$/, ""),
    en: strength.en.replace(/ “[^”]*”$/, ""),
  };
}

/**
 * A short quote of the learner's own request for each criterion, to make praise concrete: never from
 * pasted material (a quoted email, a table), widened to its clause when the evidence alone is a few
 * function words (« à partir du » → « à partir du compte rendu ci-dessous »), and left out when even
 * the clause says nothing.
 */
export function requestQuotes(
  prompt: string,
  criteria: Record<CriterionId, { evidence: readonly { start: number; end: number }[] }>,
): Record<CriterionId, string | undefined> {
  const limit = materialStart(prompt);
  const out = {} as Record<CriterionId, string | undefined>;
  for (const c of CRITERIA) {
    out[c] = undefined;
    if (c === "safety") continue;
    for (const e of criteria[c].evidence) {
      if (e.end > limit) continue;
      const quote = quoteAround(prompt, e, limit);
      if (quote) {
        out[c] = quote;
        break;
      }
    }
  }
  return out;
}

function quoteAround(
  prompt: string,
  span: { start: number; end: number },
  limit: number,
): string | undefined {
  const own = prompt.slice(span.start, span.end).trim();
  let quote = own;
  if (contentWords(own) < 2) {
    const clause = clauseOf(prompt, span);
    const start = clause.start;
    const end = Math.min(clause.end, limit);
    quote = prompt
      .slice(start, end)
      .replace(/^[\s,;]+/, "")
      .trim();
    if (quote.length > MAX_QUOTE) {
      // Keep the evidence and the words that follow it, cut at a word boundary.
      const from = Math.max(0, span.start - start);
      const cut = quote.slice(from, from + MAX_QUOTE);
      quote = cut.slice(0, Math.max(cut.lastIndexOf(" "), own.length)).trim();
    }
  }
  if (quote.length > MAX_QUOTE) quote = `${quote.slice(0, quote.lastIndexOf(" ", MAX_QUOTE)).trim()}…`;
  return contentWords(quote) >= 1 && quote.length >= 3 ? quote.replace(/[\s,;:]+$/, "") : undefined;
}

function contentWords(text: string): number {
  const tokens = foldAccents(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
  return tokens.filter((t) => t.length >= 3 && !FUNCTION_WORDS.has(t) && !GLUE.has(t)).length;
}
