import { initialMastery, updateMastery } from "../../../src/core/learner/mastery";
import { ResultsReportSchema } from "../../../src/core/results/schema";
import { meanIntervalOf } from "../../../src/core/results/stats";
import { computeResults } from "../../../src/server/results/report";
import { PERIOD, seedSmallPilot } from "./pilot";
import { DIALECTS, addAttempts, addTenant, addUser, openTestStore, type TestStore } from "./store";

const NOW = new Date("2026-01-25T12:00:00.000Z");

describe.each(DIALECTS)("results on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    await seedSmallPilot(t.store);
  });
  afterAll(() => t.close());

  const results = (filter: Parameters<typeof computeResults>[2] = PERIOD) =>
    computeResults(t.store, "t1", filter, { now: NOW });

  it("computes the summary of the hand-made pilot", async () => {
    const report = await results();
    expect(ResultsReportSchema.parse(report)).toEqual(report);
    expect(report.hidden).toBe(false);
    expect(report.k).toBe(3);
    expect(report.asOf).toBe("2026-01-20");
    const s = report.summary;
    expect(s.enrolled).toBe(6);
    expect(s.activeLearners).toBe(5);
    expect(s.active7).toBe(4); // last attempt on or after Jan 14: u1, u2, u4, u6
    expect(s.active30).toBe(5);
    expect(s.attempts).toBe(19);
    expect(s.medianAttemptsPerActive).toBe(3); // 1, 2, 3, 3, 10
    expect(s.meanScore).toBeCloseTo(1450 / 19, 10);
    expect(s.minutesSavedTotal).toBe(80);
    expect(s.minutesSavedPerActive).toBe(16);
    expect(s.meanUsefulness).toBe(4);
    expect(s.usefulnessResponses).toBe(3);
    expect(s.privacyBlocks).toBe(2);
    expect(s.bands).toEqual({ trying: 3, established: 1, champion: 1 });
  });

  it("gives the score change with its t-based 95% interval", async () => {
    const { summary } = await results();
    // Changes: u1 +30, u2 −10, u4 0, u6 +30 → mean 12.5, s² = 1275/3, t(0.975, 3) = 3.1824.
    const halfWidth = (3.182446 * Math.sqrt(1275 / 3)) / 2;
    expect(summary.scoreChange.learners).toBe(4);
    expect(summary.scoreChange.mean).toBe(12.5);
    expect(summary.scoreChange.ciLow).toBeCloseTo(12.5 - halfWidth, 4);
    expect(summary.scoreChange.ciHigh).toBeCloseTo(12.5 + halfWidth, 4);
    const direct = meanIntervalOf([30, -10, 0, 30]);
    expect(summary.scoreChange.ciLow).toBeCloseTo(direct.low!, 10);
    expect(summary.shareImproved).toBe(0.5);
  });

  it("lists learners by pseudonym with their band, most active first", async () => {
    const { learners } = await results();
    expect(learners.map((l) => l.attempts)).toEqual([10, 3, 3, 2, 1]);
    for (const l of learners) expect(l.pseudonym).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(new Set(learners.map((l) => l.pseudonym)).size).toBe(5);
    expect(learners.every((l) => l.name === null)).toBe(true);
    const champion = learners[0]!;
    expect(champion).toMatchObject({ band: "champion", change: 0, cohort: "B", department: "Direction" });
    expect(champion).not.toHaveProperty("cohortHidden");
    expect(champion.meanMastery).toBeCloseTo(1 - 0.8 ** 10, 10);
    const bands = learners.map((l) => l.band).sort();
    expect(bands).toEqual(["champion", "established", "trying", "trying", "trying"]);
    const established = learners.find((l) => l.band === "established")!;
    expect(established).toMatchObject({
      firstScore: 40,
      latestScore: 70,
      change: 30,
      minutesSaved: 30,
      cohort: "A",
    });
    expect(established.firstAttemptAt).toBe("2026-01-05T09:00:00.000Z");
    // Pseudonyms are stable from one report to the next.
    const again = await results();
    expect(again.learners.map((l) => l.pseudonym)).toEqual(learners.map((l) => l.pseudonym));
  });

  it("computes mastery with the learner model's own update rule", async () => {
    const { learners, criteria } = await results();
    let expected = initialMastery();
    for (let i = 0; i < 3; i++) expected = updateMastery(expected, { goal: 2, safety: 2 });
    const established = learners.find((l) => l.band === "established")!;
    expect(established.meanMastery).toBeCloseTo(expected.goal, 10);
    const goal = criteria.find((c) => c.criterion === "goal")!;
    expect(goal.meanScore).toBeCloseTo((9 * 2 + 10 * 3) / 19, 10);
    expect(goal.shareMastered).toBeCloseTo(1 / 5, 10); // only the champion reaches 0.7
  });

  it("gives every week, host and group of reported learners in full", async () => {
    const report = await results();
    expect(report.weekly).toEqual([
      {
        week: "2026-01-05",
        hidden: false,
        learners: 4,
        attempts: 12,
        meanScore: (90 + 60 + 700 + 50) / 12,
        minutesSaved: 55,
      },
      {
        week: "2026-01-12",
        hidden: false,
        learners: 3,
        attempts: 5,
        meanScore: (70 + 80 + 300) / 5,
        minutesSaved: 25,
      },
      // Two active learners (u2, u6), both in pairs of k = 3 enrolled: k applies to who is
      // reported, so the week is given; the Learners sheet shows each of them anyway.
      { week: "2026-01-19", hidden: false, learners: 2, attempts: 2, meanScore: 50, minutesSaved: 0 },
    ]);
    expect(report.hosts).toEqual([
      {
        host: "word",
        hidden: false,
        learners: 4,
        attempts: 9,
        meanScore: 450 / 9,
        minutesSaved: 30,
        meanUsefulness: 4,
      },
      {
        host: "excel",
        hidden: false,
        learners: 1,
        attempts: 10,
        meanScore: 100,
        minutesSaved: 50,
        meanUsefulness: null,
      },
    ]);
    const cohortA = report.groups.find((g) => g.dimension === "cohort" && g.group === "A");
    expect(cohortA).toEqual({
      dimension: "cohort",
      group: "A",
      hidden: false,
      learners: 3,
      attempts: 6,
      meanScore: 350 / 6,
      meanChange: 10,
      shareImproved: 0.5,
      minutesSaved: 30,
      champions: 0,
    });
    const direction = report.groups.find((g) => g.dimension === "department" && g.group === "Direction");
    expect(direction).toMatchObject({ hidden: false, learners: 2, attempts: 13, champions: 1 });
    expect(report.groups.filter((g) => g.hidden)).toEqual([]);
  });

  it("applies the period, cohort and host filters", async () => {
    const late = await results({ from: "2026-01-12", to: "2026-01-20" });
    expect(late.summary.attempts).toBe(7);
    expect(late.summary.activeLearners).toBe(5);
    const cohortA = await results({ ...PERIOD, cohort: "A" });
    expect(cohortA.summary).toMatchObject({ enrolled: 3, activeLearners: 3, attempts: 6, privacyBlocks: 2 });
    const departmentB = await results({ ...PERIOD, department: "Direction" });
    expect(departmentB.hidden).toBe(false);
    expect(departmentB.summary).toMatchObject({ enrolled: 3, activeLearners: 2, attempts: 13 });
    const word = await results({ ...PERIOD, host: "word" });
    expect(word.summary).toMatchObject({ activeLearners: 4, attempts: 9 });
    const untilNow = await results({});
    expect(untilNow.summary.attempts).toBe(20); // the Jan 21 attempt is in, with no end date
    expect(untilNow.asOf).toBe("2026-01-25");
  });

  it("shows only the enrolled count when the selection has fewer than k reported learners", async () => {
    await addUser(t.store, "t1", "lone", { cohort: "C", department: "Comptabilité" });
    await addAttempts(t.store, "t1", "lone", [{ at: "2026-01-08", score: 90 }]);
    const excel = await results({ ...PERIOD, cohort: "C" });
    expect(excel.hidden).toBe(true);
    expect(excel.summary.enrolled).toBe(1);
    expect(excel.summary.attempts).toBeNull();
    expect(excel.summary.scoreChange.mean).toBeNull();
    expect(excel.learners).toEqual([]);
    expect(excel.groups).toEqual([]);
  });

  it("uses k = 5 by default and names learners when the tenant allows it", async () => {
    await addTenant(t.store, "t3", { reportsShowNames: true });
    for (const id of ["a", "b", "c", "d"]) {
      await addUser(t.store, "t3", id, { name: `Person ${id}` });
      await addAttempts(t.store, "t3", id, [{ at: "2026-01-05", score: 50 }]);
    }
    const four = await computeResults(t.store, "t3", PERIOD, { now: NOW });
    expect(four.k).toBe(5);
    expect(four.hidden).toBe(true);
    await addUser(t.store, "t3", "e", { name: "Person e" });
    await addAttempts(t.store, "t3", "e", [{ at: "2026-01-06", score: 50 }]);
    const five = await computeResults(t.store, "t3", PERIOD, { now: NOW });
    expect(five.hidden).toBe(false);
    expect(five.learners.map((l) => l.name).sort()).toEqual([
      "Person a",
      "Person b",
      "Person c",
      "Person d",
      "Person e",
    ]);
  });

  it("never mixes tenants and handles a tenant with no data", async () => {
    const empty = await computeResults(t.store, "nobody", PERIOD, { now: NOW });
    expect(empty.summary.enrolled).toBe(0);
    expect(empty.hidden).toBe(true);
    const t2 = await computeResults(t.store, "t2", PERIOD, { now: NOW });
    expect(t2.summary.enrolled).toBe(1);
  });
});
