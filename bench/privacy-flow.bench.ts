/**
 * The privacy flow: what reaches the model once the pane has masked a request, and how fast.
 *  1. On the labelled sets (`test/fixtures/privacy/texts.jsonl`, `held-out.jsonl`,
 *     `held-out-2.jsonl`, `held-out-3.jsonl`, `held-out-4.jsonl`, `held-out-5.jsonl`, `held-out-6.jsonl`, `held-out-7.jsonl`, `held-out-8.jsonl`, `held-out-9.jsonl`): of the texts where a
 *     named person sits beside health information, how many would still carry a surname to the model
 *     (target 0); how many masked requests the API would refuse (target 0: pane and API agree); the
 *     share of ordinary texts sent unchanged (target ≥ 98 %).
 *  2. Throughput of the pane's masking (`screenRequestTexts`) on 1 MB of member correspondence, and of
 *     restoring placeholders in a 1 MB streamed answer cut into 64-character chunks.
 *
 * `npm run bench -- privacy-flow`.
 */
import path from "node:path";
import {
  createAnswerRestorer,
  DEFAULT_PRIVACY_POLICY,
  detectPersonalData,
  screenRequestTexts,
} from "../src/core/privacy";
import { loadLabelledTexts, type LabelledText } from "../test/support/privacy-corpus";

const FIXTURES = path.join(__dirname, "..", "test", "fixtures", "privacy");
const policy = DEFAULT_PRIVACY_POLICY;

function surnames(item: LabelledText): string[] {
  return item.names
    .map((n) => item.text.slice(n.start, n.end).split(/\s+/).pop() ?? "")
    .filter((w) => w.length >= 3);
}

function flowQuality(label: string, texts: LabelledText[]): void {
  let besideHealth = 0;
  let leaked = 0;
  let refused = 0;
  let ordinary = 0;
  let unchanged = 0;
  const leaks: string[] = [];
  for (const item of texts) {
    const pane = screenRequestTexts({ context: item.text }, policy, { lang: item.lang, pseudonymise: true });
    const api = screenRequestTexts(pane.texts, policy, { lang: item.lang, pseudonymise: false });
    if (pane.blocked.length === 0 && api.blocked.length > 0) refused++;
    if (item.ordinary) {
      ordinary++;
      if (pane.blocked.length === 0 && pane.texts.context === item.text) unchanged++;
    }
    const health = detectPersonalData(item.text).some((f) => f.type === "HEALTH_TERM");
    if (!health || item.names.length === 0) continue;
    besideHealth++;
    const sent = pane.texts.context ?? "";
    const seen = surnames(item).filter((s) => new RegExp(`(^|[^\\p{L}])${s}([^\\p{L}]|$)`, "u").test(sent));
    if (pane.blocked.length === 0 && seen.length > 0) {
      leaked++;
      leaks.push(`${item.id}: ${seen.join(", ")}`);
    }
  }
  console.log(`${label}:`);
  console.log(
    `  names beside health information: ${besideHealth} texts, a surname reaches the model in ${leaked}`,
  );
  if (leaks.length) console.log(`    ${leaks.slice(0, 10).join("\n    ")}`);
  console.log(`  masked requests the API would refuse: ${refused} of ${texts.length}`);
  console.log(
    `  ordinary texts sent unchanged: ${unchanged}/${ordinary} = ${((100 * unchanged) / Math.max(1, ordinary)).toFixed(1)} % (target ≥ 98 %)`,
  );
}

/**
 * This process's CPU time for `run` in ms, best of `runs` (5 by default, BENCH_RUNS to change): on a
 * machine shared with other work, wall time measures the others too.
 */
function cpuMs(run: () => void, runs = Number(process.env.BENCH_RUNS || 5)): number {
  run();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function mbPerSecond(bytes: number, run: () => void): number {
  return bytes / (1024 * 1024) / (cpuMs(run) / 1000);
}

const labelled = loadLabelledTexts();
flowQuality("labelled set", labelled);
flowQuality("held-out set", loadLabelledTexts(path.join(FIXTURES, "held-out.jsonl")));
flowQuality("held-out set 2", loadLabelledTexts(path.join(FIXTURES, "held-out-2.jsonl")));
flowQuality("held-out set 3", loadLabelledTexts(path.join(FIXTURES, "held-out-3.jsonl")));
flowQuality("held-out set 4", loadLabelledTexts(path.join(FIXTURES, "held-out-4.jsonl")));
flowQuality("held-out set 5", loadLabelledTexts(path.join(FIXTURES, "held-out-5.jsonl")));
flowQuality("held-out set 6", loadLabelledTexts(path.join(FIXTURES, "held-out-6.jsonl")));
flowQuality("held-out set 7", loadLabelledTexts(path.join(FIXTURES, "held-out-7.jsonl")));
flowQuality("held-out set 8", loadLabelledTexts(path.join(FIXTURES, "held-out-8.jsonl")));
flowQuality("held-out set 9", loadLabelledTexts(path.join(FIXTURES, "held-out-9.jsonl")));

const correspondence = labelled
  .filter((t) => !t.ordinary)
  .map((t) => t.text)
  .join("\n\n");
const MB = 1024 * 1024;
const oneMb = correspondence.repeat(Math.ceil(MB / correspondence.length)).slice(0, MB);
let masked = "";
const maskRate = mbPerSecond(MB, () => {
  masked =
    screenRequestTexts({ context: oneMb }, policy, { lang: "fr", pseudonymise: true }).texts.context ?? "";
});
const detectRate = mbPerSecond(MB, () => detectPersonalData(oneMb));
const table = screenRequestTexts({ context: oneMb }, policy, { lang: "fr", pseudonymise: true }).pseudonyms;
const restoreRate = mbPerSecond(masked.length, () => {
  const restorer = createAnswerRestorer(table);
  for (let i = 0; i < masked.length; i += 64) restorer.push(masked.slice(i, i + 64));
  restorer.end();
});
console.log(`throughput on 1 MB of member correspondence (CPU time, best of runs; target ≥ 5 MB/s):`);
console.log(
  `  masking in the pane (detect + pseudonymise): ${maskRate.toFixed(1)} MB/s (${table.size} placeholders)`,
);
console.log(`  detection alone: ${detectRate.toFixed(1)} MB/s`);
console.log(`  restoring a streamed answer (64-char chunks): ${restoreRate.toFixed(1)} MB/s`);

// Linear time: the whole masking path on 4 MB costs about 4× 1 MB, also when every person is new
// (thousands of people sharing a family name) and when the API screens an already masked text.
const mask = (text: string) =>
  screenRequestTexts({ context: text }, policy, { lang: "fr", pseudonymise: true });
const letters = (n: number) => {
  let word = "";
  for (let i = n; word.length < 4 || i > 0; i = Math.floor(i / 26))
    word += String.fromCharCode(97 + (i % 26));
  return word[0]!.toUpperCase() + word.slice(1);
};
const family = (size: number) => {
  const rows: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    const row = `Mme ${letters(i)} Martin a appelé pour son remboursement.\n`;
    rows.push(row);
    length += row.length;
  }
  return rows.join("").slice(0, size);
};
console.log("linear time (CPU ms for 1 MB and 4 MB, ratio):");
for (const [name, make, field] of [
  [
    "member correspondence",
    (size: number) => correspondence.repeat(Math.ceil(size / correspondence.length)).slice(0, size),
    "pane",
  ],
  ["people sharing a family name", family, "pane"],
  [
    "masked text screened by the API",
    (size: number) =>
      mask(correspondence.repeat(Math.ceil(size / correspondence.length)).slice(0, size)).texts.context ?? "",
    "api",
  ],
] as const) {
  const screen = (text: string) =>
    field === "pane"
      ? mask(text)
      : screenRequestTexts({ context: text }, policy, { lang: "fr", pseudonymise: false });
  const one = make(MB);
  const four = make(4 * MB);
  const oneMs = cpuMs(() => screen(one), 3);
  const fourMs = cpuMs(() => screen(four), 3);
  console.log(
    `  ${name.padEnd(32)} ${oneMs.toFixed(0).padStart(6)} ms ${fourMs.toFixed(0).padStart(6)} ms  ${(fourMs / oneMs).toFixed(1)}×`,
  );
}
