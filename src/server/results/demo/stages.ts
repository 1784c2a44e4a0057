import type { StageTarget } from "../../../core/results/stages";
import { CRITERIA, type CriterionId, type Host } from "../../../core/types";
import type { Database, NewAttempt } from "../../store/schema";

/**
 * The demo pilot's two stages, so its bilan reads sensibly: the pilot's weeks cut in two, each
 * with targets; every learner who started takes their host's benchmark at onboarding (scoring about
 * what their first exercise scores: the same starting skill) and most retake it at each stage's end, scoring ~11 points more after stage 1 and ~7 after stage 2, with
 * noise (sd 9); the confidence pulse rises ~0.6 then ~0.4 on its 1–5 scale. Deterministic.
 */
export const DEMO_BENCHMARKS: Record<Host, string> = {
  word: "word-benchmark-procedure-note",
  outlook: "outlook-benchmark-member-reply",
  excel: "excel-benchmark-figures-comment",
};

export interface DemoStages {
  stages: Database["stages"][];
  attempts: NewAttempt[];
  pulses: Database["pulses"][];
}

const DAY = 86_400_000;
const AI_USE = ["never", "monthly", "weekly", "daily"] as const;

export function generateDemoStages(
  tenantId: string,
  from: string,
  to: string,
  attempts: readonly NewAttempt[],
  now: Date,
  random: () => number,
  uuid: () => string,
): DemoStages {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
  const fromMs = Date.parse(`${from}T00:00:00.000Z`);
  const toMs = Date.parse(`${to}T00:00:00.000Z`);
  const weeks = Math.max(2, Math.round((toMs - fromMs) / (7 * DAY)) + 1);
  const stage1End = fromMs + Math.floor(weeks / 2) * 7 * DAY - DAY;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const stamp = now.toISOString();
  const stage = (id: string, name: string, startsOn: string, endsOn: string, targets: StageTarget[]) => ({
    tenant_id: tenantId,
    stage_id: id,
    name,
    starts_on: startsOn,
    ends_on: endsOn,
    cohorts: "[]",
    targets: JSON.stringify(targets),
    updated_by: "demo",
    updated_at: stamp,
  });
  const stages = [
    stage("etape-1", "Étape 1 — découverte", from, day(stage1End), [
      { metric: "weeklyActiveShare", min: 0.4 },
      { metric: "benchmarkChange", min: 10 },
      { metric: "minutesSavedPerWeek", min: 20 },
      { metric: "confidenceChange", min: 0.5 },
    ]),
    stage("etape-2", "Étape 2 — usage au quotidien", day(stage1End + DAY), to, [
      { metric: "weeklyActiveShare", min: 0.5 },
      { metric: "benchmarkChange", min: 15 },
      { metric: "minutesSavedPerWeek", min: 30 },
      { metric: "startedShare", min: 0.9 },
      { metric: "realUsesPerWeek", min: 1 },
    ]),
  ];

  // Each learner's first attempt: their onboarding, and the row benchmark attempts are modelled on.
  const first = new Map<string, NewAttempt>();
  const lastAt = new Map<string, string>();
  for (const a of attempts) {
    const seen = first.get(a.user_id);
    if (!seen || a.submitted_at < seen.submitted_at) first.set(a.user_id, a);
    if ((lastAt.get(a.user_id) ?? "") < a.submitted_at) lastAt.set(a.user_id, a.submitted_at);
  }
  const benchmarkAttempts: NewAttempt[] = [];
  const pulses: Database["pulses"][] = [];
  const nowMs = now.getTime();
  const endWindow = (endMs: number) =>
    endMs - Math.floor(random() * 6) * DAY + (9 + Math.floor(random() * 8)) * 3_600_000;

  for (const [userId, model] of [...first].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const host = model.host as Host;
    const onboarding = Date.parse(model.submitted_at) - 30 * 60_000;
    // The onboarding benchmark reads the learner's starting skill: their first exercise's score, with noise.
    let score = clamp(Math.round(Number(model.score) + 6 * normal()), 5, 95);
    let confidence = clamp(Math.round(2.4 + 0.8 * normal()), 1, 5);
    const take = (atMs: number) => {
      benchmarkAttempts.push(benchmarkRow(model, uuid(), DEMO_BENCHMARKS[host], score, atMs));
      pulses.push({
        tenant_id: tenantId,
        id: uuid(),
        user_id: userId,
        confidence,
        ai_use: AI_USE[clamp(confidence - 2, 0, 3)]!,
        answered_at: new Date(atMs - 5 * 60_000).toISOString(),
      });
    };
    take(onboarding);
    const stillActive = (endMs: number) =>
      (lastAt.get(userId) ?? "") >= new Date(endMs - 21 * DAY).toISOString();
    for (const [endMs, gain, lift] of [
      [stage1End, 11, 0.6],
      [toMs, 7, 0.4],
    ] as const) {
      const at = endWindow(endMs);
      if (at <= onboarding + 7 * DAY || at > nowMs) continue;
      if (random() > (stillActive(endMs) ? 0.85 : 0.3)) continue;
      score = clamp(Math.round(score + gain + 9 * normal()), 0, 100);
      confidence = clamp(Math.round(confidence + lift + 0.7 * normal()), 1, 5);
      take(at);
    }
  }
  return { stages, attempts: benchmarkAttempts, pulses };
}

function benchmarkRow(
  model: NewAttempt,
  id: string,
  exercise: string,
  score: number,
  atMs: number,
): NewAttempt {
  const at = new Date(atMs).toISOString();
  const criterion = Math.round((3 * score) / 100);
  return {
    ...model,
    id,
    exercise_id: exercise,
    score,
    ...(Object.fromEntries(CRITERIA.map((c) => [`c_${c}`, c === "safety" ? 3 : criterion])) as Record<
      `c_${CriterionId}`,
      number
    >),
    passed: score >= 60 ? 1 : 0,
    started_at: new Date(atMs - 4 * 60_000).toISOString(),
    submitted_at: at,
    duration_ms: 4 * 60_000,
    minutes_saved: null,
    usefulness: null,
    created_at: at,
  };
}
