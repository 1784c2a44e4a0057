/** The simulated Word: its samples, the fake Word object and Word's adapter. */
import { readContext } from "../../word";
import { hostWriters } from "../../writers";
import { fakeWord } from "../fakes/word";
import type { PreviewKit } from "../kit";
import { meetingNotes, meetingNotesEn, policyLetter, policyLetterEn } from "../samples/word";

function content(sample: Parameters<PreviewKit["read"]>[0]) {
  if (sample.content.kind !== "word") throw new Error(`${sample.id} is not a Word sample`);
  return sample.content;
}

export const wordKit: PreviewKit = {
  host: "word",
  samples: [meetingNotes, meetingNotesEn, policyLetter, policyLetterEn],
  read: (sample, options, _displayLanguage, writes) =>
    readContext(options, fakeWord(content(sample), writes)),
  write: async (sample, writes, request) => {
    const { writeWord } = await hostWriters();
    return writeWord(fakeWord(content(sample), writes), request);
  },
};
