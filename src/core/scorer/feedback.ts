import { RUBRIC, STRENGTHS } from "../rubric";
import { criterionTip, EMPTY_PROMPT_TIP } from "../rubric/tips";
import { CRITERIA, type CriterionId, type Localized } from "../types";

export const STUFFING_TIP: Localized = {
  fr: "Une liste de mots-clés n'est pas une consigne : écrivez des phrases qui disent quoi produire, pour qui, à partir de quoi et sous quelle forme.",
  en: "A list of keywords is not a prompt: write sentences that say what to produce, for whom, from what material and in what form.",
};

export const BLOAT_TIP: Localized = {
  fr: "Retirez le remplissage (« fais de ton mieux », « c'est très important ») et remplacez-le par des précisions : format, public, contraintes.",
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
