/**
 * When a "before" and an "after" measure are taken for a stage — the benchmark exercise and the
 * confidence pulse alike — and how a learner's two measures are paired:
 *  - start: the learner's latest measure taken before the stage's start + 14 days (their
 *    onboarding, or the end of the previous stage);
 *  - end: their latest measure in the 14 days either side of the stage's end, after the start one.
 * For a stage shorter than four weeks the two windows meet at the stage's middle day, never overlap.
 * The paired change is end − start; learners with only one of the two are not counted.
 */
export const MEASURE_WINDOW_DAYS = 14;

export interface MeasureWindows {
  /** Measures taken before this instant (ISO) can be the start one. */
  startBefore: string;
  /** End measures are taken from this instant… */
  endFrom: string;
  /** …up to (not including) this one. */
  endBefore: string;
}

const DAY_MS = 86_400_000;

function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00.000Z`);
}

export function measureWindows(stage: { startsOn: string; endsOn: string }): MeasureWindows {
  const start = dayMs(stage.startsOn);
  const endExclusive = dayMs(stage.endsOn) + DAY_MS;
  const middle = start + Math.floor((endExclusive - start) / DAY_MS / 2) * DAY_MS;
  const startBefore = Math.min(start + MEASURE_WINDOW_DAYS * DAY_MS, middle);
  const endFrom = Math.max(endExclusive - MEASURE_WINDOW_DAYS * DAY_MS, middle);
  return {
    startBefore: new Date(startBefore).toISOString(),
    endFrom: new Date(endFrom).toISOString(),
    endBefore: new Date(endExclusive + MEASURE_WINDOW_DAYS * DAY_MS).toISOString(),
  };
}
