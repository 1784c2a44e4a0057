import { claimsTable, claimsTableEn } from "./excel";
import {
  complaintReply,
  complaintReplyEn,
  emailWithNir,
  lateReimbursement,
  lateReimbursementEn,
} from "./outlook";
import type { PreviewSample } from "./types";
import { meetingNotes, meetingNotesEn, policyLetter, policyLetterEn } from "./word";

export type * from "./types";
export { PREVIEW_HOST_IDS } from "./types";

const ALL: PreviewSample[] = [
  lateReimbursement,
  lateReimbursementEn,
  emailWithNir,
  complaintReply,
  complaintReplyEn,
  meetingNotes,
  meetingNotesEn,
  policyLetter,
  policyLetterEn,
  claimsTable,
  claimsTableEn,
];

/** Every preview sample by id, in switcher order. */
export const previewSamples: Readonly<Record<string, PreviewSample>> = Object.freeze(
  Object.fromEntries(ALL.map((sample) => [sample.id, sample])),
);

export const PREVIEW_SAMPLE_IDS: readonly string[] = ALL.map((sample) => sample.id);

export function findPreviewSample(id: string | null | undefined): PreviewSample | undefined {
  return id && Object.hasOwn(previewSamples, id) ? previewSamples[id] : undefined;
}
