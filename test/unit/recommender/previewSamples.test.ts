import { computeFeatures } from "../../../src/core/features";
import { initialMastery } from "../../../src/core/learner";
import { recommendExercise } from "../../../src/core/recommender";
import type { TextKind } from "../../../src/core/types";
import { previewSamples, type PreviewSample } from "../../../src/office";
import { readSample } from "../../../src/office/preview/session";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

/** What each preview scenario is, as a person would classify it. */
const EXPECTED_KIND: Record<string, TextKind[]> = {
  "late-reimbursement": ["complaint", "member_request"],
  "email-with-nir": ["member_request"],
  "complaint-reply": ["complaint"],
  "meeting-notes": ["meeting_notes"],
  "policy-letter": ["policy"],
  "claims-table": ["table_of_figures"],
};

const samples: PreviewSample[] = Object.values(previewSamples);

describe("preview samples → features → suggestion", () => {
  it.each(samples.map((s) => [s.id, s] as const))(
    "%s yields a fitting, explained suggestion",
    async (_id, sample) => {
      const catalog = await loadBuiltInCatalog();
      const features = computeFeatures(await readSample(sample));
      expect(features.lang).toBe(sample.lang);
      expect(EXPECTED_KIND[sample.scenario]).toContain(features.kind);

      const result = recommendExercise(
        features,
        { mastery: initialMastery(), level: "beginner" },
        catalog.exercises,
        [],
        new Date("2025-03-10T09:00:00Z"),
      );
      expect(result).not.toBeNull();
      expect(result!.exercise.hosts).toContain(sample.host);
      expect(result!.exercise.fits.modes ?? [sample.mode]).toContain(sample.mode);
      expect(result!.exercise.level).toBe("beginner");
      expect(result!.reasons.map((r) => r.code)).toContain("context_fit");
      expect(result!.why.fr).toMatch(/^En \d minutes, à partir de .+\.$/);
      expect(result!.why.en).toMatch(/^In \d minutes, using .+\.$/);
    },
  );
});

describe("benchmark exercises", () => {
  it("exist once per host and are never recommended as practice, nor as an alternative", async () => {
    const catalog = await loadBuiltInCatalog();
    const benchmarks = catalog.exercises.filter((e) => e.benchmark);
    expect(
      benchmarks
        .map((e) => e.hosts)
        .flat()
        .sort(),
    ).toEqual(["excel", "outlook", "word"]);
    for (const sample of samples) {
      const features = computeFeatures(await readSample(sample));
      // An advanced learner whose every other exercise was done yesterday: still no benchmark.
      const history = catalog.exercises
        .filter((e) => !e.benchmark)
        .map((e) => ({ exerciseId: e.id, at: "2025-03-09T09:00:00Z" }));
      const result = recommendExercise(
        features,
        { mastery: initialMastery(), level: "advanced" },
        catalog.exercises,
        history,
        new Date("2025-03-10T09:00:00Z"),
      );
      expect(result?.exercise.benchmark).not.toBe(true);
      expect(result?.alternatives.some((e) => e.benchmark)).not.toBe(true);
    }
  });
});
