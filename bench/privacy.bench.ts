/**
 * Privacy guard throughput: `detectPersonalData` and `applyPrivacyPolicy` on 1 MB of text, realistic
 * (French claim correspondence with identifiers sprinkled in) and adversarial (long digit runs,
 * repeated separators, "@" and birth cues). Also 100 KB vs 1 MB, to show the time grows linearly.
 *
 * `npm run bench -- privacy` (or `npx tsx bench/privacy.bench.ts`).
 */
import { applyPrivacyPolicy, detectPersonalData } from "../src/core/privacy";

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

const CORPORA: Record<string, (size: number) => string> = {
  "claim letters": (size) => repeatTo(LETTER, size),
  "plain prose": (size) => repeatTo("Le comité a validé le plan de formation pour les équipes du service client. ", size),
  "one digit run": (size) => "4".repeat(size),
  "digits and spaces": (size) => repeatTo("1 ", size),
  "repeated @": (size) => repeatTo("a@", size),
  "birth cues": (size) => repeatTo("né le ", size),
  "+33 prefixes": (size) => repeatTo("+33 ", size),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function measure(text: string, fn: (t: string) => unknown): number {
  fn(text); // warm-up
  return median(Array.from({ length: RUNS }, () => time(() => fn(text))));
}

console.log(`privacy guard, median of ${RUNS} runs`);
console.log("corpus               | 1 MB detect | MB/s  | 1 MB policy | 100 KB detect | 1 MB / 100 KB | findings");
for (const [name, make] of Object.entries(CORPORA)) {
  const big = make(MB);
  const small = make(100 * KB);
  const detectMs = measure(big, detectPersonalData);
  const policyMs = measure(big, (t) => applyPrivacyPolicy(t));
  const smallMs = measure(small, detectPersonalData);
  const findings = detectPersonalData(big).length;
  console.log(
    [
      name.padEnd(20),
      `${detectMs.toFixed(0).padStart(8)} ms`,
      (1000 / detectMs).toFixed(1).padStart(5),
      `${policyMs.toFixed(0).padStart(8)} ms`,
      `${smallMs.toFixed(1).padStart(10)} ms`,
      `${(detectMs / smallMs).toFixed(1).padStart(10)}×`,
      String(findings).padStart(8),
    ].join(" | "),
  );
}
console.log("Linear time shows as a 1 MB / 100 KB ratio near 10 (10× the text).");
