import { PERSONAL_DATA_LABELS } from "../../core/privacy";
import type { Host, Lang } from "../../core/types";

/**
 * Words of the privacy guard in the pane, FR and EN. French typography: ’, and a no-break space
 * before « : » (U+00A0) and before « ; ! ? » (U+202F).
 */
const NB = "\u00a0";
const NNB = "\u202f";

export function typeLabel(type: string, lang: Lang): string {
  const labels = PERSONAL_DATA_LABELS as Record<string, { fr: string; en: string } | undefined>;
  return labels[type]?.[lang] ?? type.toLowerCase().replace(/_/g, " ");
}

/** « nom (2), numéro de téléphone » */
export function countedTypes(counts: Partial<Record<string, number>>, lang: Lang): string {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([type, n]) => (n && n > 1 ? `${typeLabel(type, lang)} (${n})` : typeLabel(type, lang)))
    .join(", ");
}

const DOCUMENT: Record<Host, Record<Lang, string>> = {
  outlook: { fr: "l’e-mail", en: "the email" },
  word: { fr: "le document", en: "the document" },
  excel: { fr: "le tableau", en: "the table" },
};

export function fieldName(field: string, host: Host | undefined, lang: Lang): string {
  if (field === "prompt") return lang === "fr" ? "votre prompt" : "your prompt";
  if (field === "title") {
    if (host === "outlook") return lang === "fr" ? "l’objet de l’e-mail" : "the email’s subject";
    return lang === "fr" ? "le titre" : "the title";
  }
  if (field === "kind") return lang === "fr" ? "le type de document" : "the document’s kind";
  if (field === "history") return lang === "fr" ? "un échange précédent" : "an earlier turn";
  return host ? DOCUMENT[host][lang] : lang === "fr" ? "le document" : "the document";
}

export const PRIVACY_TEXTS = {
  fr: {
    previewTitle: "Ce que le modèle verra",
    previewRegion: "Document tel qu’il sera envoyé, données personnelles marquées",
    tenantPolicy: "Règles de votre organisation appliquées.",
    defaultPolicy: "Règles par défaut (celles de votre organisation se chargent).",
    willMask: (n: number, types: string, example: string) =>
      `Avant l’envoi, Parcours remplace ${n === 1 ? "une donnée personnelle" : `${n} données personnelles`} par des repères comme ${example}${NB}: ${types}. Le modèle ne voit que les repères${NNB}; la réponse affichée ici reprend les vraies valeurs, qui ne quittent pas ce volet.`,
    willRedact: (types: string) => `Retiré pour de bon avant l’envoi${NB}: ${types}.`,
    sentAsIs: (types: string) => `Envoyé tel quel, selon les règles de votre organisation${NB}: ${types}.`,
    listLabel: "Valeurs masquées et leurs repères",
    contextMasked: (types: string) =>
      `Masqué avant tout envoi à un modèle, puis remis dans la réponse ici seulement${NB}: ${types}.`,
    contextBlocked: `Les règles de votre organisation bloquent une partie de ce contenu${NB}: l’exercice vous dira laquelle et comment continuer.`,
    more: (n: number) => (n === 1 ? "et une autre" : `et ${n} autres`),
    healthMasked: "Les informations de santé partent, mais les personnes qu’elles concernent sont masquées.",
    healthAlone: `Des informations de santé partent telles quelles${NB}: vérifiez qu’elles ne désignent personne.`,
    nothing: `Aucune donnée personnelle à masquer dans le document${NB}: il part tel quel.`,
    replacedBy: (placeholder: string) => `remplacé par ${placeholder}`,
    removed: "retiré",
    blockedMark: "bloqué",
    answerNote: (types: string) =>
      `Masqué avant l’envoi puis remis ici${NB}: ${types}. Le modèle ne les a jamais vus.`,
    answerRedacted: (types: string) => `Retiré pour de bon${NB}: ${types}.`,
    blockedTitle: "L’exécution ne peut pas partir telle quelle",
    blockedItem: (what: string, where: string) => `${what} dans ${where}`,
    howPrompt: `Retirez-le de votre prompt et décrivez le cas sans le numéro (par exemple «${NB}l’adhérent${NB}»)${NB}: un identifiant n’a jamais sa place dans un prompt.`,
    howDocument:
      "Les règles de votre organisation ne laissent pas cette donnée partir vers un modèle, même masquée. Sélectionnez seulement le passage utile, sans elle, ou demandez à votre administrateur.",
    howHealth:
      "Une information de santé est à côté d’une donnée qui identifie une personne et que les règles de votre organisation envoient telle quelle. Retirez l’une des deux, sélectionnez un passage qui ne les réunit pas, ou demandez à votre administrateur de pseudonymiser ce type.",
    howUnmasked: `Le serveur attendait cette donnée masquée. Exécutez à nouveau${NNB}; si cela se reproduit, rechargez le volet.`,
    blockedKind: "Le type de document ne peut pas contenir de donnée personnelle.",
  },
  en: {
    previewTitle: "What the model will see",
    previewRegion: "The document as it will be sent, personal data marked",
    tenantPolicy: "Your organisation’s rules apply.",
    defaultPolicy: "Default rules (your organisation’s are loading).",
    willMask: (n: number, types: string, example: string) =>
      `Before sending, Parcours replaces ${n === 1 ? "one piece" : `${n} pieces`} of personal data with placeholders such as ${example}: ${types}. The model sees only the placeholders; the answer shown here puts the real values back, and they never leave this pane.`,
    willRedact: (types: string) => `Removed for good before sending: ${types}.`,
    sentAsIs: (types: string) => `Sent as it is, by your organisation’s rules: ${types}.`,
    listLabel: "Masked values and their placeholders",
    contextMasked: (types: string) =>
      `Masked before anything goes to a model, and put back in the answer here only: ${types}.`,
    contextBlocked:
      "Your organisation’s rules block part of this content: the exercise will say which and how to go on.",
    more: (n: number) => (n === 1 ? "and one more" : `and ${n} more`),
    healthMasked: "Health information is sent, but the people it concerns are masked.",
    healthAlone: "Health information is sent as it is: check that it points to no one.",
    nothing: "No personal data to mask in the document: it is sent as it is.",
    replacedBy: (placeholder: string) => `replaced by ${placeholder}`,
    removed: "removed",
    blockedMark: "blocked",
    answerNote: (types: string) =>
      `Masked before sending and put back here: ${types}. The model never saw them.`,
    answerRedacted: (types: string) => `Removed for good: ${types}.`,
    blockedTitle: "This Run cannot go as it is",
    blockedItem: (what: string, where: string) => `${what} in ${where}`,
    howPrompt:
      "Remove it from your prompt and describe the case without the number (for example “the member”): an identifier never belongs in a prompt.",
    howDocument:
      "Your organisation’s rules do not let this reach a model, even masked. Select only the passage you need, without it, or ask your administrator.",
    howHealth:
      "Health information sits next to something that identifies a person, which your organisation’s rules send as it is. Remove one of them, select a passage that does not hold both, or ask your administrator to pseudonymise that type.",
    howUnmasked: "The server expected this to be masked. Run again; if it happens again, reload the pane.",
    blockedKind: "The document’s kind cannot hold personal data.",
  },
};
