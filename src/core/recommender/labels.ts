import { type Host, type HostMode, type Localized, type TextKind } from "../types";

/** "This complaint", "these meeting notes": what the user has open, as the object of a sentence. */
export const KIND_PHRASES: Record<TextKind, Localized> = {
  member_request: { fr: "cette demande d’adhérent", en: "this member request" },
  complaint: { fr: "cette réclamation", en: "this complaint" },
  meeting_notes: { fr: "ce compte rendu de réunion", en: "these meeting notes" },
  report: { fr: "ce rapport", en: "this report" },
  letter: { fr: "ce courrier", en: "this letter" },
  policy: { fr: "ce document contractuel", en: "this policy document" },
  table_of_figures: { fr: "ce tableau de chiffres", en: "this table of figures" },
  list: { fr: "cette liste", en: "this list" },
  general: { fr: "ce texte", en: "this text" },
};

/** What is open when the kind of text says nothing useful. */
export function hostPhrase(host: Host, mode: HostMode): Localized {
  if (host === "outlook") {
    return mode === "compose"
      ? { fr: "votre brouillon de courriel", en: "your draft email" }
      : { fr: "ce courriel", en: "this email" };
  }
  if (host === "excel") return { fr: "votre sélection Excel", en: "your Excel selection" };
  return { fr: "ce document", en: "this document" };
}

export const HOST_NAMES: Record<Host, string> = { word: "Word", outlook: "Outlook", excel: "Excel" };
