import { scorePrompt } from "../../../src/core/scorer";
import { LANGS } from "../../../src/core/types";
import { loadCatalog } from "../../../src/server/catalog/load";

/**
 * The catalog's example prompts are written by exercise authors as model answers: the scorer, with
 * the exercise's weights and required criteria, should pass nearly all of them.
 */
describe("built-in exercise examples", () => {
  it("pass their own exercise for at least 90% of examples in both languages", async () => {
    const { exercises } = await loadCatalog();
    expect(exercises.length).toBeGreaterThan(10);
    const attempts = exercises.flatMap((exercise) =>
      LANGS.map((lang) => ({
        id: `${exercise.id}/${lang}`,
        result: scorePrompt(exercise.example[lang], { exercise, lang }),
      })),
    );
    const failed = attempts.filter((a) => !a.result.passed).map((a) => a.id);
    expect(failed.length / attempts.length).toBeLessThanOrEqual(0.1);
  });

  it("raise no flag: no grader address, padding or keyword stuffing is seen in authored prompts", async () => {
    const { exercises } = await loadCatalog();
    const flagged = exercises.flatMap((exercise) =>
      LANGS.flatMap((lang) => {
        const { flags } = scorePrompt(exercise.example[lang], { exercise, lang });
        return flags.addressesGrader || flags.bloated || flags.keywordStuffing
          ? [`${exercise.id}/${lang}`]
          : [];
      }),
    );
    expect(flagged).toEqual([]);
  });

  it("score above the bare task wording of the same exercise", async () => {
    const { exercises } = await loadCatalog();
    for (const exercise of exercises) {
      for (const lang of LANGS) {
        const example = scorePrompt(exercise.example[lang], { exercise, lang }).score;
        const bare = scorePrompt(exercise.title[lang], { exercise, lang }).score;
        expect(example).toBeGreaterThan(bare);
      }
    }
  });
});
