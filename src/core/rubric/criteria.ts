import type { CriterionId, Level, Localized } from "../types";
import { CRITERION_LABELS } from "./labels";

export { CRITERION_LABELS, criterionLabel } from "./labels";

/**
 * The prompt rubric: eight criteria scored 0–3, weighted into 0–100.
 * `safety` has weight 0: it is a gate (personal identifiers cap the total), never a bonus.
 */
export interface RubricCriterion {
  id: CriterionId;
  label: Localized;
  /** What the criterion asks for, shown next to the score. */
  description: Localized;
  /** Default weight in the 0–100 total; an exercise multiplies it. */
  weight: number;
}

export const RUBRIC: Record<CriterionId, RubricCriterion> = {
  goal: {
    id: "goal",
    label: CRITERION_LABELS.goal,
    description: {
      fr: "Une action claire et le livrable attendu (rédiger un courriel, résumer en tableau…).",
      en: "A clear action and the expected deliverable (draft an email, summarise as a table…).",
    },
    weight: 3,
  },
  context: {
    id: "context",
    label: CRITERION_LABELS.context,
    description: {
      fr: "La situation et le but : pourquoi vous en avez besoin, pour quelle occasion.",
      en: "The situation and purpose: why you need it, for what occasion.",
    },
    weight: 2,
  },
  source: {
    id: "source",
    label: CRITERION_LABELS.source,
    description: {
      fr: "Le matériau à utiliser : « ce courriel », « le tableau sélectionné », un texte délimité.",
      en: "The material to use: “this email”, “the selected table”, delimited pasted text.",
    },
    weight: 2,
  },
  expectations: {
    id: "expectations",
    label: CRITERION_LABELS.expectations,
    description: {
      fr: "Le format, la longueur et la structure de la réponse.",
      en: "The format, length and structure of the answer.",
    },
    weight: 2,
  },
  audience: {
    id: "audience",
    label: CRITERION_LABELS.audience,
    description: {
      fr: "À qui s’adresse la réponse et sur quel ton.",
      en: "Who the answer is for and in what tone.",
    },
    weight: 1.5,
  },
  constraints: {
    id: "constraints",
    label: CRITERION_LABELS.constraints,
    description: {
      fr: "Ce qu’il faut faire ou éviter, et à quoi on reconnaît une bonne réponse.",
      en: "What to do or avoid, and how to recognise a good answer.",
    },
    weight: 1.5,
  },
  clarity: {
    id: "clarity",
    label: CRITERION_LABELS.clarity,
    description: {
      fr: "Une demande directe, structurée, sans remplissage ni formulation vague.",
      en: "A direct, structured request, without padding or vague wording.",
    },
    weight: 1.5,
  },
  safety: {
    id: "safety",
    label: CRITERION_LABELS.safety,
    description: {
      fr: "Aucun identifiant personnel (n° de sécurité sociale, IBAN, téléphone, courriel…) dans la consigne.",
      en: "No personal identifier (social security number, IBAN, phone, email…) in the prompt.",
    },
    weight: 0,
  },
};

/** Score at or above which an attempt can pass (with its required criteria at ≥ 2 and no identifier). */
export const PASS_SCORE = 60;

/** With personal identifiers in the prompt, the total never exceeds this. */
export const PERSONAL_DATA_CAP = 40;

/** Level bands on the 0–100 score. */
export function levelFor(score: number): Level {
  if (score >= 70) return "advanced";
  if (score >= 40) return "intermediate";
  return "beginner";
}
