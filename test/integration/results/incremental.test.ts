import { sql } from "kysely";
import { CRITERIA } from "../../../src/core/types";
import { periodOf } from "../../../src/server/results/facts";
import { computeResults } from "../../../src/server/results/report";
import {
  addAttemptToResults,
  rebuildTenantResults,
  rollupsCoverReport,
} from "../../../src/server/results/rollups";
import { comparable } from "./comparable";
import { DIALECTS, addTenant, addUser, openTestStore, type TestStore } from "./store";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const TENANT = "inc";

interface Spec {
  user: string;
  at: string;
  score: number;
  host?: "word" | "excel" | "outlook";
  minutes?: number | null;
  usefulness?: number | null;
  criteria?: number;
  /** A retry of an exercise already tried (not a transfer attempt). */
  retry?: boolean;
  /** A near copy of the example or of a better version shown. */
  copied?: boolean;
}

describe.each(DIALECTS)("results rollups kept by adding each attempt on %s", (dialect) => {
  let t: TestStore;
  let counter = 0;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    await addTenant(t.store, TENANT, { reportK: 1 });
  });
  afterEach(() => t.close());

  /** Stores one attempt and adds it to the rollups in one transaction, as the attempts route does. */
  const record = async (s: Spec) => {
    counter++;
    const c = s.criteria ?? counter % 4;
    const row = {
      tenant_id: TENANT,
      id: `00000000-0000-4000-9000-${String(counter).padStart(12, "0")}`,
      user_id: s.user,
      exercise_id: s.retry ? "resume-courriel" : `exercise-${counter}`,
      exercise_version: 1,
      host: s.host ?? "word",
      lang: "fr",
      score: s.score,
      level: null,
      ...(Object.fromEntries(CRITERIA.map((id, i) => [`c_${id}`, (c + i) % 4])) as Record<
        `c_${(typeof CRITERIA)[number]}`,
        number
      >),
      passed: s.score >= 60 ? 1 : 0,
      features: "{}",
      prompt: null,
      prompt_retention: "none",
      output: null,
      started_at: s.at,
      submitted_at: s.at,
      duration_ms: 60_000,
      minutes_saved: s.minutes ?? null,
      usefulness: s.usefulness ?? null,
      request_hash: "0".repeat(64),
      result: "{}",
      created_at: s.at,
      copied: s.copied ? 1 : 0,
      transfer: s.retry || s.copied ? 0 : 1,
    };
    await t.store.db.transaction().execute(async (trx) => {
      await trx.insertInto("attempts").values(row).execute();
      await addAttemptToResults(trx, TENANT, row);
    });
  };

  const snapshot = async () => {
    const learners = await sql<Record<string, unknown>>`
      select * from result_learner_rollups where tenant_id = ${TENANT} order by user_id, scope`.execute(
      t.store.db,
    );
    const weeks = await sql<Record<string, unknown>>`
      select * from result_weekly_rollups where tenant_id = ${TENANT} order by user_id, scope, week`.execute(
      t.store.db,
    );
    return { learners: learners.rows, weeks: weeks.rows };
  };

  /** The rollups as added must be those a full recompute gives (mastery to 12 digits, the rest exactly). */
  const expectEqualToRecompute = async () => {
    const added = await snapshot();
    await rebuildTenantResults(t.store.db, TENANT);
    const rebuilt = await snapshot();
    expect(added.weeks).toEqual(rebuilt.weeks);
    expect(added.learners.map((r) => [r.user_id, r.scope])).toEqual(
      rebuilt.learners.map((r) => [r.user_id, r.scope]),
    );
    added.learners.forEach((row, i) => {
      const expected = rebuilt.learners[i]!;
      for (const [column, value] of Object.entries(expected)) {
        if (column.startsWith("m_")) expect(Number(row[column])).toBeCloseTo(Number(value), 12);
        else expect({ column, value: row[column] }).toEqual({ column, value });
      }
    });
    return added;
  };

  const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 0, d, hour)).toISOString();

  it("leave retries out of first and latest score, and copies out of mastery, as a recompute does", async () => {
    await addUser(t.store, TENANT, "r");
    await record({ user: "r", at: day(5), score: 30 });
    await record({ user: "r", at: day(6), score: 90, copied: true, criteria: 3 });
    await record({ user: "r", at: day(7), score: 45 });
    await record({ user: "r", at: day(8), score: 95, retry: true });
    const { learners } = await expectEqualToRecompute();
    expect(learners.find((r) => r.scope === "all")).toMatchObject({
      attempts: 4,
      first_score: 30,
      latest_score: 45,
      progress_n: 2,
    });
  });

  it("add attempts that arrive in order: sums, first and latest score, mastery, habit, weeks", async () => {
    for (const u of ["a", "b"]) await addUser(t.store, TENANT, u);
    // a: three attempts within 14 days (a habit), across hosts, with and without self-reports.
    await record({ user: "a", at: day(5), score: 40, minutes: 5, usefulness: 3 });
    await record({ user: "a", at: day(9), score: 55, host: "excel", usefulness: null });
    await record({ user: "a", at: day(18), score: 70, minutes: 12, usefulness: 5 });
    await record({ user: "a", at: day(19), score: 80, host: "outlook" });
    // b: attempts 10 days apart never make three within 14 days.
    for (let i = 0; i < 4; i++) await record({ user: "b", at: day(1 + 10 * i), score: 20 + 10 * i });
    const { learners } = await expectEqualToRecompute();
    const all = (u: string) => learners.find((r) => r.user_id === u && r.scope === "all")!;
    expect(all("a")).toMatchObject({ attempts: 4, first_score: 40, latest_score: 80, habit: 1 });
    expect(all("a").usefulness_sum).toBe(8);
    expect(all("b")).toMatchObject({ attempts: 4, first_score: 20, latest_score: 50, habit: 0 });
    expect(await rollupsCoverReport(t.store.db, TENANT, periodOf({}, NOW))).toBe(true);
  });

  it("recompute the learner when an attempt arrives before their latest, or at the same instant", async () => {
    await addUser(t.store, TENANT, "late");
    await record({ user: "late", at: day(20), score: 90 });
    await record({ user: "late", at: day(10), score: 10 }); // an offline queue delivering late
    await record({ user: "late", at: day(20), score: 50, host: "excel" }); // same instant as the latest
    await record({ user: "late", at: day(25), score: 60 });
    const { learners } = await expectEqualToRecompute();
    expect(learners.find((r) => r.scope === "all")).toMatchObject({
      attempts: 4,
      first_score: 10,
      latest_score: 60,
    });
  });

  it("extend the habit only from the two attempts before, per host", async () => {
    await addUser(t.store, TENANT, "h");
    // Word attempts on days 1, 20, 30: no three within 14 days in Word …
    await record({ user: "h", at: day(1), score: 30 });
    await record({ user: "h", at: day(20), score: 30 });
    // … but with Excel on days 22 and 25, "all hosts" has 20, 22, 25.
    await record({ user: "h", at: day(22), score: 30, host: "excel" });
    await record({ user: "h", at: day(25), score: 30, host: "excel" });
    await record({ user: "h", at: day(30), score: 30 });
    const { learners } = await expectEqualToRecompute();
    const scope = (s: string) => learners.find((r) => r.scope === s)!;
    expect(scope("all").habit).toBe(1);
    expect(scope("word").habit).toBe(0);
    expect(scope("excel").habit).toBe(0);
  });

  it("give the report a pass over the attempts gives, for many learners in any order", async () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const users = ["p1", "p2", "p3", "p4", "p5", "p6"];
    for (const u of users) await addUser(t.store, TENANT, u, { cohort: u < "p4" ? "A" : "B" });
    const hosts = ["word", "excel", "outlook"] as const;
    for (let i = 0; i < 90; i++) {
      // Mostly in time order, sometimes late by up to 3 days.
      const at = new Date(
        Date.UTC(2026, 0, 1) + i * 9 * 3600_000 - (random() < 0.15 ? random() * 3 * 86_400_000 : 0),
      );
      await record({
        user: users[Math.floor(random() * users.length)]!,
        at: at.toISOString(),
        score: Math.floor(random() * 101),
        host: hosts[Math.floor(random() * 3)]!,
        minutes: random() < 0.5 ? Math.floor(random() * 30) : null,
        usefulness: random() < 0.5 ? 1 + Math.floor(random() * 5) : null,
        criteria: Math.floor(random() * 4),
      });
    }
    const stored = await computeResults(t.store, TENANT, {}, { now: NOW });
    const recomputed = await computeResults(t.store, TENANT, {}, { now: NOW, useRollups: false });
    expect(comparable(stored)).toEqual(comparable(recomputed));
    await expectEqualToRecompute();
  });
});
