import { readFileSync } from "node:fs";
import path from "node:path";
import {
  isNearCopy,
  isNearCopySketch,
  jaccard,
  similarity,
  sketchOf,
  sketchSimilarity,
} from "../../../src/core/text/similarity";

const word = JSON.parse(
  readFileSync(path.join(__dirname, "../../../content/exercises/word.json"), "utf8"),
) as { exercises: Array<{ id: string; example: { fr: string; en: string } }> };
const example = word.exercises.find((e) => e.id === "word-summarise-procedure-5-points")!.example;

describe("near-copy detection", () => {
  test("the example pasted back is a copy, in either language", () => {
    expect(isNearCopy(example.fr, example.fr)).toBe(true);
    expect(isNearCopy(example.en, example.en)).toBe(true);
  });

  test("the example with case, accents, punctuation and a few words changed is still a copy", () => {
    const edited = example.fr
      .toUpperCase()
      .replace("gestionnaire de prestations", "gestionnaire sinistres")
      .replace(/[.,:]/g, " ");
    expect(isNearCopy(`Bonjour, ${edited} Merci`, example.fr)).toBe(true);
  });

  test("a prompt written in the learner's own words on the same task is not a copy", () => {
    const own =
      "Peux-tu me faire un résumé de cette note en cinq puces courtes, pour un collègue qui débute ? Évite le jargon juridique.";
    expect(isNearCopy(own, example.fr)).toBe(false);
  });

  test("the same words shuffled into other sentences keep the word set but lose the shingles", () => {
    const shuffled = example.en.split(/\s+/).reverse().join(" ");
    const s = similarity(shuffled, example.en);
    expect(s.words).toBeGreaterThan(0.9);
    expect(s.shingles).toBeLessThan(0.2);
    expect(isNearCopy(shuffled, example.en)).toBe(false);
  });

  test("empty texts are never copies", () => {
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(isNearCopy("", "")).toBe(false);
  });

  test("sketches estimate the similarity and agree with the exact check", () => {
    const own = "Résume ce document pour mon équipe en trois phrases, ton neutre, sans détails techniques.";
    const pasted = `${example.fr} Merci.`;
    expect(isNearCopySketch(sketchOf(pasted), sketchOf(example.fr))).toBe(true);
    expect(isNearCopySketch(sketchOf(own), sketchOf(example.fr))).toBe(false);
    const exact = similarity(pasted, example.fr);
    const estimated = sketchSimilarity(sketchOf(pasted), sketchOf(example.fr));
    expect(Math.abs(estimated.words - exact.words)).toBeLessThan(0.15);
    expect(Math.abs(estimated.shingles - exact.shingles)).toBeLessThan(0.15);
  });

  test("sketches stay the ones already stored: the same hash values as when they were written", () => {
    // Stored sketches (shown_versions) are compared with new ones: the hashing must never drift.
    const sketch = sketchOf("Résume la procédure ci-dessous en 5 points clés pour un nouveau collègue.");
    expect(sketch.words).toHaveLength(64);
    expect(sketch.words.slice(0, 6)).toEqual([73050654, 25175963, 72121662, 39070062, 164931107, 313220640]);
    expect(sketch.words[63]).toBe(425529413);
    expect(sketch.shingles.slice(0, 6)).toEqual([
      141149681, 119390790, 1717972374, 337674023, 62134783, 120402124,
    ]);
    expect(sketch.shingles[63]).toBe(33880201);
    expect(sketchOf("")).toEqual({ words: Array(64).fill(-1), shingles: Array(64).fill(-1) });
  });
});
