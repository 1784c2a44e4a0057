import type { CriterionId, Localized } from "../types";

/** Coaching per criterion: what to add when it is missing, how to sharpen it when partial, praise when full. */
export const TIPS: Record<CriterionId, { missing: Localized; partial: Localized; done: Localized }> = {
  goal: {
    missing: {
      fr: "Commencez par une action et le livrable attendu : « Rédige un courriel… », « Résume en 5 puces… ».",
      en: "Start with an action and the deliverable you want: “Draft an email…”, “Summarise in 5 bullets…”.",
    },
    partial: {
      fr: "Précisez le livrable et son sujet : quoi produire, et à propos de quoi.",
      en: "Name the deliverable and its subject: what to produce, and about what.",
    },
    done: { fr: "L’action et le livrable sont clairs.", en: "The action and the deliverable are clear." },
  },
  context: {
    missing: {
      fr: "Donnez le contexte : la situation et le but (« pour préparer la réunion de jeudi », « l’adhérent attend son remboursement »).",
      en: "Give the context: the situation and the purpose (“to prepare Thursday’s meeting”, “the member is waiting for a refund”).",
    },
    partial: {
      fr: "Ajoutez le but ou l’occasion : pourquoi vous en avez besoin et ce qui se passe.",
      en: "Add the purpose or occasion: why you need it and what is going on.",
    },
    done: { fr: "La situation et le but sont posés.", en: "The situation and purpose are set." },
  },
  source: {
    missing: {
      fr: "Dites sur quoi s’appuyer : « ce courriel », « le tableau sélectionné », ou collez le texte entre balises <texte>…</texte>.",
      en: "Say what to work from: “this email”, “the selected table”, or paste the text between <text>…</text> tags.",
    },
    partial: {
      fr: "Rendez la source précise : quelle partie, quel fichier, quelle plage, ou délimitez le texte collé.",
      en: "Make the source precise: which part, which file, which range, or delimit the pasted text.",
    },
    done: { fr: "La source est claire et délimitée.", en: "The source is clear and delimited." },
  },
  expectations: {
    missing: {
      fr: "Décrivez la réponse attendue : format (puces, tableau), longueur (« moins de 150 mots »), structure.",
      en: "Describe the answer you expect: format (bullets, table), length (“under 150 words”), structure.",
    },
    partial: {
      fr: "Complétez les attentes : un format et une longueur chiffrée, ou les parties à inclure.",
      en: "Complete the expectations: a format and a length with a number, or the parts to include.",
    },
    done: { fr: "Le format et la longueur sont définis.", en: "Format and length are defined." },
  },
  audience: {
    missing: {
      fr: "Indiquez à qui s’adresse la réponse et le ton : « pour un adhérent, ton cordial et simple ».",
      en: "Say who the answer is for and the tone: “for a member, in a warm and plain tone”.",
    },
    partial: {
      fr: "Précisez le destinataire et le ton (cordial, factuel, rassurant, sans jargon…).",
      en: "Name the reader and the tone (warm, factual, reassuring, jargon-free…).",
    },
    done: { fr: "Le public et le ton sont précisés.", en: "Audience and tone are set." },
  },
  constraints: {
    missing: {
      fr: "Ajoutez une contrainte ou un critère de réussite : « n’invente aucun montant », « uniquement à partir du texte ».",
      en: "Add a constraint or success criterion: “do not invent any amount”, “only from the text”.",
    },
    partial: {
      fr: "Ajoutez ce qu’il faut éviter ou vérifier : « si une information manque, signale-la ».",
      en: "Add what to avoid or check: “if information is missing, say so”.",
    },
    done: { fr: "Les contraintes sont explicites.", en: "The constraints are explicit." },
  },
  clarity: {
    missing: {
      fr: "Allez droit au but : une demande directe, des phrases courtes, sans formules vagues (« fais de ton mieux »).",
      en: "Get to the point: a direct request, short sentences, no vague wording (“do your best”).",
    },
    partial: {
      fr: "Structurez : une idée par phrase ou par ligne (Contexte :, Format :…), et retirez le remplissage.",
      en: "Structure it: one idea per sentence or line (Context:, Format:…), and cut the padding.",
    },
    done: { fr: "La demande est directe et structurée.", en: "The request is direct and structured." },
  },
  safety: {
    missing: {
      fr: "Retirez les données personnelles (n° de sécurité sociale, IBAN, téléphone, courriel, date de naissance) : remplacez-les par [adhérent].",
      en: "Remove personal data (social security number, IBAN, phone, email, date of birth): replace it with [member].",
    },
    partial: {
      fr: "Attention aux termes de santé : gardez-les généraux et sans lien avec une personne identifiable.",
      en: "Careful with health terms: keep them general and unlinked to an identifiable person.",
    },
    done: { fr: "Aucune donnée personnelle dans la consigne.", en: "No personal data in the prompt." },
  },
};

/** Praise shown for a criterion that scored 3. */
export const STRENGTHS: Record<CriterionId, Localized> = {
  goal: {
    fr: "Objectif clair : action et livrable précis.",
    en: "Clear goal: a precise action and deliverable.",
  },
  context: {
    fr: "Contexte utile : la situation et le but sont donnés.",
    en: "Useful context: situation and purpose given.",
  },
  source: { fr: "Source bien identifiée.", en: "Source well identified." },
  expectations: {
    fr: "Attentes précises sur le format et la longueur.",
    en: "Precise expectations on format and length.",
  },
  audience: { fr: "Public et ton bien définis.", en: "Audience and tone well defined." },
  constraints: { fr: "Contraintes explicites.", en: "Explicit constraints." },
  clarity: { fr: "Demande claire et structurée.", en: "Clear, structured request." },
  safety: { fr: "Aucune donnée personnelle.", en: "No personal data." },
};

export const EMPTY_PROMPT_TIP: Localized = {
  fr: "Votre consigne est vide. Commencez par une action et un livrable, puis le contexte, la source et le format : « Rédige une réponse à ce courriel d’adhérent, en 5 lignes, ton cordial. »",
  en: "Your prompt is empty. Start with an action and a deliverable, then the context, source and format: “Draft a reply to this member’s email, in 5 lines, warm tone.”",
};

/** The tip matching a criterion's 0–3 score. */
export function criterionTip(id: CriterionId, score: number): Localized {
  const tips = TIPS[id];
  if (score >= 3) return tips.done;
  return score === 0 ? tips.missing : tips.partial;
}
