/**
 * The bilan of a stage, computed by hand on a small pilot (tenant "b1", k = 3):
 *
 *  learner  cohort  benchmark (word)                      pulse (confidence)   practice (new exercises)
 *  a1       A       Jan 6: 40 → Jan 30: 60 → Feb 27: 70   Jan 5: 2 → Jan 29: 4  Jan 7/14/21/28: 40/50/55/60, 10 min each
 *  a2       A       Jan 6: 50 → Jan 30: 65 → Feb 27: 70   2 → 3                 same
 *  a3       A       Jan 6: 30 → Jan 30: 50 → Feb 27: 70   2 → 3                 same
 *  a4       A       Jan 6: 60 → Jan 30: 70                2 → 2                 —
 *  b1       B       Jan 6: 50                             —                     —
 *  b2       B       — (never started)
 * Stage 1 runs Jan 5 – Feb 1 2026 (four whole weeks), stage 2 Feb 2 – Mar 1.
 */
import { ResultsReportSchema } from "../../../src/core/results/schema";
import { BilanSchema, type Bilan } from "../../../src/core/results/bilan";
import { meanIntervalOf, proportionInterval } from "../../../src/core/results/stats";
import { computeBilan } from "../../../src/server/results/bilan";
import { renderBilanHtml } from "../../../src/server/results/bilan-html";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { computeResults, withResults } from "../../../src/server/results/report";
import { writeResultsWorkbook } from "../../../src/server/results/workbook";
import { putStage, stageFilter } from "../../../src/server/stages/stages";
import type { Store } from "../../../src/server/store/db";
import { DIALECTS, addAttempts, addTenant, addUser, openTestStore, type TestStore } from "./store";

const BENCHMARK = "word-benchmark-procedure-note";
const NOW = new Date("2026-03-20T12:00:00.000Z");
const options = { now: NOW, benchmarkIds: [BENCHMARK] };

async function addPulse(store: Store, user: string, at: string, confidence: number) {
  await store.db
    .insertInto("pulses")
    .values({
      tenant_id: "b1",
      id: `00000000-0000-4000-9000-${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}`,
      user_id: user,
      confidence,
      ai_use: "weekly",
      answered_at: `${at}T10:00:00.000Z`,
    })
    .execute();
}

async function seed(store: Store, k = 3) {
  await addTenant(store, "b1", { reportK: k });
  for (const id of ["a1", "a2", "a3", "a4"]) await addUser(store, "b1", id, { cohort: "A" });
  for (const id of ["b1", "b2"]) await addUser(store, "b1", id, { cohort: "B" });
  const bench = (at: string, score: number) => ({ at, score, exercise: BENCHMARK });
  const practice = ["2026-01-07", "2026-01-14", "2026-01-21", "2026-01-28"].map((at, i) => ({
    at,
    score: [40, 50, 55, 60][i]!,
    minutes: 10,
  }));
  const starts = { a1: 40, a2: 50, a3: 30 } as const;
  const ends = { a1: 60, a2: 65, a3: 50 } as const;
  for (const id of ["a1", "a2", "a3"] as const) {
    await addAttempts(store, "b1", id, [
      bench("2026-01-06", starts[id]),
      ...practice,
      bench("2026-01-30", ends[id]),
      bench("2026-02-27", 70),
    ]);
  }
  await addAttempts(store, "b1", "a4", [bench("2026-01-06", 60), bench("2026-01-30", 70)]);
  await addAttempts(store, "b1", "b1", [bench("2026-01-06", 50)]);
  for (const [id, end] of [
    ["a1", 4],
    ["a2", 3],
    ["a3", 3],
    ["a4", 2],
  ] as const) {
    await addPulse(store, id, "2026-01-05", 2);
    await addPulse(store, id, "2026-01-29", end);
  }
  await putStage(
    store.db,
    "b1",
    "etape-1",
    {
      name: "Étape 1",
      startsOn: "2026-01-05",
      endsOn: "2026-02-01",
      targets: [
        { metric: "weeklyActiveShare", min: 0.5 },
        { metric: "benchmarkChange", min: 5 },
        { metric: "minutesSavedPerWeek", min: 30 },
        { metric: "confidenceChange", min: 0.5 },
      ],
    },
    "admin",
  );
  await putStage(
    store.db,
    "b1",
    "etape-2",
    {
      name: "Étape 2",
      startsOn: "2026-02-02",
      endsOn: "2026-03-01",
      targets: [{ metric: "benchmarkChange", min: 15 }],
    },
    "admin",
  );
}

describe.each(DIALECTS)("the bilan on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
  });
  afterEach(() => t.close());

  it("measures the funnel, the paired changes with their intervals, and gives each target a verdict", async () => {
    await seed(t.store);
    const bilan: Bilan = BilanSchema.parse(await computeBilan(t.store, "b1", "etape-1", options));
    expect(bilan.previousStage).toBeNull();
    expect(bilan.current.funnel).toEqual({
      invited: 6,
      charterAccepted: 6,
      started: 5,
      activeWeekly: 3,
      neverStarted: 1,
    });
    const m = bilan.current.measures;
    const active = proportionInterval(3, 6);
    expect(m.weeklyActiveShare).toMatchObject({ n: 6, value: 0.5 });
    expect(m.weeklyActiveShare.ciLow).toBeCloseTo(active.low!, 10);
    const bench = meanIntervalOf([20, 15, 20, 10]);
    expect(m.benchmarkChange.n).toBe(4);
    expect(m.benchmarkChange.value).toBeCloseTo(16.25, 10);
    expect(m.benchmarkChange.ciLow).toBeCloseTo(bench.low!, 8);
    expect(m.benchmarkChange.ciHigh).toBeCloseTo(bench.high!, 8);
    // First attempts at new exercises only: the benchmark retake at the end is a retry.
    expect(m.scoreChange).toMatchObject({ n: 3, value: 20 });
    // 40 minutes over the stage's 4 weeks for a1–a3; a4 and b1 were active without reporting any.
    expect(m.minutesSavedPerWeek).toMatchObject({ n: 5, value: 6 });
    expect(m.confidenceChange).toMatchObject({ n: 4, value: 1 });

    expect(bilan.targets.map((r) => [r.metric, r.verdict])).toEqual([
      ["weeklyActiveShare", "uncertain"],
      ["benchmarkChange", "met"],
      ["minutesSavedPerWeek", "not_met"],
      ["confidenceChange", "uncertain"],
    ]);
    expect(bilan.targets[1]!.text.fr).toMatch(/^Objectif atteint\u00a0: /);
    expect(bilan.targets[1]!.text.en).toMatch(/^Target met: .*\+16\.3 points/);

    expect(bilan.weekly.map((w) => [w.week, w.active])).toEqual([
      ["2026-01-05", 5],
      ["2026-01-12", 3],
      ["2026-01-19", 3],
      ["2026-01-26", 4],
    ]);
  });

  it("hides cohorts under k, and the whole stage when it has fewer than k learners", async () => {
    await seed(t.store);
    const bilan = await computeBilan(t.store, "b1", "etape-1", options);
    const a = bilan.groups.find((g) => g.group === "A")!;
    expect(a).toMatchObject({ hidden: false, funnel: { invited: 4, started: 4 } });
    expect(a.benchmarkChange).toMatchObject({ n: 4, value: 16.25 });
    const b = bilan.groups.find((g) => g.group === "B")!;
    expect(b).toMatchObject({ hidden: true, funnel: { invited: null }, benchmarkChange: { value: null } });

    await t.store.db
      .updateTable("tenants")
      .set({ settings: JSON.stringify({ reportK: 7 }) })
      .execute();
    const hidden = await computeBilan(t.store, "b1", "etape-1", options);
    expect(hidden.current.hidden).toBe(true);
    expect(hidden.current.funnel.invited).toBeNull();
    expect(hidden.groups).toEqual([]);
    expect(hidden.targets.every((r) => r.verdict === "hidden")).toBe(true);
  });

  it("compares a stage with the previous one, whose end measure is the next one's start", async () => {
    await seed(t.store);
    const bilan = await computeBilan(t.store, "b1", undefined, options);
    expect(bilan.stage.id).toBe("etape-2");
    expect(bilan.previousStage?.id).toBe("etape-1");
    // Stage 2 starts from the stage-1 end measures: 60 → 70, 65 → 70, 50 → 70 for a1–a3.
    expect(bilan.current.measures.benchmarkChange).toMatchObject({ n: 3 });
    expect(bilan.current.measures.benchmarkChange.value).toBeCloseTo(35 / 3, 10);
    expect(bilan.targets[0]).toMatchObject({ metric: "benchmarkChange", previous: { value: 16.25 } });
  });

  it("agrees with the results report read for the same stage", async () => {
    await seed(t.store);
    const bilan = await computeBilan(t.store, "b1", "etape-1", options);
    const report = ResultsReportSchema.parse(
      await computeResults(t.store, "b1", stageFilter(bilan.stage, {}, "2026-03-20"), { now: NOW }),
    );
    expect(report.summary.scoreChange.learners).toBe(bilan.current.measures.scoreChange.n);
    expect(report.summary.scoreChange.mean).toBeCloseTo(bilan.current.measures.scoreChange.value!, 10);
    expect(report.summary.scoreChange.ciLow).toBeCloseTo(bilan.current.measures.scoreChange.ciLow!, 10);
  });

  it("opens the workbook with a Bilan sheet whose figures are the JSON's", async () => {
    await seed(t.store);
    const bilan = await computeBilan(t.store, "b1", "etape-1", options);
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on("data", (c: Buffer) => chunks.push(c));
    await withResults(t.store, "b1", stageFilter(bilan.stage, {}, "2026-03-20"), (session) =>
      writeResultsWorkbook(session, out, "en", bilan),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Bilan",
      "Summary",
      "Learners",
      "Criteria",
      "Weekly",
      "Hosts",
      "Cohorts",
      "Use cases",
      "Feedback",
      "About",
    ]);
    const sheet = book.getWorksheet("Bilan")!;
    const rows = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.set(String(values[0]), values);
    });
    const benchmark = rows.get("Benchmark progress")!;
    expect(benchmark[1]).toBe(5);
    expect(benchmark[2]).toBeCloseTo(16.25, 10);
    expect(benchmark[3]).toBeCloseTo(bilan.current.measures.benchmarkChange.ciLow!, 10);
    expect(benchmark[5]).toBe(4);
    expect(benchmark[7]).toBe("Met");
    expect(benchmark[8]).toBe(bilan.targets[1]!.text.en);
    expect(rows.get("Never started")![2]).toBe(1);
    expect(sheet.getCell("C2").numFmt).toBe("0.0%");
  });

  it("renders one printable page, escaping every stored text, in French and English", async () => {
    await seed(t.store);
    await putStage(
      t.store.db,
      "b1",
      "etape-1",
      { name: `<script>alert("x")</script> & 'co'`, startsOn: "2026-01-05", endsOn: "2026-02-01" },
      "admin",
    );
    const bilan = await computeBilan(t.store, "b1", "etape-1", options);
    const fr = renderBilanHtml(bilan, "fr");
    expect(fr).not.toContain("<script>");
    expect(fr).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain("Bilan d’étape");
    expect(fr).toContain("Aucun objectif n’est fixé pour cette étape.");
    const en = renderBilanHtml(bilan, "en");
    expect(en).toContain("Stage review");
    expect(en).toContain("Never started");
  });

  it("answers a clear problem for an unknown stage or a tenant without stages", async () => {
    await addTenant(t.store, "empty");
    await expect(computeBilan(t.store, "empty", undefined, options)).rejects.toMatchObject({
      code: "no_stage",
    });
    await expect(computeBilan(t.store, "empty", "etape-9", options)).rejects.toMatchObject({
      code: "unknown_stage",
    });
  });
});
