import { generateDemoPilot } from "../../../src/server/results/demo/index";
import { generateDemoStages } from "../../../src/server/results/demo/stages";
import { demoUuid, mulberry32, seedFrom } from "../../../src/server/results/demo/random";
import type { NewAttempt } from "../../../src/server/store/schema";

const DAY = 86_400_000;

/**
 * Each learner's change between their first and latest first attempt at an exercise (the results'
 * score change reads the same attempts), for a small demo pilot generated on a given day.
 */
function changes(now: Date, seed: number): number[] {
  const options = { tenantId: "demo", learners: 60, weeks: 6, seed, now };
  const pilot = generateDemoPilot(options);
  const random = mulberry32(seedFrom(`demo:${seed}:stages`));
  const staged = generateDemoStages("demo", pilot.from, pilot.to, pilot.attempts, now, random, () =>
    demoUuid(random),
  );
  const firsts = new Map<string, Map<string, NewAttempt>>();
  for (const a of [...pilot.attempts, ...staged.attempts]) {
    const own = firsts.get(a.user_id) ?? new Map<string, NewAttempt>();
    firsts.set(a.user_id, own);
    const seen = own.get(a.exercise_id);
    if (!seen || a.submitted_at < seen.submitted_at) own.set(a.exercise_id, a);
  }
  const result: number[] = [];
  for (const own of firsts.values()) {
    const ordered = [...own.values()].sort((a, b) => (a.submitted_at < b.submitted_at ? -1 : 1));
    if (ordered.length >= 2) result.push(Number(ordered.at(-1)!.score) - Number(ordered[0]!.score));
  }
  return result;
}

describe("the demo pilot's learning curves", () => {
  it("rise whatever the day it is generated on: the onboarding benchmark reads the starting skill", () => {
    for (const seed of [1, 7]) {
      for (let day = 0; day < 42; day += 3) {
        const now = new Date(Date.UTC(2026, 10, 2, 9) + day * DAY);
        const change = changes(now, seed);
        const mean = change.reduce((s, x) => s + x, 0) / change.length;
        const sd = Math.sqrt(change.reduce((s, x) => s + (x - mean) ** 2, 0) / (change.length - 1));
        // The lower end of the 95 % interval the results sheet shows stays above zero.
        expect({
          seed,
          day: now.toISOString().slice(0, 10),
          low: mean - (1.96 * sd) / Math.sqrt(change.length) > 0,
        }).toEqual({ seed, day: now.toISOString().slice(0, 10), low: true });
      }
    }
  });
});
