import type { Exercise } from "../catalog/schema";
import type { ContextFeatures, Lang, Localized } from "../types";

/**
 * Concrete words for the better version, taken from the exercise and the open context instead of
 * generic placeholders: what to work from, who reads the answer and in what tone, what form it takes.
 */
export interface TaskWords {
  /** "le courriel ouvert" / "the open email": the material the prompt should point at. */
  source: string | null;
  audience: { who: string; forWhom: string; tone: string } | null;
  /** "3 puces au plus, 90 mots au maximum". */
  form: string | null;
  /** "un résumé du courriel ouvert en trois puces au plus": what to ask for when the goal is missing. */
  deliverable: string | null;
}

export type FixExercise = Pick<Exercise, "task" | "brief" | "skill" | "checks" | "hosts">;

interface AudienceEntry {
  match: RegExp;
  who: Localized;
  forWhom: Localized;
  tone: Localized;
}

/** Readers named in exercise tasks, most specific first. Matched on the task in either language. */
const AUDIENCES: AudienceEntry[] = [
  {
    match: /comité de direction|executive committee/i,
    who: { fr: "le comité de direction", en: "the executive committee" },
    forWhom: { fr: "pour le comité de direction", en: "for the executive committee" },
    tone: { fr: "factuel et synthétique", en: "factual and concise" },
  },
  {
    match: /comité de pilotage|steering committee/i,
    who: { fr: "le comité de pilotage", en: "the steering committee" },
    forWhom: { fr: "pour le comité de pilotage", en: "for the steering committee" },
    tone: { fr: "factuel et chiffré", en: "factual, with figures" },
  },
  {
    match: /relation adhérents|member relations/i,
    who: { fr: "la direction de la relation adhérents", en: "the head of member relations" },
    forWhom: { fr: "pour la direction de la relation adhérents", en: "for the head of member relations" },
    tone: { fr: "factuel et synthétique", en: "factual and concise" },
  },
  {
    match: /\babsents?\b|who were absent/i,
    who: {
      fr: "les collègues absents de la réunion, qui connaissent les dossiers",
      en: "colleagues who missed the meeting and know the cases",
    },
    forWhom: {
      fr: "pour les collègues absents de la réunion",
      en: "for the colleagues who missed the meeting",
    },
    tone: { fr: "neutre et clair", en: "neutral and clear" },
  },
  {
    match: /conseillers|advisers|advisors/i,
    who: { fr: "les conseillers qui répondent aux adhérents", en: "the advisers who answer members" },
    forWhom: { fr: "pour les conseillers", en: "for the advisers" },
    tone: { fr: "simple et directement utilisable", en: "plain and ready to use" },
  },
  {
    match: /fournisseur|supplier/i,
    who: { fr: "le responsable de compte du fournisseur", en: "the supplier's account manager" },
    forWhom: { fr: "pour le fournisseur", en: "for the supplier" },
    tone: { fr: "ferme et courtois", en: "firm and courteous" },
  },
  {
    match: /partenaire|partner/i,
    who: { fr: "l’interlocuteur chez le partenaire", en: "our contact at the partner" },
    forWhom: { fr: "pour le partenaire", en: "for the partner" },
    tone: { fr: "cordial et professionnel", en: "warm and professional" },
  },
  {
    match: /votre responsable|your manager/i,
    who: { fr: "ma responsable d’équipe", en: "my team manager" },
    forWhom: { fr: "pour ma responsable d’équipe", en: "for my team manager" },
    tone: { fr: "direct et professionnel", en: "direct and professional" },
  },
  {
    match: /salariés|every employee|staff newsletter/i,
    who: {
      fr: "tous les salariés, y compris hors du métier",
      en: "every employee, including those outside the job",
    },
    forWhom: { fr: "pour la lettre interne", en: "for the staff newsletter" },
    tone: { fr: "clair et accrocheur", en: "clear and engaging" },
  },
  {
    match: /\bnotes\b|destinataires|recipients|lecteurs|readers/i,
    who: { fr: "les collègues de l’équipe", en: "the colleagues in the team" },
    forWhom: { fr: "pour les collègues de l’équipe", en: "for the colleagues in the team" },
    tone: { fr: "direct et cordial", en: "direct and friendly" },
  },
  {
    match: /adhérent|\bmembers?\b|réclamation|complaint/i,
    who: { fr: "un adhérent non spécialiste", en: "a member who is not a specialist" },
    forWhom: { fr: "pour l’adhérent", en: "for the member" },
    tone: { fr: "courtois et rassurant, sans jargon", en: "courteous and reassuring, without jargon" },
  },
];

const MEMBER = AUDIENCES[AUDIENCES.length - 1]!;

const RECIPIENT: AudienceEntry = {
  match: /$^/,
  who: { fr: "le destinataire de mon courriel", en: "the recipient of my email" },
  forWhom: { fr: "pour le destinataire de mon courriel", en: "for the recipient of my email" },
  tone: { fr: "cordial et professionnel", en: "warm and professional" },
};

/** What the open item is called in a prompt. */
function sourceFor(
  context: ContextFeatures | undefined,
  exercise: FixExercise | undefined,
): Localized | null {
  const host = context?.host ?? (exercise?.hosts.length === 1 ? exercise.hosts[0] : undefined);
  if (!host) return null;
  if (host === "excel")
    return context && !context.hasTable && context.wordCount > 0
      ? { fr: "la plage sélectionnée", en: "the selected range" }
      : { fr: "le tableau sélectionné", en: "the selected table" };
  if (host === "outlook") {
    if (context?.mode === "compose") return { fr: "mon brouillon de courriel", en: "my draft email" };
    if ((context?.threadDepth ?? 0) > 0)
      return { fr: "le fil de courriels ouvert", en: "the open email thread" };
    return { fr: "le courriel ouvert", en: "the open email" };
  }
  if (context?.isSelection) return { fr: "le texte sélectionné", en: "the selected text" };
  switch (context?.kind) {
    case "meeting_notes":
      return { fr: "le compte rendu ouvert", en: "the open meeting notes" };
    case "letter":
    case "member_request":
    case "complaint":
      return { fr: "le courrier ouvert", en: "the open letter" };
    case "report":
      return { fr: "le rapport ouvert", en: "the open report" };
    case "policy":
      return { fr: "la procédure ouverte", en: "the open procedure" };
    default:
      return { fr: "le document ouvert", en: "the open document" };
  }
}

/** A summary or an analysis the learner asked for their own work is read by the learner. */
const MYSELF: AudienceEntry = {
  match: /$^/,
  who: { fr: "moi, pour traiter ce dossier", en: "me, to handle this case" },
  forWhom: { fr: "pour traiter ce dossier moi-même", en: "to handle this case myself" },
  tone: { fr: "factuel, sans formule de politesse", en: "factual, with no pleasantries" },
};

function audienceFor(
  context: ContextFeatures | undefined,
  exercise: FixExercise | undefined,
): AudienceEntry | null {
  if (exercise) {
    for (const text of [exercise.task.fr, exercise.task.en]) {
      const found = AUDIENCES.find((a) => a.match.test(text));
      if (found) return found;
    }
    if (exercise.skill === "summarise" || exercise.skill === "analyse") return MYSELF;
    if (exercise.skill === "transform" && context?.host === "excel") return null;
  }
  if (context?.kind === "member_request" || context?.kind === "complaint") return MEMBER;
  if (context?.host === "outlook" && context.mode === "compose") return RECIPIENT;
  return null;
}

const FORM_BY_SKILL: Record<Exercise["skill"], Localized> = {
  summarise: { fr: "5 puces au plus, une idée par puce", en: "at most 5 bullet points, one idea each" },
  draft: {
    fr: "un texte prêt à envoyer, 150 mots au maximum",
    en: "a text ready to send, 150 words at most",
  },
  analyse: { fr: "un tableau, une ligne par constat", en: "a table, one row per finding" },
  transform: { fr: "le résultat seul, sans introduction", en: "the result only, with no introduction" },
  iterate: {
    fr: "la réponse retouchée seule, sans commentaire",
    en: "the revised answer only, with no comment",
  },
  verify: {
    fr: "une ligne par chiffre ou date, avec « conforme » ou « absent de la source »",
    en: "one line per figure or date, marked “matches” or “not in the source”",
  },
};

function formFor(exercise: FixExercise | undefined, lang: Lang): string | null {
  if (!exercise) return null;
  const parts: string[] = [];
  for (const check of exercise.checks) {
    switch (check.type) {
      case "bullets":
        if (check.min && check.max)
          parts.push(
            lang === "fr"
              ? `de ${check.min} à ${check.max} puces`
              : `${check.min} to ${check.max} bullet points`,
          );
        else if (check.max)
          parts.push(lang === "fr" ? `${check.max} puces au plus` : `at most ${check.max} bullet points`);
        else parts.push(lang === "fr" ? "une liste à puces" : "a bulleted list");
        break;
      case "maxWords":
        parts.push(lang === "fr" ? `${check.value} mots au maximum` : `${check.value} words at most`);
        break;
      case "maxSentences":
        parts.push(lang === "fr" ? `${check.value} phrases au plus` : `at most ${check.value} sentences`);
        break;
      case "table":
        parts.push(lang === "fr" ? "un tableau" : "a table");
        break;
      default:
        break;
    }
  }
  return parts.length > 0 ? parts.join(", ") : FORM_BY_SKILL[exercise.skill][lang];
}

/** "Demandez un résumé du courriel ouvert en trois puces au plus, …" → "un résumé du courriel ouvert en trois puces au plus". */
function deliverableFor(exercise: FixExercise | undefined, lang: Lang): string | null {
  if (!exercise) return null;
  const task = exercise.task[lang];
  const pattern =
    lang === "fr"
      ? /\bdemande(?:z|r)?\s+(.+?)(?=\s*(?:[.:;(]|,\s|\s(?:en précisant|en donnant|avec|selon|destinée?s?)\s|$))/i
      : /\bask(?:ing|s)? for\s+(.+?)(?=\s*(?:[.:;(]|,\s|\s(?:stating|giving|with|against|including)\s|$))/i;
  const match = pattern.exec(task);
  const found = match?.[1]?.trim();
  // « la demande qui… », "the request that…": the noun, not the verb; what follows is no deliverable.
  const noun =
    match !== null && /\b(?:la|une|cette|votre|ta|the|a|this|your)\s+$/i.test(task.slice(0, match.index));
  if (noun || !found || /^(?:qui|que|dont|that|which|who)\b/i.test(found)) return null;
  return found.split(/\s+/).length >= 2 ? found : null;
}

export function taskWordsFor(
  lang: Lang,
  exercise: FixExercise | undefined,
  context: ContextFeatures | undefined,
): TaskWords {
  const source = sourceFor(context, exercise);
  const audience = audienceFor(context, exercise);
  return {
    source: source ? source[lang] : null,
    audience: audience
      ? { who: audience.who[lang], forWhom: audience.forWhom[lang], tone: audience.tone[lang] }
      : null,
    form: formFor(exercise, lang),
    deliverable: deliverableFor(exercise, lang),
  };
}
