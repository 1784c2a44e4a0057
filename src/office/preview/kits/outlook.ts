/** The simulated Outlook (reading and compose): its samples, the fake Office object and Outlook's adapter. */
import { readContext } from "../../outlook";
import { hostWriters } from "../../writers";
import { fakeOffice } from "../fakes/outlook";
import type { PreviewKit } from "../kit";
import {
  complaintReply,
  complaintReplyEn,
  emailWithNir,
  lateReimbursement,
  lateReimbursementEn,
} from "../samples/outlook";

export const outlookKit: PreviewKit = {
  host: "outlook",
  samples: [lateReimbursement, lateReimbursementEn, emailWithNir, complaintReply, complaintReplyEn],
  read: (sample, options, displayLanguage, writes) =>
    readContext(options, fakeOffice(sample, displayLanguage, writes)),
  write: async (sample, writes, request, displayLanguage) => {
    const { writeOutlook } = await hostWriters();
    return writeOutlook(fakeOffice(sample, displayLanguage, writes), request);
  },
};
