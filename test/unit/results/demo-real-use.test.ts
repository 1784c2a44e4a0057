import { generateDemoRealUses } from "../../../src/server/results/demo/real-use";
import { mulberry32, demoUuid } from "../../../src/server/results/demo/random";
import type { NewAttempt } from "../../../src/server/store/schema";

/** Good practice attempts every day of an 8-week pilot, on each host, plus benchmark attempts. */
function attempts(): NewAttempt[] {
  const rows: NewAttempt[] = [];
  const hosts = ["word", "outlook", "excel"] as const;
  for (let day = 0; day < 56; day++) {
    for (let learner = 0; learner < 30; learner++) {
      const at = new Date(Date.parse("2026-01-05T09:00:00.000Z") + day * 86_400_000).toISOString();
      const host = hosts[learner % 3]!;
      rows.push({
        id: `a-${day}-${learner}`,
        user_id: `demo-${learner}`,
        host,
        exercise_id: day % 7 === 0 ? "bench" : `ex-${day}`,
        score: learner % 5 === 0 ? 40 : 80,
        submitted_at: at,
      } as NewAttempt);
    }
  }
  return rows;
}

describe("the demo's real-work uses", () => {
  const random = mulberry32(11);
  const uses = generateDemoRealUses(
    "demo",
    attempts(),
    new Set(["bench"]),
    "2026-01-05",
    "2026-03-01",
    random,
    () => demoUuid(random),
  );

  it("follow good practice attempts, never a benchmark or a weak answer, a few minutes later", () => {
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.every((u) => u.exercise_id !== "bench")).toBe(true);
    expect(uses.every((u) => Number(u.user_id.slice(5)) % 5 !== 0)).toBe(true);
    for (const u of uses) {
      const after = Date.parse(u.occurred_at) - Date.parse(u.occurred_at.slice(0, 10) + "T09:00:00.000Z");
      expect(after).toBeGreaterThanOrEqual(60_000);
      expect(after).toBeLessThanOrEqual(12 * 60_000);
    }
    expect(new Set(uses.map((u) => u.client_id)).size).toBe(uses.length);
  });

  it("grow as the pilot goes on, with the kinds each host allows", () => {
    const early = uses.filter((u) => u.occurred_at < "2026-01-19").length;
    const late = uses.filter((u) => u.occurred_at >= "2026-02-16").length;
    expect(late).toBeGreaterThan(early * 1.5);
    const kinds = (host: string) => new Set(uses.filter((u) => u.host === host).map((u) => u.kind));
    expect(kinds("word")).toEqual(new Set(["insert", "replace", "copy"]));
    expect(kinds("outlook")).toEqual(new Set(["reply", "copy"]));
    expect(kinds("excel")).toEqual(new Set(["values", "formula", "table"]));
  });
});
