/** The simulated Word: the fake Word object and Word's adapter. */
import { readContext } from "../../word";
import { hostWriters } from "../../writers";
import { fakeWord } from "../fakes/word";
import { documentView } from "../document";
import type { PreviewKit } from "../kit";

function content(sample: Parameters<PreviewKit["read"]>[0]) {
  if (sample.content.kind !== "word") throw new Error(`${sample.id} is not a Word sample`);
  return sample.content;
}

export const wordKit: PreviewKit = {
  host: "word",
  read: (sample, options, _displayLanguage, writes) =>
    readContext(options, fakeWord(content(sample), writes)),
  write: async (sample, writes, request) => {
    const { writeWord } = await hostWriters();
    return writeWord(fakeWord(content(sample), writes), request);
  },
  view: (sample, writes) => documentView(sample, writes),
};
