import type { Catalog } from "../../../src/core/catalog";
import { loadCatalog } from "../../../src/server/catalog/load";
import {
  CATEGORIES,
  crossSkill,
  describeFailures,
  evaluateSet,
  lengthGrader,
  loadQualitySet,
  pairwiseAccuracy,
  QualityItemSchema,
  rubricGrader,
  type Category,
  type CategoryResult,
  type QualityItem,
} from "../../support/scorer-quality";

/**
 * The labelled scorer-quality set (test/fixtures/scorer-quality, see its README) guards what the score
 * must measure, category by category, at the targets the bench prints. Each failure names the items
 * that missed and why.
 */
let catalog: Catalog;
let items: QualityItem[];
let results: Map<Category, CategoryResult>;
let baseline: Map<Category, CategoryResult>;

beforeAll(async () => {
  catalog = await loadCatalog();
  items = loadQualitySet();
  results = evaluateSet(items, rubricGrader, catalog.byId);
  baseline = evaluateSet(items, lengthGrader, catalog.byId);
});

const result = (c: Category) => results.get(c) as CategoryResult;

function expectAccuracy(category: Category, threshold: number): void {
  const r = result(category);
  if (r.accuracy < threshold) {
    throw new Error(
      `${category}: accuracy ${r.accuracy.toFixed(3)} < ${threshold} on ${r.items} items; misses:${describeFailures(r)}`,
    );
  }
}

describe("the scorer-quality set", () => {
  it("holds at least 300 valid items in French and English, with every category present", () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.lang === "fr").length).toBeGreaterThanOrEqual(100);
    expect(items.filter((i) => i.lang === "en").length).toBeGreaterThanOrEqual(100);
    expect(new Set(items.map((i) => i.category)).size).toBe(Object.keys(CATEGORIES).length);
  });

  it("names only exercises of the built-in catalog", () => {
    const unknown = items.filter((i) => i.exerciseId !== undefined && !catalog.byId.has(i.exerciseId));
    expect(unknown.map((i) => i.id)).toEqual([]);
  });

  it("rejects an item with an unknown field or no bound", () => {
    const bounds = {
      id: "salad-fr-b01",
      category: "salad",
      kind: "bounds",
      lang: "fr",
      prompt: "Fais un truc.",
    };
    expect(QualityItemSchema.safeParse({ ...bounds, expect: { maxScore: 49 } }).success).toBe(true);
    expect(QualityItemSchema.safeParse({ ...bounds, expect: {} }).success).toBe(false);
    expect(QualityItemSchema.safeParse({ ...bounds, expect: { maxScore: 49, max: 3 } }).success).toBe(false);
  });

  it("shows the length baseline misranks the pairs where the better prompt is the shorter one", () => {
    // Guards the set itself: without these pairs, length alone would look like a good scorer.
    expect((baseline.get("shorter") as CategoryResult).accuracy).toBe(0);
    expect((baseline.get("padded") as CategoryResult).accuracy).toBe(0);
  });
});

describe("scorer quality on the labelled set", () => {
  it("ranks the better prompt of a pair first in at least 95% of all pairs", () => {
    const { pairs, accuracy } = pairwiseAccuracy(results.values());
    expect(pairs).toBeGreaterThanOrEqual(100);
    if (accuracy < 0.95)
      throw new Error(`pairwise accuracy ${accuracy.toFixed(3)} < 0.95 over ${pairs} pairs`);
  });

  const pairwise: Category[] = [
    "ordinary",
    "shorter",
    "padded",
    "stuffed",
    "contradictory",
    "mixed",
    "pasted",
  ];
  it.each(pairwise)("%s: at least 90%% right, and no worse than the length baseline", (category) => {
    expectAccuracy(category, 0.9);
    expect(result(category).accuracy).toBeGreaterThanOrEqual(
      (baseline.get(category) as CategoryResult).accuracy,
    );
  });

  it("word salad and content-free prompts under 120 characters never reach 50", () => {
    expectAccuracy("salad", 1);
  });

  it("natural phrasing (wishes, questions, indirect speech) counts as a goal in at least 90% of prompts", () => {
    expectAccuracy("natural", 0.9);
  });

  it("trivial edits (case, punctuation, one synonym, one typo, sentence order) move the score 5 points at most in 95% of cases", () => {
    expectAccuracy("edits", 0.95);
  });

  it("harmful use of sensitive data fails the safety gate in at least 95% of prompts", () => {
    expectAccuracy("harmful", 0.95);
  });

  it("ordinary work on health topics passes the safety gate in at least 95% of prompts", () => {
    expectAccuracy("health", 0.95);
  });

  // Held out: written before the rules were tuned and never tuned on, so a pass here is not memorised.
  it("harmful use fails the safety gate in at least 95% of the held-out prompts", () => {
    expectAccuracy("heldharmful", 0.95);
    expect(result("heldharmful").items).toBeGreaterThanOrEqual(60);
  });

  it("ordinary health-topic work passes the safety gate in at least 95% of the held-out prompts", () => {
    expectAccuracy("heldhealth", 0.95);
    expect(result("heldhealth").items).toBeGreaterThanOrEqual(60);
  });

  // The second held-out pair: harm stated as a fact, a recommendation or a euphemism, and ordinary work
  // dense with the same words.
  it("harmful use fails the safety gate in at least 95% of the second held-out set", () => {
    expectAccuracy("heldharmfulb", 0.95);
    expect(result("heldharmfulb").items).toBeGreaterThanOrEqual(50);
  });

  it("ordinary health-topic work passes the safety gate in at least 95% of the second held-out set", () => {
    expectAccuracy("heldhealthb", 0.95);
    expect(result("heldhealthb").items).toBeGreaterThanOrEqual(50);
  });

  it.each(["offtask", "heldofftask"] as const)(
    "%s: a good prompt for another exercise, or a generic one, passes at most 10%% of the time and averages under 50",
    (category) => {
      const off = result(category);
      const passRate = off.outcomes.filter((o) => o.verdicts[0]?.passed).length / off.items;
      const mean = off.outcomes.reduce((s, o) => s + (o.scores[0] as number), 0) / off.items;
      if (passRate > 0.1 || mean >= 50) {
        throw new Error(
          `${category}: pass rate ${passRate.toFixed(2)}, mean ${mean.toFixed(1)}; misses:${describeFailures(off)}`,
        );
      }
    },
  );

  it("catalog examples pass at most 10% of the exercises of another skill, averaging under 50", () => {
    const cross = crossSkill(catalog.exercises, rubricGrader);
    expect(cross.runs).toBeGreaterThan(100);
    if (cross.passRate > 0.1 || cross.mean >= 50) {
      throw new Error(`cross-skill: pass rate ${cross.passRate.toFixed(2)}, mean ${cross.mean.toFixed(1)}`);
    }
  });
});
