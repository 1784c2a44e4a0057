import { scorePrompt } from "../../../src/core/scorer";
import { ORDERINGS } from "./office-prompts";

describe("office cases: expected orderings", () => {
  it.each(ORDERINGS)("$name: each prompt scores above the previous one", ({ prompts }) => {
    const scores = prompts.map((p) => scorePrompt(p).score);
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i]).toBeGreaterThan(scores[i - 1] as number);
    }
  });

  it.each(ORDERINGS)("$name: the strongest prompt passes and the weakest does not", ({ prompts }) => {
    expect(scorePrompt(prompts[prompts.length - 1] as string).passed).toBe(true);
    expect(scorePrompt(prompts[0] as string).passed).toBe(false);
  });

  it("a short precise prompt beats a longer one that only describes the situation", () => {
    const precise = "Résume ce courriel en 3 puces pour mon responsable.";
    const story =
      "J'ai reçu ce courriel ce matin d'un adhérent de la mutuelle qui nous écrit depuis plusieurs semaines au sujet de son dossier de remboursement, et mon équipe s'en occupe actuellement avec le service prestations.";
    expect(story.length).toBeGreaterThan(precise.length * 2);
    expect(scorePrompt(precise).score).toBeGreaterThan(scorePrompt(story).score);
  });

  it("detects the language of French and English prompts", () => {
    expect(scorePrompt(ORDERINGS[0]!.prompts[2]!).lang).toBe("fr");
    expect(scorePrompt(ORDERINGS[1]!.prompts[2]!).lang).toBe("en");
  });

  it("scores a mixed-language prompt on both lexicons", () => {
    const mixed = scorePrompt("Résume ce courriel in 3 bullet points for my manager, ton cordial.");
    expect(mixed.criteria.expectations.score).toBeGreaterThanOrEqual(2);
    expect(mixed.criteria.audience.score).toBeGreaterThanOrEqual(2);
    expect(mixed.score).toBeGreaterThan(scorePrompt("Résume ce courriel.").score);
  });
});
