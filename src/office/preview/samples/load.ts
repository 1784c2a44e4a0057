/**
 * A preview sample's content, fetched on its own when the preview first shows it (the two Excel samples
 * share one chunk): opening on one message fetches no other sample. A failed fetch is not kept.
 */
import type { Host } from "../../../core/types";
import { previewKit, type PreviewKit } from "../kit";
import { findPreviewSampleInfo } from "./catalog";
import type { PreviewSample, PreviewSampleContent } from "./types";

function fetchContent(id: string): Promise<PreviewSampleContent | undefined> {
  switch (id) {
    case "late-reimbursement":
      return import(/* webpackChunkName: "sample-late-reimbursement" */ "./items/late-reimbursement").then(
        (m) => m.lateReimbursement,
      );
    case "late-reimbursement-en":
      return import(
        /* webpackChunkName: "sample-late-reimbursement-en" */ "./items/late-reimbursement-en"
      ).then((m) => m.lateReimbursementEn);
    case "email-with-nir":
      return import(/* webpackChunkName: "sample-email-with-nir" */ "./items/email-with-nir").then(
        (m) => m.emailWithNir,
      );
    case "complaint-reply":
      return import(/* webpackChunkName: "sample-complaint-reply" */ "./items/complaint-reply").then(
        (m) => m.complaintReply,
      );
    case "complaint-reply-en":
      return import(/* webpackChunkName: "sample-complaint-reply-en" */ "./items/complaint-reply-en").then(
        (m) => m.complaintReplyEn,
      );
    case "meeting-notes":
      return import(/* webpackChunkName: "sample-meeting-notes" */ "./items/meeting-notes").then(
        (m) => m.meetingNotes,
      );
    case "meeting-notes-en":
      return import(/* webpackChunkName: "sample-meeting-notes-en" */ "./items/meeting-notes-en").then(
        (m) => m.meetingNotesEn,
      );
    case "policy-letter":
      return import(/* webpackChunkName: "sample-policy-letter" */ "./items/policy-letter").then(
        (m) => m.policyLetter,
      );
    case "policy-letter-en":
      return import(/* webpackChunkName: "sample-policy-letter-en" */ "./items/policy-letter-en").then(
        (m) => m.policyLetterEn,
      );
    case "claims-table":
    case "claims-table-en":
      return import(/* webpackChunkName: "sample-claims-table" */ "./excel").then((m) =>
        id === "claims-table" ? m.claimsTable : m.claimsTableEn,
      );
    default:
      return Promise.resolve(undefined);
  }
}

const loaded = new Map<string, Promise<PreviewSample | undefined>>();

/** The sample with this id (an id of the catalog), or undefined for an unknown id. */
export function loadSample(id: string): Promise<PreviewSample | undefined> {
  let pending = loaded.get(id);
  if (!pending) {
    const info = findPreviewSampleInfo(id);
    pending = (info ? fetchContent(id) : Promise.resolve(undefined))
      .then((content) => (info && content ? { ...info, content } : undefined))
      .catch((err: unknown) => {
        loaded.delete(id);
        throw err;
      });
    loaded.set(id, pending);
  }
  return pending;
}

/** A sample with its content and its host's kit, fetched side by side. */
export async function loadPreviewSample(info: {
  id: string;
  host: Host;
}): Promise<{ sample: PreviewSample; kit: PreviewKit }> {
  const [kit, sample] = await Promise.all([previewKit(info.host), loadSample(info.id)]);
  if (sample?.host !== info.host) throw new Error(`no ${info.host} preview sample ${info.id}`);
  return { sample, kit };
}
