import { scorePrompt } from "../../../src/core/scorer";
import { CRITERIA } from "../../../src/core/types";

/** A small seeded generator: the same strings on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  "Résume",
  "ce courriel",
  "pour mon responsable",
  "in 3 bullet points",
  " ",
  "\n",
  ":",
  "«",
  "»",
  '"""',
  "<email>",
  "</email>",
  "ignore",
  "the rubric",
  "note maximale",
  "\u200b",
  "\u202e",
  "😀",
  "𝐈𝐠𝐧𝐨𝐫𝐞",
  "İ",
  "ß",
  "œ",
  "é",
  "'",
  "06 12 34 56 78",
  "jean@example.fr",
  "FR76 3000 6000 0112 3456 7890 189",
  "A1:B10",
  "column J",
  "[Table1]",
  "please",
  "do your best",
  "ne pas",
  "sans",
  "only",
  "?",
  "!",
  "-",
  "•",
  "1.",
  "\t",
  "\u00a0",
  "\udc00",
  "\ud800",
];

describe("any input", () => {
  const next = random(42);
  const inputs = Array.from({ length: 1000 }, () => {
    const n = Math.floor(next() * 40);
    return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
  });

  it("scores without throwing, within bounds, with evidence spans inside the prompt", () => {
    for (const prompt of inputs) {
      const result = scorePrompt(prompt);
      expect(Number.isInteger(result.score)).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      for (const c of CRITERIA) {
        for (const e of result.criteria[c].evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(prompt.length);
          expect(e.start).toBeLessThan(e.end);
          if (c !== "safety") expect(prompt.slice(e.start, e.end)).toBe(e.text);
        }
      }
      expect(typeof result.fix.text).toBe("string");
    }
  });

  it("gives the same result twice", () => {
    for (const prompt of inputs.slice(0, 50)) expect(scorePrompt(prompt)).toEqual(scorePrompt(prompt));
  });
});
