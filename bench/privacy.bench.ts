/**
 * Privacy guard quality and throughput.
 *  1. Quality on the labelled set (`test/fixtures/privacy/texts.jsonl`, and the held-out
 *     `held-out.jsonl`, `held-out-2.jsonl`, `held-out-3.jsonl`, `held-out-4.jsonl`, `held-out-5.jsonl`, `held-out-6.jsonl`, `held-out-7.jsonl`, `held-out-8.jsonl`, `held-out-9.jsonl`): name recall and precision (targets ≥ 0.95 / ≥ 0.90), and the share of ordinary
 *     texts with no finding and sent unchanged (target ≥ 98 %).
 *  2. Throughput of `detectPersonalData` and `applyPrivacyPolicy` on 1 MB: member correspondence (the
 *     labelled set's letters, tables and notes), with the tenant's own identifier patterns too, and
 *     adversarial inputs (long digit runs, repeated separators, "@", birth cues, capitalised words,
 *     honorifics, table headers, street and contract cues). 100 KB and 4 MB show the time grows linearly.
 *     Target ≥ 5 MB/s on member correspondence.
 *  3. Size of the data the pane loads with the guard (gzip).
 *
 * `npm run bench -- privacy` (or `npx tsx bench/privacy.bench.ts`).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { applyPrivacyPolicy, detectPersonalData, type DetectOptions } from "../src/core/privacy";
import { loadLabelledTexts, scoreNames, scoreOrdinary } from "../test/support/privacy-corpus";

const KB = 1024;
const MB = 1024 * KB;
const RUNS = Number(process.env.BENCH_RUNS || 5);

const LETTER = [
  "Madame, Monsieur,\n",
  "Suite à votre demande du 12 mars concernant le remboursement de 1 234,56 € (dossier SIN-2024-000123), ",
  "nous avons bien reçu les pièces. L'assurée, née le 03/07/1979, joignable au 06 12 34 56 78 ou à ",
  "marie.durand@exemple.fr, demande un virement sur FR76 3000 6000 0112 3456 7890 189. ",
  "Son numéro de sécurité sociale 2 79 07 2A 004 012 18 figure sur l'ordonnance jointe. ",
  "La réunion de suivi aura lieu le 14/04/2024 à 14h30, salle 3, 75008 Paris.\n\n",
].join("");

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const FIXTURES = path.join(__dirname, "..", "test", "fixtures", "privacy");
const labelled = loadLabelledTexts();
const heldOut = loadLabelledTexts(path.join(FIXTURES, "held-out.jsonl"));
// Written by hand after the detector was last tuned, and never tuned on: the figure outsiders would see.
const heldOut2 = loadLabelledTexts(path.join(FIXTURES, "held-out-2.jsonl"));
const heldOut3 = loadLabelledTexts(path.join(FIXTURES, "held-out-3.jsonl"));
const heldOut4 = loadLabelledTexts(path.join(FIXTURES, "held-out-4.jsonl"));
// Written by another author than the rules, from the outside, and not gated: measured only.
const heldOut5 = loadLabelledTexts(path.join(FIXTURES, "held-out-5.jsonl"));
const heldOut6 = loadLabelledTexts(path.join(FIXTURES, "held-out-6.jsonl"));
const heldOut7 = loadLabelledTexts(path.join(FIXTURES, "held-out-7.jsonl"));
// Written by the rules' author as varied probes before the firm and common-word-surname rules, then tuned on.
const heldOut8 = loadLabelledTexts(path.join(FIXTURES, "held-out-8.jsonl"));
// Written from the outside and kept sealed while the rules of held-out 8 were written: measured only.
const heldOut9 = loadLabelledTexts(path.join(FIXTURES, "held-out-9.jsonl"));
const CORRESPONDENCE = labelled
  .filter((t) => !t.ordinary)
  .map((t) => t.text)
  .join("\n\n----\n\n");

const TENANT: DetectOptions = {
  tenantIdentifiers: [
    { label: "N° adhérent", pattern: "ADH-\\d{8}", caseInsensitive: false },
    { label: "Dossier sinistre", pattern: "SIN-\\d{4}-\\d{6}", caseInsensitive: true },
  ],
};

console.log("names and ordinary texts (labelled set)");
console.log("set                 | texts | names | recall | precision | ordinary | no finding | unchanged");
const HELD_OUT = [
  ["held-out", heldOut],
  ["held-out 2", heldOut2],
  ["held-out 3", heldOut3],
  ["held-out 4", heldOut4],
  ["held-out 5", heldOut5],
  ["held-out 6", heldOut6],
  ["held-out 7", heldOut7],
  ["held-out 8", heldOut8],
  ["held-out 9", heldOut9],
] as const;
for (const [name, set] of [["labelled", labelled] as const, ...HELD_OUT]) {
  const names = scoreNames(set);
  const ordinary = scoreOrdinary(set);
  console.log(
    [
      name.padEnd(19),
      String(set.length).padStart(5),
      String(names.names).padStart(5),
      names.recall.toFixed(3).padStart(6),
      names.precision.toFixed(3).padStart(9),
      String(ordinary.ordinary).padStart(8),
      `${((100 * ordinary.noFinding) / ordinary.ordinary).toFixed(1)} %`.padStart(10),
      `${((100 * ordinary.unchanged) / ordinary.ordinary).toFixed(1)} %`.padStart(9),
    ].join(" | "),
  );
}
console.log("targets: recall ≥ 0.95, precision ≥ 0.90, ordinary texts unchanged ≥ 98 %");
if (process.env.BENCH_VERBOSE) {
  for (const [name, set] of HELD_OUT) {
    const names = scoreNames(set);
    const ordinary = scoreOrdinary(set);
    console.log(`${name} missed: ${names.missed.join(" | ") || "none"}`);
    console.log(`${name} false positives: ${names.falsePositives.join(" | ") || "none"}`);
    console.log(`${name} findings in ordinary texts: ${ordinary.findings.join(" | ") || "none"}`);
  }
}
console.log("");

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const ROOT = path.join(__dirname, "..");
console.log(
  `data loaded with the guard (gzip): names ${(gzip(path.join(ROOT, "content/privacy/names.json")) / 1024).toFixed(1)} KB, ` +
    `not-names ${(gzip(path.join(ROOT, "content/privacy/not-names.json")) / 1024).toFixed(1)} KB, ` +
    `towns ${(gzip(path.join(ROOT, "content/privacy/places.json")) / 1024).toFixed(1)} KB, ` +
    `health terms ${(gzip(path.join(ROOT, "content/privacy/health-terms.json")) / 1024).toFixed(1)} KB, ` +
    `re2js ${(gzip(require.resolve("re2js")) / 1024).toFixed(1)} KB (unminified)\n`,
);

const CORPORA: Record<string, (size: number) => string> = {
  "member correspondence": (size) => repeatTo(CORRESPONDENCE, size),
  "claim letters": (size) => repeatTo(LETTER, size),
  "plain prose": (size) =>
    repeatTo("Le comité a validé le plan de formation pour les équipes du service client. ", size),
  "one digit run": (size) => "4".repeat(size),
  "digits and spaces": (size) => repeatTo("1 ", size),
  "repeated @": (size) => repeatTo("a@", size),
  "birth cues": (size) => repeatTo("né le ", size),
  "+33 prefixes": (size) => repeatTo("+33 ", size),
  "capitalised words": (size) => repeatTo("Claire Fontaine Dupont Martin ", size),
  honorifics: (size) => repeatTo("M. Mme Dr ", size),
  "table headers": (size) => repeatTo("Nom\tPrénom\n", size),
  "table rows": (size) => `Nom\tPrénom\n${repeatTo("Fontaine\tClaire\n", size)}`,
  "street cues": (size) => repeatTo("12 rue de la ", size),
  "contract cues": (size) => repeatTo("contrat n° ", size),
  "possible NIR": (size) => repeatTo("1 85 05 78 006 084 ", size),
};

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function measure(text: string, fn: (t: string) => unknown): number {
  fn(text); // warm-up
  // Best of RUNS: on a shared machine the fastest run is the one least disturbed by other work.
  return Math.min(...Array.from({ length: RUNS }, () => time(() => fn(text))));
}

/** CPU time of this process for `fn`, best of RUNS: what the work costs when other work shares the cores. */
function measureCpu(text: string, fn: (t: string) => unknown): number {
  fn(text);
  return Math.min(
    ...Array.from({ length: RUNS }, () => {
      const started = process.cpuUsage();
      fn(text);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    }),
  );
}

console.log(`privacy guard, best of ${RUNS} runs`);
console.log(
  "corpus                | 1 MB detect |  MB/s | MB/s CPU | 1 MB policy | 100 KB | 4 MB    | 1MB/100KB | 4MB/1MB | findings/MB",
);
const runs: Array<[string, (size: number) => string, DetectOptions]> = Object.entries(CORPORA).map(
  ([name, make]) => [name, make, {}],
);
runs.splice(1, 0, ["  + tenant patterns", CORPORA["member correspondence"]!, TENANT]);
for (const [name, make, options] of runs) {
  const mb = make(MB);
  const detect = (t: string) => detectPersonalData(t, options);
  const detectMs = measure(mb, detect);
  const detectCpuMs = measureCpu(mb, detect);
  const policyMs = measure(mb, (t) => applyPrivacyPolicy(t));
  const smallMs = measure(make(100 * KB), detect);
  const largeMs = measure(make(4 * MB), detect);
  const findings = detect(mb).length;
  console.log(
    [
      name.padEnd(21),
      `${detectMs.toFixed(0).padStart(8)} ms`,
      (1000 / detectMs).toFixed(1).padStart(5),
      (1000 / detectCpuMs).toFixed(1).padStart(8),
      `${policyMs.toFixed(0).padStart(8)} ms`,
      `${smallMs.toFixed(1).padStart(6)}`,
      `${largeMs.toFixed(0).padStart(7)}`,
      `${(detectMs / smallMs).toFixed(1).padStart(8)}×`,
      `${(largeMs / detectMs).toFixed(1).padStart(6)}×`,
      String(findings).padStart(10),
    ].join(" | "),
  );
}
console.log(
  "MB/s CPU counts this process's CPU time only: on a machine shared with other work it is the figure to compare with the target.",
);
console.log(
  "Linear time: 4 MB takes about 4× 1 MB. From 100 KB to 1 MB the ratio exceeds 10 because 100 KB stays in the CPU caches.",
);
