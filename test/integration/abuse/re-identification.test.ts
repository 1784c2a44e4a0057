import type { ResultsFilter, ResultsReport } from "../../../src/core/results/schema";
import { computeResults } from "../../../src/server/results/report";
import {
  addAttempts,
  addAudit,
  addTenant,
  addUser,
  DIALECTS,
  openTestStore,
  type TestStore,
} from "../results/store";

const NOW = new Date("2026-02-01T12:00:00.000Z");
const HOSTS = ["word", "outlook", "excel"] as const;

/**
 * The attack of the probe, and its variants: with k = 5, eleven learners in cohort "big" and one in
 * "solo", the hidden learner's figures must not come out of any subtraction — totals minus groups,
 * departments, weeks or hosts, nor one report minus another with a different filter.
 *
 *   cohort  department  learners
 *   big     Santé       11          reported
 *   solo    Santé        1  "lone"  pair under k: in no figure
 *   duo     Contrats     6          reported
 *   duo     Santé        1  "odd"   pair under k (though "duo" and "Santé" are both large)
 */
describe.each(DIALECTS)("results re-identify no one on %s", (dialect) => {
  let t: TestStore;
  /** Attempts, minutes and score sum of the reported learners, by hand. */
  const reported = { learners: 0, attempts: 0, minutes: 0, scoreSum: 0 };
  /** Every attempt, with its learner's groups and whether the learner is reported. */
  const ledger: Array<{ cohort: string; department: string; at: string; host: string; kept: boolean }> = [];
  const reports = new Map<string, ResultsReport>();
  const report = async (filter: ResultsFilter): Promise<ResultsReport> => {
    const key = JSON.stringify(filter);
    if (!reports.has(key)) reports.set(key, await computeResults(t.store, "t", filter, { now: NOW }));
    return reports.get(key)!;
  };

  async function learner(
    id: string,
    cohort: string,
    department: string,
    n: number,
    score: number,
    kept: boolean,
  ) {
    await addUser(t.store, "t", id, { cohort, department });
    const attempts = Array.from({ length: n }, (_, i) => ({
      at: `2026-01-${String(5 + ((i * 3) % 20)).padStart(2, "0")}`,
      score,
      minutes: 7,
      host: HOSTS[i % 3]!,
    }));
    await addAttempts(t.store, "t", id, attempts);
    for (const a of attempts) ledger.push({ cohort, department, at: a.at, host: a.host, kept });
    if (kept) {
      reported.learners++;
      reported.attempts += n;
      reported.minutes += 7 * n;
      reported.scoreSum += score * n;
    }
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    await addTenant(t.store, "t", { reportK: 5 });
    for (let i = 0; i < 11; i++) await learner(`big-${i}`, "big", "Santé", 2 + (i % 3), 60 + i, true);
    for (let i = 0; i < 6; i++) await learner(`duo-${i}`, "duo", "Contrats", 3, 50 + i, true);
    await learner("lone", "solo", "Santé", 13, 97, false);
    await learner("odd", "duo", "Santé", 17, 3, false);
    await addAudit(t.store, "t", "lone", "privacy.block", "2026-01-09T10:00:00.000Z");
    await addAudit(t.store, "t", "big-0", "privacy.block", "2026-01-09T10:00:00.000Z");
  });
  afterAll(() => t.close());

  it("leaves the learners of small pairs out of the totals", async () => {
    const all = await report({});
    expect(all.hidden).toBe(false);
    expect(all.summary).toMatchObject({
      activeLearners: reported.learners,
      attempts: reported.attempts,
      minutesSavedTotal: reported.minutes,
      privacyBlocks: 1,
    });
    expect(all.summary.meanScore).toBeCloseTo(reported.scoreSum / reported.attempts, 10);
  });

  it("gives totals minus the shown groups of every breakdown as nothing", async () => {
    const all = await report({});
    const sum = (rows: Array<{ attempts: number | null; minutesSaved: number | null }>) => ({
      attempts: rows.reduce((n, r) => n + (r.attempts ?? 0), 0),
      minutes: rows.reduce((n, r) => n + (r.minutesSaved ?? 0), 0),
    });
    const totals = { attempts: all.summary.attempts, minutes: all.summary.minutesSavedTotal };
    expect(sum(all.groups.filter((g) => g.dimension === "cohort"))).toEqual(totals);
    expect(sum(all.groups.filter((g) => g.dimension === "department"))).toEqual(totals);
    expect(sum(all.weekly)).toEqual(totals);
    expect(sum(all.hosts)).toEqual(totals);
    expect(all.learners.reduce((n, l) => n + l.attempts, 0)).toBe(totals.attempts);
    // The solo cohort is named as hidden, with no figure at all.
    const solo = all.groups.find((g) => g.group === "solo")!;
    expect(solo).toMatchObject({ hidden: true, learners: null, attempts: null, meanScore: null });
  });

  it("lists no hidden learner and flags no one", async () => {
    const all = await report({});
    expect(all.learners).toHaveLength(reported.learners);
    expect(all.learners.some((l) => l.attempts === 13 || l.attempts === 17)).toBe(false);
    for (const l of all.learners) {
      expect(Object.keys(l).some((key) => /hidden/i.test(key))).toBe(false);
      expect(l.cohort).not.toBe("solo");
    }
  });

  it("gives the same figures for a group whether it is a row or the report's filter", async () => {
    const all = await report({});
    for (const [dimension, group] of [
      ["cohort", "big"],
      ["cohort", "duo"],
      ["department", "Santé"],
      ["department", "Contrats"],
    ] as const) {
      const row = all.groups.find((g) => g.dimension === dimension && g.group === group)!;
      const filtered = await report({ [dimension]: group });
      expect({
        group,
        attempts: filtered.summary.attempts,
        minutes: filtered.summary.minutesSavedTotal,
      }).toEqual({
        group,
        attempts: row.attempts,
        minutes: row.minutesSaved,
      });
    }
    for (const host of HOSTS) {
      const row = all.hosts.find((h) => h.host === host)!;
      expect((await report({ host })).summary.attempts).toBe(row.attempts);
    }
  });

  it("never lets two reports with different filters differ by a hidden learner", async () => {
    const filters: ResultsFilter[] = [
      {},
      { cohort: "big" },
      { cohort: "duo" },
      { cohort: "solo" },
      { department: "Santé" },
      { department: "Contrats" },
      { cohort: "duo", department: "Santé" },
      { cohort: "big", department: "Santé" },
      { host: "word" },
      { from: "2026-01-10" },
      { to: "2026-01-15" },
    ];
    // Every report counts exactly the reported learners' attempts its filter selects: the hidden
    // learners' attempts are in none, so no difference between two reports can contain them.
    for (const filter of filters) {
      const r = await report(filter);
      const selected = ledger.filter(
        (a) =>
          (filter.cohort === undefined || a.cohort === filter.cohort) &&
          (filter.department === undefined || a.department === filter.department) &&
          (filter.host === undefined || a.host === filter.host) &&
          (filter.from === undefined || a.at >= filter.from) &&
          (filter.to === undefined || a.at <= filter.to),
      );
      const kept = selected.filter((a) => a.kept).length;
      if (r.hidden) {
        expect({ filter, kept }).toEqual({ filter, kept: 0 });
        expect(r.summary.attempts).toBeNull();
        expect(r.learners).toEqual([]);
        continue;
      }
      expect({ filter, attempts: r.summary.attempts }).toEqual({ filter, attempts: kept });
      expect(r.learners.every((l) => l.meanScore !== 97 && l.meanScore !== 3)).toBe(true);
    }
    expect((await report({ cohort: "solo" })).hidden).toBe(true);
    expect((await report({ cohort: "duo", department: "Santé" })).hidden).toBe(true);
    // The duo cohort's report and its row leave "odd" out alike.
    expect((await report({ cohort: "duo" })).summary.attempts).toBe(18);
  });

  it("keeps the hidden learners out of the privacy blocks count in every selection", async () => {
    expect((await report({})).summary.privacyBlocks).toBe(1);
    expect((await report({ department: "Santé" })).summary.privacyBlocks).toBe(1);
    expect((await report({ cohort: "big" })).summary.privacyBlocks).toBe(1);
  });
});
