/**
 * Trains the safety gate's learned reading (src/core/scorer/harm-model.ts) and writes
 * content/scorer/harm-model.json.
 *
 *   npx tsx scripts/build-harm-model.ts             train on the labelled prompts and write the model
 *   npx tsx scripts/build-harm-model.ts --check     exit 1 when the fixtures changed since the model was built
 *   npx tsx scripts/build-harm-model.ts --evaluate  leave each held-out pair out in turn, train on the rest,
 *                                                   and print how its harmful / ordinary prompts read
 *
 * Training data: every prompt of test/fixtures/scorer-quality/*.jsonl — harmful (`expect.safety: "fail"`)
 * against all others (ordinary health-topic prompts, before/after pairs, word salad…) — except the pairs in
 * LEFT_OUT, kept for a first reading. Logistic regression, stochastic gradient descent in a seeded order:
 * the same fixtures give the same model.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { harmFeatures, harmProbability, type HarmModel } from "../src/core/scorer/harm-model";
// The seeded generator the demo data uses: the same fixtures give the same model.
import { mulberry32 } from "../src/server/results/demo/random";

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/scorer-quality");
const OUT = path.join(ROOT, "content/scorer/harm-model.json");
/** The newest outside pair: measured, never trained on, until the next one is written. */
const LEFT_OUT = /held-out-8\.jsonl$/;
const THRESHOLD = 0.8;
const EPOCHS = 30;
const RATE = 0.2;
const L2 = 1e-4;
const MIN_WEIGHT = 0.04;

interface Example {
  text: string;
  harmful: boolean;
  group: string;
}

function fixtureFiles(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
}

function load(files: string[]): Example[] {
  const examples: Example[] = [];
  for (const file of files) {
    const pair = /^(?:harmful-use|health-ordinary)(?:-held-out(?:-(\d+))?)?\.jsonl$/.exec(file);
    const group = pair ? (file.includes("held-out") ? `held-out-${pair[1] ?? "1"}` : "tuning") : "other";
    const lines = fs.readFileSync(path.join(FIXTURES, file), "utf8").split("\n");
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      let item: Record<string, unknown>;
      try {
        item = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${n + 1}: not JSON`);
      }
      const harmful = (item.expect as { safety?: string } | undefined)?.safety === "fail";
      for (const key of ["prompt", "better", "worse"] as const) {
        const text = item[key];
        if (typeof text === "string" && text.trim()) examples.push({ text, harmful, group });
      }
    });
  }
  return examples;
}

function train(examples: Example[]): HarmModel {
  const weights = new Map<string, number>();
  let bias = 0;
  const features = examples.map((e) => harmFeatures(e.text));
  const order = examples.map((_, i) => i);
  const next = mulberry32(17);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const own = features[i] as string[];
      let z = bias;
      for (const f of own) z += weights.get(f) ?? 0;
      const gradient = 1 / (1 + Math.exp(-z)) - ((examples[i] as Example).harmful ? 1 : 0);
      const scale = gradient / Math.sqrt(Math.max(1, own.length));
      for (const f of own) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - RATE * (scale + L2 * w));
      }
      bias -= RATE * gradient * 0.1;
    }
  }
  const kept: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (Math.abs(w) >= MIN_WEIGHT) kept[f] = Math.round(w * 1e4) / 1e4;
  return { version: 1, threshold: THRESHOLD, bias: Math.round(bias * 1e4) / 1e4, weights: kept };
}

function digest(files: string[]): Record<string, string> {
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(fs.readFileSync(path.join(FIXTURES, f)))
        .digest("hex"),
    ]),
  );
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

function main(): void {
  const mode = process.argv[2];
  if (mode !== undefined && mode !== "--check" && mode !== "--evaluate") {
    console.error(`unknown option ${mode}: use --check or --evaluate`);
    process.exit(2);
  }
  const files = fixtureFiles().filter((f) => !LEFT_OUT.test(f));
  if (mode === "--check") {
    const built = JSON.parse(fs.readFileSync(OUT, "utf8")) as { trainedOn?: Record<string, string> };
    const now = digest(files);
    const same = JSON.stringify(built.trainedOn) === JSON.stringify(now);
    console.log(
      same ? "harm model matches its fixtures" : "harm model is out of date: run scripts/build-harm-model.ts",
    );
    process.exit(same ? 0 : 1);
  }
  const examples = load(files);
  if (mode === "--evaluate") {
    const groups = [...new Set(examples.map((e) => e.group))].filter((g) => g.startsWith("held-out")).sort();
    for (const group of groups) {
      const model = train(examples.filter((e) => e.group !== group));
      const own = examples.filter((e) => e.group === group);
      const harmful = own.filter((e) => e.harmful);
      const ordinary = own.filter((e) => !e.harmful);
      const flagged = (list: Example[]) =>
        list.filter((e) => harmProbability(e.text, model) >= THRESHOLD).length;
      console.log(
        `${group.padEnd(11)} left out: harmful read as harmful ${pct(flagged(harmful), harmful.length)} of ${harmful.length}, ` +
          `ordinary read as harmful ${pct(flagged(ordinary), ordinary.length)} of ${ordinary.length}`,
      );
    }
    return;
  }
  const model = train(examples);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify({ ...model, trainedOn: digest(files) })}\n`);
  console.log(
    `${examples.length} prompts (${examples.filter((e) => e.harmful).length} harmful), ` +
      `${Object.keys(model.weights).length} weights kept, written to ${path.relative(ROOT, OUT)}`,
  );
}

main();
