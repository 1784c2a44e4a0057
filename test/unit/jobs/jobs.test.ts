import { DEFAULT_JOBS, exerciseSuitsJob, resolveJob } from "../../../src/core/jobs";
import { personalDataInSharedText } from "../../../src/core/privacy";

describe("jobs", () => {
  it("reads a job given by id or by its French or English label, case and accents aside", () => {
    expect(resolveJob(DEFAULT_JOBS, "claims")).toBe("claims");
    expect(resolveJob(DEFAULT_JOBS, "  GESTION des Prestations ")).toBe("claims");
    expect(resolveJob(DEFAULT_JOBS, "Juridique et conformite")).toBe("legal-compliance");
    expect(resolveJob(DEFAULT_JOBS, "Human resources")).toBe("hr");
    expect(resolveJob(DEFAULT_JOBS, "astronaut")).toBeUndefined();
  });

  it("treats an exercise without jobs as suiting every job", () => {
    expect(exerciseSuitsJob(undefined, "hr")).toBe(true);
    expect(exerciseSuitsJob([], "hr")).toBe(true);
    expect(exerciseSuitsJob(["claims"], "hr")).toBe(false);
    expect(exerciseSuitsJob(["claims", "hr"], "hr")).toBe(true);
  });
});

describe("texts shared with colleagues", () => {
  it("may describe work without people, identifiers or health details", () => {
    expect(
      personalDataInSharedText("Je résume les circulaires de remboursement pour l’équipe, en cinq puces."),
    ).toEqual([]);
    expect(personalDataInSharedText("Monthly claims figures: a comment for the committee.")).toEqual([]);
  });

  it("refuses people named with a courtesy title, contact details and health terms", () => {
    expect(personalDataInSharedText("Réponse à Mme Durand sur son dossier")).toEqual(["PERSON_NAME"]);
    expect(personalDataInSharedText("Reply to Mr. Smith about the claim")).toEqual(["PERSON_NAME"]);
    expect(personalDataInSharedText("Écrire à jean.dupont@example.fr")).toEqual(["EMAIL"]);
    expect(personalDataInSharedText("Son cancer retarde le dossier")).toEqual(["HEALTH_TERM"]);
  });

  it("finds no name in a long run of titles with nobody after them", () => {
    const text = "M. ".repeat(20_000);
    expect(personalDataInSharedText(text)).toEqual([]);
  });
});
