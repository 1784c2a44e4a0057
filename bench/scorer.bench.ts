/**
 * `scorePrompt` latency and throughput for prompts of 50 to 8,000 characters and one 100 KB input,
 * as the task pane runs it on every keystroke. Target: p99 < 2 ms at 2,000 characters; time linear in
 * length (the per-character cost stays flat from 2,000 characters to 100 KB, adversarial inputs included).
 *
 * `npm run bench -- scorer` (or `npx tsx bench/scorer.bench.ts`).   BENCH_CALLS=2000
 */
import { cpus, loadavg } from "node:os";
import { scorePrompt } from "../src/core/scorer";

const CALLS = Number(process.env.BENCH_CALLS || 2000);

/** Sentences from realistic prompts, French and English, mixed to build prompts of any length. */
const SENTENCES = [
  "Rédige une réponse à ce courriel d'un adhérent qui demande où en est son remboursement de lunettes.",
  "Ton cordial et rassurant, 5 lignes maximum, en vouvoyant.",
  "N'invente aucun délai : si l'information manque, indique qu'un conseiller le recontactera.",
  "Contexte : je prépare le comité de jeudi, car les réclamations en tiers payant ont augmenté.",
  "Analyze the selected table (A1:F13, 2024 reimbursements by month) to prepare Thursday's committee.",
  "Give the 3 highest months in a table with the % change, then one concluding sentence.",
  "Only use the data in the table; do not guess causes.",
  'Notes : """Point tiers payant : bascule du prestataire reportée au 3 mars. Relance cotisations semaine 12."""',
  "Summarize the meeting notes below for my manager: first the decisions, then the actions with their owner.",
  "Format : un tableau à 4 colonnes (action, responsable, échéance, priorité), trié par échéance.",
];

function promptOf(length: number, variant: number): string {
  let text = "";
  for (let i = variant; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

interface Row {
  label: string;
  chars: number;
  p50: number;
  p99: number;
  /** p99 of the best of 3 back-to-back calls: the compute cost with waits for a busy core filtered out. */
  p99Best3: number;
  perSecond: number;
}

function measure(label: string, prompts: string[], calls: number): Row {
  for (let i = 0; i < Math.min(200, calls); i++) scorePrompt(prompts[i % prompts.length] as string); // warm-up
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const prompt = prompts[i % prompts.length] as string;
    const t0 = performance.now();
    scorePrompt(prompt);
    times.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const best: number[] = [];
  for (let i = 0; i < Math.ceil(calls / 3); i++) {
    const prompt = prompts[i % prompts.length] as string;
    let min = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      scorePrompt(prompt);
      min = Math.min(min, performance.now() - t0);
    }
    best.push(min);
  }
  best.sort((a, b) => a - b);
  return {
    label,
    chars: (prompts[0] as string).length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    p99Best3: percentile(best, 99),
    perSecond: (calls / elapsed) * 1000,
  };
}

const rows: Row[] = [];
for (const length of [50, 200, 500, 2000, 8000]) {
  const prompts = Array.from({ length: 20 }, (_, v) => promptOf(length, v));
  rows.push(measure(`${length} chars`, prompts, length >= 8000 ? Math.ceil(CALLS / 4) : CALLS));
}
const KB100 = 100 * 1024;
rows.push(measure("100 KB", [promptOf(KB100, 0), promptOf(KB100, 3)], 30));

/** Inputs built to make a backtracking pattern blow up: 10× the text must cost about 10× the time. */
const ADVERSARIAL: Record<string, (size: number) => string> = {
  "unclosed «": (n) => "«".repeat(n),
  "colons a:a:": (n) => "a:".repeat(n / 2),
  'unclosed "': (n) => '"'.repeat(n),
  "open tags <a>": (n) => "<a>".repeat(Math.floor(n / 3)),
  "long words + colon": (n) => `${"x".repeat(70)}:`.repeat(Math.floor(n / 71)),
  "give give": (n) => "give ".repeat(n / 5),
  "ignore the": (n) => "ignore the ".repeat(Math.floor(n / 11)),
  "letters spaced": (n) => "i g n o r e ".repeat(Math.floor(n / 12)),
  "base64-like": (n) => "QUJDRA".repeat(Math.floor(n / 6)),
  "zero-width": (n) => "a\u200b".repeat(n / 2),
  "realistic prompt": (n) => promptOf(n, 0),
};
const adversarial = Object.entries(ADVERSARIAL).map(([name, make]) => ({
  name,
  small: measure(name, [make(KB100 / 10)], 20),
  big: measure(name, [make(KB100)], 10),
}));

const fmt = (ms: number) => `${ms.toFixed(3).padStart(9)} ms`;
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")} (p99 counts time the process waited for a core)`,
);
console.log(`scorePrompt, ${CALLS} calls per size (8,000 chars: ${Math.ceil(CALLS / 4)}; 100 KB: 30 or 10)`);
console.log(
  "input                      |   chars |       p50    |       p99    | p99 best of 3 |  calls/s | µs/1,000 chars",
);
for (const row of rows) {
  console.log(
    [
      row.label.padEnd(26),
      String(row.chars).padStart(7),
      fmt(row.p50),
      fmt(row.p99),
      ` ${fmt(row.p99Best3)}`,
      row.perSecond.toFixed(0).padStart(8),
      ((row.p50 / row.chars) * 1e6).toFixed(0).padStart(8),
    ].join(" | "),
  );
}

const at = (label: string) => rows.find((r) => r.label === label) as Row;
const perChar = (r: Row) => r.p50 / r.chars;
const twoK = at("2000 chars");

console.log("\nlong and adversarial inputs | 10 KB p50    | 100 KB p50   | 100 KB / 10 KB (10 = linear)");
for (const { name, small, big } of adversarial) {
  console.log(
    [name.padEnd(27), fmt(small.p50), fmt(big.p50), (big.p50 / small.p50).toFixed(1).padStart(8)].join(" | "),
  );
}
const worst = Math.max(...adversarial.map((a) => a.big.p50 / a.small.p50));
console.log(
  `\nLinearity: cost per character at 8,000 chars and 100 KB relative to 2,000 chars: ` +
    `${(perChar(at("8000 chars")) / perChar(twoK)).toFixed(2)} and ${(perChar(at("100 KB")) / perChar(twoK)).toFixed(2)} ` +
    `(1.0 = linear); worst 100 KB / 10 KB ratio ${worst.toFixed(1)} (10 = linear, 100 = quadratic).`,
);
console.log(
  `Target p99 < 2 ms at 2,000 chars: ${twoK.p99 < 2 ? "met" : "NOT met"} (wall ${twoK.p99.toFixed(3)} ms; ` +
    `best of 3, waits for a busy core filtered out: ${twoK.p99Best3.toFixed(3)} ms).`,
);
