/**
 * Context features and recommendation cost, as the task pane pays them on every selection change:
 *  - computeFeatures on an email (2 KB), the host adapters' default bound (20 KB), a long document
 *    (50 KB) and an oversized selection (1 MB);
 *  - recommendExercise over the built-in catalog with a year of history (500 attempts);
 *  - loading and validating the built-in catalog (API start).
 * Target: features + recommendation under 5 ms at the adapters' default bound (20 KB), so a new
 * selection is reflected at once. `npm run bench -- recommend`.
 */
import { computeFeatures } from "../src/core/features";
import { initialMastery } from "../src/core/learner";
import { recommendExercise } from "../src/core/recommender";
import type { HostContext } from "../src/core/types";
import { loadBuiltInCatalog } from "../src/server/catalog/load";

const RUNS = Number(process.env.BENCH_RUNS || 50);

const EMAIL =
  "Madame, Monsieur,\nJe me permets de vous relancer : j'ai envoyé le 10 février la facture de mes séances " +
  "(384,00 €) et je n'ai toujours reçu aucun remboursement. Pouvez-vous me dire où en est mon dossier ?\n" +
  "Cordialement,\nMme Claire Fontaine\n\nDe : Service Prestations\nEnvoyé : lundi 24 février 2025\n";

function textOf(bytes: number): string {
  let text = "";
  while (text.length < bytes) text += EMAIL;
  return text.slice(0, bytes);
}

function context(text: string): HostContext {
  return {
    host: "outlook",
    mode: "read",
    title: "RE: remboursement",
    text,
    truncated: false,
    isSelection: false,
    tables: [],
    meta: {},
  };
}

/** Median wall-clock time per run, and the mean CPU time per run (what a busy machine does not inflate). */
function measure(fn: () => void, runs = RUNS): string {
  const times: number[] = [];
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const cpu = process.cpuUsage(cpuStarted);
  times.sort((a, b) => a - b);
  const digits = times[Math.floor(times.length / 2)]! < 1 ? 3 : 2;
  return `median ${times[Math.floor(times.length / 2)]!.toFixed(digits)} ms, CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(digits)} ms`;
}

async function main(): Promise<void> {
  const loadStarted = process.hrtime.bigint();
  const catalog = await loadBuiltInCatalog();
  console.log(
    `load + validate built-in catalog (${catalog.exercises.length} exercises): ${(Number(process.hrtime.bigint() - loadStarted) / 1e6).toFixed(1)} ms`,
  );

  for (const [label, bytes] of [
    ["email 2 KB", 2_000],
    ["default bound 20 KB", 20_000],
    ["document 50 KB", 50_000],
    ["selection 1 MB", 1_000_000],
  ] as const) {
    const ctx = context(textOf(bytes));
    const runs = bytes > 100_000 ? 9 : RUNS;
    console.log(`computeFeatures, ${label}: ${measure(() => computeFeatures(ctx), runs)}`);
  }

  // Inputs built to trigger regex backtracking: all must stay linear.
  for (const [label, unit] of [
    ["digits and spaces", "1 "],
    ["digits", "1"],
    ["dotted digits", "1."],
    ["quote marks", ">"],
  ] as const) {
    const ctx = context(unit.repeat(Math.ceil(100_000 / unit.length)));
    console.log(`computeFeatures, 100 KB of ${label}: ${measure(() => computeFeatures(ctx), 9)}`);
  }

  const features = computeFeatures(context(textOf(50_000)));
  const now = new Date();
  const history = Array.from({ length: 500 }, (_, i) => ({
    exerciseId: catalog.exercises[i % catalog.exercises.length]!.id,
    at: new Date(now.getTime() - i * 17 * 3_600_000).toISOString(),
  }));
  const learner = { mastery: initialMastery(), level: "beginner" as const };
  console.log(
    `recommendExercise, ${catalog.exercises.length} exercises, 500 attempts: ${measure(() => recommendExercise(features, learner, catalog.exercises, history, now), RUNS * 20)}`,
  );
}

void main();
