import type { Exercise } from "../../../src/core/catalog/schema";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";
import { promptParts, promptSlots } from "../../../src/taskpane/components/feedback/ExamplePrompt";
import { fittingExercise, needsCatalog } from "../../../src/taskpane/components/library/fittingExercise";

describe("placeholders of a library prompt", () => {
  it("finds each [slot] with the span that selecting it replaces, quotes left out", () => {
    const text = 'Répondez à [destinataire] avant le [date]. Courriel : """[courriel ouvert]"""';
    const slots = promptSlots(text);
    expect(slots.map((s) => s.label)).toEqual(["destinataire", "date", "courriel ouvert"]);
    expect(slots.map((s) => text.slice(s.start, s.end))).toEqual([
      "[destinataire]",
      "[date]",
      "[courriel ouvert]",
    ]);
    // The same slots as the ones the feedback shows as labels.
    expect(
      promptParts(text)
        .filter((p) => p.slot)
        .map((p) => p.text),
    ).toEqual(slots.map((s) => s.label));
  });

  it("finds nothing in a prompt without placeholders or with an unclosed bracket", () => {
    expect(promptSlots("Résumez la sélection en cinq puces.")).toEqual([]);
    expect(promptSlots("Listez les montants [en euros")).toEqual([]);
  });
});

describe("the exercise a library prompt goes into", () => {
  let catalog: Exercise[];
  beforeAll(async () => {
    catalog = (await loadBuiltInCatalog()).exercises;
  });
  const byId = (id: string) => catalog.find((e) => e.id === id)!;

  it("prefers the exercise it was saved from, when it runs in this application", () => {
    const saved = byId("outlook-draft-complaint-reply");
    const current = byId("outlook-summarise-email-3-points");
    const input = { exerciseId: saved.id, host: "outlook" as const, current, recommended: null };
    // Without the catalog the open exercise stands in, and the catalog is worth asking for.
    expect(fittingExercise({ ...input, catalog: null })?.id).toBe(current.id);
    expect(needsCatalog(saved.id, current)).toBe(true);
    expect(fittingExercise({ ...input, catalog })?.id).toBe(saved.id);
  });

  it("falls back to the open exercise, then the recommended one, then a practice exercise of the host", () => {
    const wordCurrent = byId("word-summarise-procedure-5-points");
    const excelRecommended = byId("excel-analyse-outliers");
    // A Word exercise does not take a prompt used in Excel.
    expect(
      fittingExercise({
        exerciseId: "word-draft-supplier-letter",
        host: "excel",
        current: wordCurrent,
        recommended: excelRecommended,
        catalog,
      })?.id,
    ).toBe(excelRecommended.id);
    const practice = fittingExercise({
      exerciseId: null,
      host: "excel",
      current: null,
      recommended: null,
      catalog,
    });
    expect(practice?.hosts).toContain("excel");
    expect(practice?.benchmark).toBeFalsy();
    expect(
      fittingExercise({ exerciseId: null, host: "excel", current: null, recommended: null, catalog: null }),
    ).toBeNull();
    expect(needsCatalog(null, null)).toBe(true);
    expect(needsCatalog(null, wordCurrent)).toBe(false);
  });
});
