/** The simulated Outlook (reading and compose): the fake Office object and Outlook's adapter. */
import { readContext } from "../../outlook";
import { hostWriters } from "../../writers";
import { fakeOffice } from "../fakes/outlook";
import { documentView } from "../document";
import type { PreviewKit } from "../kit";

export const outlookKit: PreviewKit = {
  host: "outlook",
  read: (sample, options, displayLanguage, writes) =>
    readContext(options, fakeOffice(sample, displayLanguage, writes)),
  write: async (sample, writes, request, displayLanguage) => {
    const { writeOutlook } = await hostWriters();
    return writeOutlook(fakeOffice(sample, displayLanguage, writes), request);
  },
  view: (sample, writes) => documentView(sample, writes),
};
