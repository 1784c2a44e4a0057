/**
 * How well the score measures prompt skill, on the labelled set in test/fixtures/scorer-quality:
 * accuracy per category beside a length-only baseline on the same items, then the figures the
 * scorer's targets are stated in.
 *
 * `npm run bench -- scorer-quality`   (SHOW_FAILURES=1 lists every missed item)
 */
import { loadCatalog } from "../src/server/catalog/load";
import {
  CATEGORIES,
  crossSkill,
  describeFailures,
  evaluateSet,
  lengthGrader,
  loadQualitySet,
  pairwiseAccuracy,
  rubricGrader,
  type Category,
  type CategoryResult,
} from "../test/support/scorer-quality";

async function main(): Promise<void> {
  const catalog = await loadCatalog();
  const items = loadQualitySet();
  const rubric = evaluateSet(items, rubricGrader, catalog.byId);
  const length = evaluateSet(items, lengthGrader, catalog.byId);

  const fr = items.filter((i) => i.lang === "fr").length;
  console.log(
    `${items.length} labelled items (${fr} FR, ${items.length - fr} EN), ${catalog.exercises.length} exercises`,
  );
  const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;
  console.log("\ncategory                      | items | scorer   | length baseline | scorer FR | scorer EN");
  const byLang = (r: CategoryResult, lang: "fr" | "en") => {
    const own = r.outcomes.filter((o) => o.item.lang === lang);
    return own.length === 0 ? "      —" : pct(own.filter((o) => o.ok).length / own.length);
  };
  for (const category of Object.keys(CATEGORIES) as Category[]) {
    const r = rubric.get(category);
    const b = length.get(category);
    if (!r || !b) continue;
    console.log(
      `${CATEGORIES[category].padEnd(29)} | ${String(r.items).padStart(5)} | ${pct(r.accuracy)} | ${pct(b.accuracy)}         | ${byLang(r, "fr")}   | ${byLang(r, "en")}`,
    );
  }
  const pairs = pairwiseAccuracy(rubric.values());
  const pairsBase = pairwiseAccuracy(length.values());
  console.log(
    `\npairwise accuracy, all categories (${pairs.pairs} pairs): ${pairs.accuracy.toFixed(3)} ` +
      `(length baseline ${pairsBase.accuracy.toFixed(3)}); target ≥ 0.95, ≥ 0.90 in each category`,
  );

  const get = (c: Category) => rubric.get(c) as CategoryResult;
  const scoresOf = (r: CategoryResult) => r.outcomes.map((o) => o.scores[0] as number);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

  for (const [label, category] of [
    ["off-task prompts (a good prompt for another exercise)", "offtask"],
    ["held-out off-task and generic prompts", "heldofftask"],
  ] as const) {
    const off = get(category);
    const offPass = off.outcomes.filter((o) => o.verdicts[0]?.passed).length / off.items;
    console.log(
      `${label}: pass ${pct(offPass)}, mean ${mean(scoresOf(off)).toFixed(1)}, max ${Math.max(...scoresOf(off))} ` +
        `(${off.items}); target pass ≤ 10 %, mean < 50`,
    );
  }
  const cross = crossSkill(catalog.exercises, rubricGrader);
  console.log(
    `catalog examples on exercises of another skill (${cross.runs} runs): pass ${pct(cross.passRate)}, mean ${cross.mean.toFixed(1)}`,
  );

  const contentFree = [get("salad"), get("stuffed"), get("contradictory")].flatMap((r) =>
    r.outcomes.filter(
      (o) => o.item.kind === "bounds" && o.item.prompt.length < 120 && o.item.expect.maxScore !== undefined,
    ),
  );
  const salad = get("salad");
  console.log(
    `word salad: max ${Math.max(...scoresOf(salad))}; content-free prompts under 120 characters ` +
      `(${contentFree.length}): max ${Math.max(...contentFree.map((o) => o.scores[0] as number))}; target < 50`,
  );

  // The safety gate, on the set it is tuned on and on the held-out sets nobody tunes on.
  for (const [label, harmfulCategory, healthCategory] of [
    ["tuning", "harmful", "health"],
    ["held out", "heldharmful", "heldhealth"],
    ["held out 2", "heldharmfulb", "heldhealthb"],
    ["held out 3", "heldharmfulc", "heldhealthc"],
    ["held out 4", "heldharmfuld", "heldhealthd"],
    ["held out 5", "heldharmfule", "heldhealthe"],
    ["held out 6", "heldharmfulf", "heldhealthf"],
    ["held out 7", "heldharmfulg", "heldhealthg"],
    ["held out 8", "heldharmfulh", "heldhealthh"],
  ] as const) {
    const harmful = get(harmfulCategory);
    const failRate = harmful.outcomes.filter((o) => !o.verdicts[0]?.safetyPassed).length / harmful.items;
    const health = get(healthCategory);
    const passRate = health.outcomes.filter((o) => o.verdicts[0]?.safetyPassed).length / health.items;
    console.log(
      `${label.padEnd(10)}: harmful use fails safety: ${pct(failRate)} of ${harmful.items} (target ≥ 95 %); ` +
        `ordinary health-topic prompts pass safety: ${pct(passRate)} of ${health.items} (target ≥ 95 %)`,
    );
  }

  const edits = get("edits");
  const deltas = edits.outcomes.map((o) => Math.abs((o.scores[0] as number) - (o.scores[1] as number)));
  const byEdit = new Map<string, number[]>();
  for (const o of edits.outcomes) {
    if (o.item.kind !== "edit") continue;
    const list = byEdit.get(o.item.edit) ?? [];
    list.push(Math.abs((o.scores[0] as number) - (o.scores[1] as number)));
    byEdit.set(o.item.edit, list);
  }
  console.log(
    `trivial edits within 5 points: ${pct(edits.accuracy)} of ${edits.items} (target ≥ 95 %), max |Δ| ${Math.max(...deltas)}; ` +
      [...byEdit].map(([k, v]) => `${k} max ${Math.max(...v)}`).join(", "),
  );

  if (process.env.SHOW_FAILURES) {
    for (const category of Object.keys(CATEGORIES) as Category[])
      console.log(`\n${CATEGORIES[category]} misses:${describeFailures(rubric.get(category), 1000)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
