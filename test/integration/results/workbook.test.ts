import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { computeResults, withResults } from "../../../src/server/results/report";
import { writeResultsWorkbook } from "../../../src/server/results/workbook";
import { headersOf, SHEETS } from "../../../src/core/results/sheets";
import type { ResultsFilter } from "../../../src/core/results/schema";
import { PERIOD, seedSmallPilot } from "./pilot";
import { DIALECTS, openTestStore, type TestStore } from "./store";

const NOW = new Date("2026-01-25T12:00:00.000Z");

async function workbookBuffer(
  t: TestStore,
  lang: "fr" | "en",
  filter: ResultsFilter = PERIOD,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on("end", resolve));
  await withResults(t.store, "t1", filter, (session) => writeResultsWorkbook(session, out, lang), {
    now: NOW,
  });
  await done;
  return Buffer.concat(chunks);
}

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe.each(DIALECTS)("results workbook on %s", (dialect) => {
  let t: TestStore;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    await seedSmallPilot(t.store);
    book = await read(await workbookBuffer(t, "en"));
  });
  afterAll(() => t.close());

  it("has the nine sheets, each a real table with a frozen header", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
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
    for (const ws of book.worksheets) {
      const spec = Object.values(SHEETS).find((s) => s.name.en === ws.name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const table = ws.getTable(spec.table) as unknown as {
        table: { tableRef: string; columns: { name: string }[] };
      };
      expect(table.table.columns.map((c) => c.name)).toEqual(headersOf(spec.id, "en"));
      expect(table.table.tableRef.startsWith("A1:")).toBe(true);
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headersOf(spec.id, "en"));
    }
  });

  it("writes the Summary cell by cell", async () => {
    const ws = book.getWorksheet("Summary")!;
    const report = await computeResults(t.store, "t1", PERIOD, { now: NOW });
    const rows = (ws.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1, 5));
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    expect(byLabel.get("Enrolled")).toEqual(["Enrolled", 6]);
    expect(byLabel.get("Active in the period")).toEqual(["Active in the period", 5]);
    expect(byLabel.get("Active in the last 7 days")).toEqual(["Active in the last 7 days", 4]);
    expect(byLabel.get("Active in the last 30 days")).toEqual(["Active in the last 30 days", 5]);
    expect(byLabel.get("Attempts")).toEqual(["Attempts", 19]);
    expect(byLabel.get("Attempts per active learner (median)")).toEqual([
      "Attempts per active learner (median)",
      3,
    ]);
    expect(byLabel.get("Mean score (0–100)")![1]).toBeCloseTo(1450 / 19, 10);
    const change = byLabel.get("Score change (first attempts)")!;
    expect(change[1]).toBe(12.5);
    expect(change[2]).toBeCloseTo(report.summary.scoreChange.ciLow!, 10);
    expect(change[3]).toBeCloseTo(report.summary.scoreChange.ciHigh!, 10);
    expect(byLabel.get("Share of learners who improved")).toEqual(["Share of learners who improved", 0.5]);
    expect(byLabel.get("Minutes saved (self-reported)")).toEqual(["Minutes saved (self-reported)", 80]);
    expect(byLabel.get("Minutes saved per active learner")).toEqual(["Minutes saved per active learner", 16]);
    expect(byLabel.get("Perceived usefulness (1–5)")).toEqual(["Perceived usefulness (1–5)", 4]);
    expect(byLabel.get("Personal-data blocks")).toEqual(["Personal-data blocks", 2]);
    expect(byLabel.get("Trying")).toEqual(["Trying", 3]);
    expect(byLabel.get("Established")).toEqual(["Established", 1]);
    expect(byLabel.get("Champions")).toEqual(["Champions", 1]);
    expect(byLabel.get("Anonymity threshold (k)")).toEqual(["Anonymity threshold (k)", 3]);
    expect(byLabel.get("From")).toEqual(["From", "2026-01-01"]);
    expect(byLabel.get("To")).toEqual(["To", "2026-01-20"]);
    // Number formats follow the metric.
    const at = (label: string) => ws.getRow(rows.findIndex((r) => r[0] === label) + 2).getCell(2);
    expect(at("Share of learners who improved").numFmt).toBe("0.0%");
    expect(at("Attempts").numFmt).toBe("#,##0");
    expect(at("Score change (first attempts)").numFmt).toBe("+0.0;-0.0;0.0");
  });

  it("writes learners, weeks and real dates", () => {
    const learners = book.getWorksheet("Learners")!;
    expect(learners.rowCount).toBe(6);
    const first = learners.getRow(2);
    expect(first.getCell(1).value).toMatch(/^Learner [0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(first.getCell(2).value).toBe("B");
    expect(first.getCell(4).value).toBe(10);
    expect(first.getCell(11).value).toEqual(new Date("2026-01-05T00:00:00.000Z"));
    expect(first.getCell(11).numFmt).toBe("yyyy-mm-dd");
    expect(first.getCell(13).value).toBe("Champion");
    const weekly = book.getWorksheet("Weekly")!;
    expect(weekly.getRow(4).values).toEqual([undefined, new Date("2026-01-19T00:00:00.000Z"), 2, 2, 50, 0]);
    const about = book.getWorksheet("About")!;
    expect(about.getRow(2).getCell(1).value).toBe("enrolled");
    expect(String(about.getRow(2).getCell(4).value)).toMatch(/Personnes/);
  });

  it("writes French sheet names and headers when asked", async () => {
    const fr = await read(await workbookBuffer(t, "fr"));
    expect(fr.worksheets.map((w) => w.name)).toEqual([
      "Synthèse",
      "Apprenants",
      "Critères",
      "Semaines",
      "Applications",
      "Cohortes",
      "Cas d’usage",
      "Retours",
      "À propos",
    ]);
    expect(fr.getWorksheet("Synthèse")!.getRow(2).values).toEqual([undefined, "Inscrits", 6]);
    expect(fr.getWorksheet("Apprenants")!.getRow(2).getCell(1).value).toMatch(/^Apprenant /);
  });

  it("writes a valid workbook for an empty selection", async () => {
    const empty = await read(await workbookBuffer(t, "en", { from: "2030-01-01", to: "2030-01-02" }));
    // Reported learners with no attempt in the period: zeros, not a hidden selection.
    expect(empty.getWorksheet("Summary")!.getRow(3).getCell(2).value).toBe(0);
    expect(empty.getWorksheet("Learners")!.rowCount).toBe(1);
  });
});
