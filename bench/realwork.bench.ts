/**
 * Reading a model's answer for insertion (src/core/realwork): HTML for Word and Outlook, the table and
 * formula checks behind Excel's buttons. Time at 10 KB, 50 KB and 100 KB, realistic and hostile
 * shapes (long blank runs, unclosed fences, endless pipes and bold markers). Target: linear — 10× the
 * text costs about 10× the time, not 100× — and under 20 ms for a 10 KB answer (the pane computes the
 * buttons on every streamed chunk).
 *
 * `npm run bench -- realwork`   BENCH_RUNS=7
 */
import { answerToHtml, answerToPlainText } from "../src/core/realwork/markup";
import { answerFormula, answerTable, writeKindsFor } from "../src/core/realwork/shape";

const RUNS = Number(process.env.BENCH_RUNS || 7);

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const INPUTS: Record<string, (size: number) => string> = {
  "letter with lists": (n) =>
    repeat("Bonjour **Mme Martin**,\n\nVoici les points :\n- délai de 5 jours\n1. pièce manquante\n\n", n),
  "markdown table": (n) => `| Acte | Montant |\n|---|---|\n${repeat("| Consultation | 1 250,50 |\n", n)}`,
  "spaces inside lines": (n) => `a${" ".repeat(n - 2)}b`,
  "unclosed fences": (n) => repeat("```\n=A1\n", n),
  "pipes without a rule": (n) => repeat("| a | b ", n),
  "bold markers": (n) => repeat("**a __b ", n),
  "semicolons prose": (n) => repeat("Bonjour ; merci. Cordialement ; à bientôt.\n", n),
};

function fastest(run: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

function main(): void {
  const sizes = [10_000, 50_000, 100_000];
  console.log(
    `input${" ".repeat(20)}${sizes.map((s) => `${s / 1000} KB`.padStart(10)).join("")}   100 KB / 10 KB`,
  );
  for (const [name, make] of Object.entries(INPUTS)) {
    const times = sizes.map((size) => {
      const text = make(size);
      return fastest(() => {
        answerToHtml(text);
        answerToPlainText(text);
        answerTable(text);
        answerFormula(text);
        writeKindsFor("excel", "edit", text);
      });
    });
    const ratio = (times[2] ?? 0) / Math.max(times[0] ?? 0, 0.01);
    console.log(
      `${name.padEnd(25)}${times.map((t) => `${t.toFixed(1)} ms`.padStart(10)).join("")}   ${ratio.toFixed(1)}×`,
    );
  }
}

main();
