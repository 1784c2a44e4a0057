/**
 * Minimal in-memory Word, Excel and Office (Outlook) objects built from a preview sample, so the preview
 * runs the very adapters that run inside Office. They implement only the seam in `../seam.ts`. One file per
 * host (./fakes/): the preview fetches only the open host's.
 */
import type { OfficeNamespaces } from "../globals";
import { emptyWrites, type PreviewWrites } from "./writes";
import { fakeExcel } from "./fakes/excel";
import { fakeOffice } from "./fakes/outlook";
import { fakeWord } from "./fakes/word";
import type { PreviewSample } from "./samples/types";

export { fakeWord } from "./fakes/word";
export { columnLetters, fakeExcel, formatEuro, previewGrid } from "./fakes/excel";
export { fakeOffice } from "./fakes/outlook";

/** Everything office.js would define, simulated for one sample. */
export function fakeNamespaces(
  sample: PreviewSample,
  displayLanguage: string,
  writes: PreviewWrites = emptyWrites(),
): Required<OfficeNamespaces> {
  const content = sample.content;
  const office = fakeOffice(sample, displayLanguage, writes);
  const absent = (name: string) => ({
    run: () => Promise.reject(new Error(`${name} is not open in this preview`)),
  });
  return {
    Office: office,
    Word: content.kind === "word" ? fakeWord(content, writes) : absent("Word"),
    Excel: content.kind === "excel" ? fakeExcel(content, sample.lang, writes) : absent("Excel"),
  };
}
