/**
 * A report with its mastery figures rounded to 12 decimals, so a report read from rollups that added
 * attempts one by one (mastery as a running average) can be compared with a pass over the attempts
 * (the same average as one sum): the two differ in the last bits of a double, nowhere else.
 */
export function comparable<T>(value: T): T {
  if (Array.isArray(value)) return value.map(comparable) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [
        key,
        typeof v === "number" && /mastery/i.test(key) ? Number(v.toFixed(12)) : comparable(v),
      ]),
    ) as T;
  }
  return value;
}
