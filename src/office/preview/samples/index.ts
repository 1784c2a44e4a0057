import { claimsTable, claimsTableEn } from "./excel";
import {
  complaintReply,
  complaintReplyEn,
  emailWithNir,
  lateReimbursement,
  lateReimbursementEn,
} from "./outlook";
import { PREVIEW_SAMPLE_CATALOG } from "./catalog";
import type { PreviewSample, PreviewSampleContent } from "./types";
import { meetingNotes, meetingNotesEn, policyLetter, policyLetterEn } from "./word";

export type * from "./types";
export { PREVIEW_HOST_IDS } from "./types";

/** Each sample's content by id; its id, host, language and title live in the catalog only. */
const CONTENT: Readonly<Record<string, PreviewSampleContent>> = {
  "late-reimbursement": lateReimbursement,
  "late-reimbursement-en": lateReimbursementEn,
  "email-with-nir": emailWithNir,
  "complaint-reply": complaintReply,
  "complaint-reply-en": complaintReplyEn,
  "meeting-notes": meetingNotes,
  "meeting-notes-en": meetingNotesEn,
  "policy-letter": policyLetter,
  "policy-letter-en": policyLetterEn,
  "claims-table": claimsTable,
  "claims-table-en": claimsTableEn,
};

const ALL: PreviewSample[] = PREVIEW_SAMPLE_CATALOG.map((info) => {
  const content = CONTENT[info.id];
  if (!content) throw new Error(`no content for the preview sample ${info.id}`);
  return { ...info, content };
});

/** Every preview sample by id, in switcher order. */
export const previewSamples: Readonly<Record<string, PreviewSample>> = Object.freeze(
  Object.fromEntries(ALL.map((sample) => [sample.id, sample])),
);

export const PREVIEW_SAMPLE_IDS: readonly string[] = ALL.map((sample) => sample.id);

export function findPreviewSample(id: string | null | undefined): PreviewSample | undefined {
  return id && Object.hasOwn(previewSamples, id) ? previewSamples[id] : undefined;
}
