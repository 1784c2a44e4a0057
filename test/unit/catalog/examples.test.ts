import type { Exercise } from "../../../src/core/catalog";
import { detectPersonalData } from "../../../src/core/privacy";
import { scorePrompt } from "../../../src/core/scorer";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

/** Every example is shown to learners as "a strong prompt": the rubric must agree. */
describe("catalog examples", () => {
  let exercises: Exercise[] = [];
  beforeAll(async () => {
    exercises = (await loadBuiltInCatalog()).exercises;
  });

  it("pass the rubric in both languages, with a high score", () => {
    const weak: string[] = [];
    for (const exercise of exercises) {
      for (const lang of ["fr", "en"] as const) {
        const result = scorePrompt(exercise.example[lang], { lang, exercise });
        if (!result.passed || result.score < 65) weak.push(`${exercise.id} (${lang}): ${result.score}`);
      }
    }
    expect(weak).toEqual([]);
  });

  it("contain no personal data nor health terms that would trigger the privacy guard", () => {
    const flagged = exercises.flatMap((exercise) =>
      (["fr", "en"] as const)
        .filter((lang) => detectPersonalData(exercise.example[lang]).length > 0)
        .map((lang) => `${exercise.id} (${lang})`),
    );
    expect(flagged).toEqual([]);
  });

  it("are written in the language they are labelled with", () => {
    for (const exercise of exercises) {
      const fr = scorePrompt(exercise.example.fr, { exercise });
      const en = scorePrompt(exercise.example.en, { exercise });
      expect([exercise.id, fr.lang, en.lang]).toEqual([exercise.id, "fr", "en"]);
    }
  });
});
