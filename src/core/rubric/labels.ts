import type { CriterionId, Lang, Localized } from "../types";

/**
 * Criterion labels in both languages, in display order of CRITERIA: their one home, which the rubric
 * (./criteria.ts) names its criteria with, so the meter, the feedback, the suggestion and the results
 * sheets name a criterion with the same word. Apart from the rubric so the first screen (the suggestion's
 * reason) ships the labels without the descriptions.
 */
export const CRITERION_LABELS: Record<CriterionId, Localized> = {
  goal: { fr: "Objectif", en: "Goal" },
  context: { fr: "Contexte", en: "Context" },
  source: { fr: "Source", en: "Source" },
  expectations: { fr: "Attentes", en: "Expectations" },
  audience: { fr: "Public et ton", en: "Audience & tone" },
  constraints: { fr: "Contraintes", en: "Constraints" },
  clarity: { fr: "Clarté", en: "Clarity" },
  safety: { fr: "Données", en: "Data safety" },
};

/** A criterion's name in one language. */
export function criterionLabel(criterion: CriterionId, lang: Lang): string {
  return CRITERION_LABELS[criterion][lang];
}
