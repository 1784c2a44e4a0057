import { sql } from "kysely";
import { initialMastery, updateMastery } from "../../../src/core/learner/mastery";
import type { ResultsFilter } from "../../../src/core/results/schema";
import { periodOf } from "../../../src/server/results/facts";
import { seedDemoPilot } from "../../../src/server/results/demo";
import { computeResults } from "../../../src/server/results/report";
import {
  rebuildTenantResults,
  refreshLearnerResults,
  rollupsCoverReport,
} from "../../../src/server/results/rollups";
import { purgeExpiredAttempts } from "../../../src/server/tenants/retention";
import { eraseUser } from "../../../src/server/tenants/user-admin";
import { seedSmallPilot } from "./pilot";
import { DIALECTS, addAttempts, addTenant, addUser, openTestStore, type TestStore } from "./store";

const NOW = new Date("2026-01-25T12:00:00.000Z");

describe.each(DIALECTS)("stored results rollups on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    await seedSmallPilot(t.store);
  });
  afterEach(() => t.close());

  const covers = (tenantId: string, filter: ResultsFilter = {}) =>
    rollupsCoverReport(t.store.db, tenantId, periodOf(filter, NOW));
  /** The report from the rollups must be the report of the pass over every attempt. */
  const expectSameAsAttempts = async (tenantId: string, filter: ResultsFilter) => {
    const stored = await computeResults(t.store, tenantId, filter, { now: NOW });
    const recomputed = await computeResults(t.store, tenantId, filter, { now: NOW, useRollups: false });
    expect(stored).toEqual(recomputed);
    return stored;
  };

  it("are used for reports without a start date, and not when a period cuts histories", async () => {
    expect(await covers("t1")).toBe(true);
    expect(await covers("t1", { to: "2026-01-25", host: "word", cohort: "A" })).toBe(true);
    expect(await covers("t1", { from: "2026-01-01" })).toBe(false);
    // u3's attempt of Jan 21 falls after this end date.
    expect(await covers("t1", { to: "2026-01-20" })).toBe(false);
  });

  it.each<ResultsFilter>([
    {},
    { cohort: "A" },
    { department: "Direction" },
    { host: "word" },
    { host: "excel" },
    { cohort: "B", host: "word" },
  ])("give the same report as the attempts for %j", async (filter) => {
    await expectSameAsAttempts("t1", filter);
  });

  it("give the hand-computed figures of the whole history", async () => {
    const report = await expectSameAsAttempts("t1", {});
    expect(report.summary).toMatchObject({ attempts: 20, activeLearners: 5, minutesSavedTotal: 80 });
    // u3: 80 on Jan 12, then 10 on Jan 21.
    expect(report.learners.find((l) => l.attempts === 2 && l.firstScore === 80)).toMatchObject({
      latestScore: 10,
      change: -70,
    });
    const champion = report.learners[0]!;
    expect(champion.meanMastery).toBeCloseTo(1 - 0.8 ** 10, 10);
    expect(report.weekly.map((w) => [w.week, w.learners])).toEqual([
      ["2026-01-05", 4],
      ["2026-01-12", 3],
      ["2026-01-19", 3], // u2 and u6, and now u3's Jan 21 attempt
    ]);
  });

  it("keep mastery in submission order when attempts arrive late and out of order", async () => {
    await addTenant(t.store, "late");
    for (const id of ["a", "b", "c", "d", "e"]) await addUser(t.store, "late", id);
    const scores = [0, 3, 1, 2, 3];
    // Each learner's attempts are recorded one at a time, newest first.
    for (const id of ["a", "b", "c", "d", "e"]) {
      for (let i = scores.length - 1; i >= 0; i--) {
        await addAttempts(t.store, "late", id, [
          { at: `2026-01-${String(5 + i).padStart(2, "0")}`, score: 10 * i, criteria: scores[i] },
        ]);
      }
    }
    let expected = initialMastery();
    for (const s of scores) expected = updateMastery(expected, { goal: s });
    const report = await expectSameAsAttempts("late", {});
    expect(report.learners[0]!.meanMastery).toBeCloseTo(expected.goal, 10);
    expect(report.learners[0]).toMatchObject({ firstScore: 0, latestScore: 40, band: "established" });
  });

  it("stay current when a user is erased and when old attempts are purged", async () => {
    await eraseUser(t.store.db, "t1", "u4", "admin");
    expect(await covers("t1")).toBe(true);
    const erased = await expectSameAsAttempts("t1", {});
    // Without u4, cohort B in Direction has two learners (u5, u6), under k = 3: u6 is no longer
    // reported, so only cohort A's 7 attempts count.
    expect(erased.summary.attempts).toBe(7);

    // A 30-day retention on Feb 10 drops the attempts before Jan 11.
    await t.store.db
      .updateTable("tenants")
      .set({ settings: JSON.stringify({ reportK: 3, retentionDays: 30 }) })
      .where("tenant_id", "=", "t1")
      .execute();
    await purgeExpiredAttempts(t.store.db, new Date("2026-02-10T00:00:00.000Z"));
    expect(await covers("t1")).toBe(true);
    const purged = await expectSameAsAttempts("t1", {});
    expect(purged.summary.attempts).toBe(4);
  });

  it("are not trusted when a write skipped them, and a rebuild restores them", async () => {
    // An attempt stored without refreshing its learner's rollups.
    await t.store.db
      .insertInto("attempts")
      .values({
        ...(await t.store.db
          .selectFrom("attempts")
          .selectAll()
          .where("tenant_id", "=", "t1")
          .where("user_id", "=", "u1")
          .executeTakeFirstOrThrow()),
        id: "ffffffff-0000-4000-8000-000000000001",
        submitted_at: "2026-01-22T09:00:00.000Z",
      })
      .execute();
    expect(await covers("t1")).toBe(false);
    const report = await computeResults(t.store, "t1", {}, { now: NOW });
    expect(report.summary.attempts).toBe(21);
    await rebuildTenantResults(t.store.db, "t1");
    expect(await covers("t1")).toBe(true);
    await expectSameAsAttempts("t1", {});
  });

  it("are built for the demo pilot", async () => {
    await seedDemoPilot(t.store, { tenantId: "demo", learners: 40, weeks: 4, seed: 7, now: NOW });
    expect(await covers("demo")).toBe(true);
    const report = await expectSameAsAttempts("demo", {});
    expect(report.summary.attempts).toBeGreaterThan(0);
  });

  it("are refreshed idempotently", async () => {
    const count = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from result_learner_rollups where tenant_id = 't1'`.execute(t.store.db);
      return Number(rows[0]!.n);
    };
    const before = await count();
    await refreshLearnerResults(t.store.db, "t1", ["u1", "u1", "u2"]);
    await refreshLearnerResults(t.store.db, "t1", ["u1"]);
    expect(await count()).toBe(before);
    await expectSameAsAttempts("t1", {});
  });
});
