/** A learner's private streak: consecutive calendar days with at least one attempt. */
export interface Streak {
  /** Days in the run that ends today, or yesterday (today is not over yet); 0 otherwise. */
  current: number;
  /** Longest run ever. */
  best: number;
}

const DAY_MS = 86_400_000;

/** Calendar day number of an instant in a time zone (days are counted where the learner lives). */
function dayNumber(date: Date, format: Intl.DateTimeFormat): number {
  const parts = format.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part("year"), part("month") - 1, part("day")) / DAY_MS);
}

/**
 * Streak from attempt timestamps (ISO 8601). Unparseable dates and dates after `now` are ignored.
 * Throws a RangeError for an unknown time zone.
 */
export function streak(dates: readonly string[], now: Date, timeZone = "Europe/Paris"): Streak {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  const today = dayNumber(now, format);
  const days = new Set<number>();
  for (const iso of dates) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) continue;
    const day = dayNumber(date, format);
    if (day <= today) days.add(day);
  }
  const sorted = [...days].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of sorted) {
    run = day === previous + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  const last = sorted[sorted.length - 1];
  const current = last !== undefined && today - last <= 1 ? run : 0;
  return { current, best };
}
