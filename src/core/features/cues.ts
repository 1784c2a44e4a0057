import { foldAccents } from "../text/normalize";

/**
 * Word lists that hint at what a text is. Cues are written naturally (accents, apostrophes) and
 * folded once here, so matching runs on accent-folded lowercase text.
 */

/** A compiled cue list: counts whole-word occurrences in folded text. */
export interface CueSet {
  count(folded: string): number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds a single alternation regex; word boundaries keep "tu" from matching inside "statut". */
export function cueSet(cues: readonly string[]): CueSet {
  const alternatives = cues
    .map((cue) => escape(foldAccents(cue)).replace(/['’]/g, "['’]").replace(/ /g, "\\s+"))
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![a-z0-9])(?:${alternatives.join("|")})(?![a-z0-9])`, "g");
  return {
    count(folded: string): number {
      pattern.lastIndex = 0;
      let n = 0;
      while (pattern.exec(folded) !== null) n++;
      return n;
    },
  };
}

/** Strong signs of dissatisfaction (count double). */
export const COMPLAINT_STRONG = cueSet([
  "réclamation",
  "plainte",
  "inadmissible",
  "inacceptable",
  "scandaleux",
  "scandaleuse",
  "mécontent",
  "mécontente",
  "mécontentement",
  "déçu",
  "déçue",
  "médiateur",
  "toujours pas",
  "toujours rien",
  "sans réponse",
  "aucune réponse",
  "je conteste",
  "complaint",
  "unacceptable",
  "outrageous",
  "disappointed",
  "dissatisfied",
  "still not",
  "still no",
  "no reply",
  "no response",
  "ombudsman",
]);

/** Weaker signs: reminders, urgency, delays. */
export const COMPLAINT_WEAK = cueSet([
  "relance",
  "je relance",
  "relancer",
  "vous relancer",
  "n'ai toujours",
  "toujours aucun",
  "trois semaines",
  "still haven't",
  "still have not",
  "chasing",
  "once again",
  "three weeks",
  "retard",
  "en retard",
  "depuis des semaines",
  "depuis plusieurs semaines",
  "depuis un mois",
  "urgent",
  "erreur",
  "reminder",
  "delay",
  "delayed",
  "weeks ago",
  "mistake",
]);

/** A member (adhérent) or customer asking for something. */
export const MEMBER_REQUEST = cueSet([
  "remboursement",
  "remboursements",
  "rembourser",
  "remboursé",
  "tiers payant",
  "carte de tiers payant",
  "attestation",
  "devis",
  "ma mutuelle",
  "mon dossier",
  "ma demande",
  "feuille de soins",
  "décompte",
  "prise en charge",
  "je souhaiterais",
  "je souhaite",
  "pourriez-vous",
  "pouvez-vous",
  "reimbursement",
  "reimbursed",
  "refund",
  "my claim",
  "my policy",
  "could you",
  "can you",
  "i would like",
  "certificate",
  "quote",
  "my member account",
]);

export const MEETING_NOTES = cueSet([
  "compte rendu",
  "compte-rendu",
  "ordre du jour",
  "participants",
  "présents",
  "excusés",
  "relevé de décisions",
  "décisions",
  "prochaine réunion",
  "points d'action",
  "actions",
  "réunion",
  "minutes",
  "attendees",
  "agenda",
  "action items",
  "next meeting",
  "meeting",
  "apologies",
]);

export const REPORT = cueSet([
  "rapport",
  "synthèse",
  "bilan",
  "introduction",
  "conclusion",
  "recommandations",
  "indicateurs",
  "analyse",
  "trimestre",
  "résultats",
  "report",
  "executive summary",
  "findings",
  "recommendations",
  "quarter",
  "results",
  "overview",
]);

export const LETTER = cueSet([
  "madame, monsieur",
  "objet",
  "je vous prie d'agréer",
  "veuillez agréer",
  "salutations distinguées",
  "sentiments distingués",
  "nous accusons réception",
  "dear sir",
  "dear madam",
  "yours sincerely",
  "yours faithfully",
  "we acknowledge receipt",
]);

export const POLICY = cueSet([
  "article",
  "conditions générales",
  "conditions particulières",
  "garanties",
  "garantie",
  "contrat",
  "procédure",
  "règlement",
  "souscripteur",
  "il est convenu",
  "clause",
  "avenant",
  "délai de carence",
  "terms and conditions",
  "policyholder",
  "coverage",
  "shall",
  "procedure",
  "waiting period",
  "policy",
  "general terms",
  "your cover",
  "cover",
  "benefits",
  "entitled",
  "in accordance with",
  "premium",
  "contribution",
  "cotisation",
  "conformément",
  "bénéficiaire",
]);

export const FORMAL = cueSet([
  "madame",
  "monsieur",
  "vous",
  "votre",
  "vos",
  "veuillez",
  "cordialement",
  "je vous prie",
  "salutations",
  "bien à vous",
  "dear",
  "sincerely",
  "kind regards",
  "best regards",
  "yours faithfully",
  "please find",
  "we would be grateful",
]);

export const INFORMAL = cueSet([
  "salut",
  "coucou",
  "tu",
  "toi",
  "bisous",
  "bises",
  "a+",
  "stp",
  "merci !",
  "hi",
  "hey",
  "cheers",
  "thanks!",
  "lol",
  "btw",
  "asap",
  "gonna",
]);

/** Honorifics followed by a capitalised word suggest a person's name. */
export const NAME_AFTER_HONORIFIC =
  /(?:^|[\s(])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Madame|Monsieur|Maître)\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+/;

/** Two capitalised words after a lowercase word: "avec Claire Martin", "from John Smith". */
export const NAME_IN_SENTENCE =
  /[a-zà-öø-ÿ,][ \u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+[ \u00a0]+[A-ZÀ-ÖØ-Þ][A-Za-zà-öø-ÿ'-]+/;
