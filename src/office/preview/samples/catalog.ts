/**
 * Every preview sample without its content, in switcher order. The pane resolves the URL's request and
 * lists the samples from here; a sample's content, the fake Office objects and the adapters of its host
 * are fetched together, one host at a time (../kit.ts). It is the one home of each sample's id, host,
 * language and title: the sample files hold only their content, joined to their entry here.
 */
import type { PreviewSampleInfo } from "./types";

export const PREVIEW_SAMPLE_CATALOG: readonly PreviewSampleInfo[] = [
  {
    id: "late-reimbursement",
    scenario: "late-reimbursement",
    lang: "fr",
    previewHost: "outlook-read",
    host: "outlook",
    mode: "read",
    title: "Courriel d’adhérente : remboursement en retard",
  },
  {
    id: "late-reimbursement-en",
    scenario: "late-reimbursement",
    lang: "en",
    previewHost: "outlook-read",
    host: "outlook",
    mode: "read",
    title: "Member email: late reimbursement",
  },
  {
    id: "email-with-nir",
    scenario: "email-with-nir",
    lang: "fr",
    previewHost: "outlook-read",
    host: "outlook",
    mode: "read",
    title: "Courriel avec un numéro de sécurité sociale (démo du garde-fou)",
  },
  {
    id: "complaint-reply",
    scenario: "complaint-reply",
    lang: "fr",
    previewHost: "outlook-compose",
    host: "outlook",
    mode: "compose",
    title: "Brouillon de réponse à une réclamation",
  },
  {
    id: "complaint-reply-en",
    scenario: "complaint-reply",
    lang: "en",
    previewHost: "outlook-compose",
    host: "outlook",
    mode: "compose",
    title: "Draft reply to a complaint",
  },
  {
    id: "meeting-notes",
    scenario: "meeting-notes",
    lang: "fr",
    previewHost: "word",
    host: "word",
    mode: "edit",
    title: "Compte rendu de réunion",
  },
  {
    id: "meeting-notes-en",
    scenario: "meeting-notes",
    lang: "en",
    previewHost: "word",
    host: "word",
    mode: "edit",
    title: "Meeting notes",
  },
  {
    id: "policy-letter",
    scenario: "policy-letter",
    lang: "fr",
    previewHost: "word",
    host: "word",
    mode: "edit",
    title: "Courrier d’évolution des garanties (extrait de contrat)",
  },
  {
    id: "policy-letter-en",
    scenario: "policy-letter",
    lang: "en",
    previewHost: "word",
    host: "word",
    mode: "edit",
    title: "Cover changes letter (policy excerpt)",
  },
  {
    id: "claims-table",
    scenario: "claims-table",
    lang: "fr",
    previewHost: "excel",
    host: "excel",
    mode: "edit",
    title: "Tableau des remboursements",
  },
  {
    id: "claims-table-en",
    scenario: "claims-table",
    lang: "en",
    previewHost: "excel",
    host: "excel",
    mode: "edit",
    title: "Claims table",
  },
];

export function findPreviewSampleInfo(id: string | null | undefined): PreviewSampleInfo | undefined {
  return id ? PREVIEW_SAMPLE_CATALOG.find((sample) => sample.id === id) : undefined;
}
