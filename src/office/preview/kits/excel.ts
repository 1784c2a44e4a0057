/** The simulated Excel: the fake Excel object and Excel's adapter. */
import { readContext } from "../../excel";
import { hostWriters } from "../../writers";
import { fakeExcel, previewGrid } from "../fakes/excel";
import { documentView } from "../document";
import type { PreviewKit } from "../kit";

function content(sample: Parameters<PreviewKit["read"]>[0]) {
  if (sample.content.kind !== "excel") throw new Error(`${sample.id} is not an Excel sample`);
  return sample.content;
}

export const excelKit: PreviewKit = {
  host: "excel",
  read: (sample, options, _displayLanguage, writes) =>
    readContext(options, fakeExcel(content(sample), sample.lang, writes)),
  write: async (sample, writes, request) => {
    const { writeExcel } = await hostWriters();
    return writeExcel(fakeExcel(content(sample), sample.lang, writes), request);
  },
  view: (sample, writes) => documentView(sample, writes, previewGrid(content(sample), sample.lang, writes)),
};
