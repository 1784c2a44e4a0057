/**
 * Real use in the bilan, and the bilan's figures the same in the JSON, the .xlsx (read back with
 * exceljs), the Excel pane's writer (office-addin-mock fake) and the HTML page. Tenant "r1", k = 3,
 * stage Jan 5 – Feb 1 2026 (the four weeks of Jan 5, 12, 19 and 26):
 *
 *  learner  cohort/department  attempts              real-work uses in the weeks      per week
 *  a1–a4    A / —              one each week          a1: 4 (2 Jan 6, Jan 13, Jan 20)  1, 0.5, 0, 0
 *                                                     a2: 2 (Jan 7, Jan 27); a3: Feb 3 (after)
 *  b1, b2   B / —              Jan 14                 b1: 1 (Jan 14)                  0.25, 0
 *  b3       B / —              —                      —                               (not active)
 *  x1       A / Solo           one each week          5 — its cohort–department pair has 1 < k
 *                                                     learners: never counted
 * Use cases: a1 proposes one on Jan 15 (counted), x1 one (not), b1 one on Jan 2 (before the stage).
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint" },
}));

import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { BilanSchema, formatMeasure, verdictOf, type Bilan } from "../../../src/core/results/bilan";
import { bilanLayout } from "../../../src/core/results/bilan-sheet";
import { excelDateSerial } from "../../../src/core/results/sheets";
import { meanIntervalOf } from "../../../src/core/results/stats";
import { writeResultsWorkbook as writeIntoExcel } from "../../../src/office/excel-results";
import { computeBilan } from "../../../src/server/results/bilan";
import { renderBilanHtml } from "../../../src/server/results/bilan-html";
import { withResults } from "../../../src/server/results/report";
import { writeResultsWorkbook } from "../../../src/server/results/workbook";
import { putStage, stageFilter } from "../../../src/server/stages/stages";
import type { Store } from "../../../src/server/store/db";
import type { RealWorkUsesTable } from "../../../src/server/store/schema";
import { fakeExcel } from "../../support/excel-fake";
import { DIALECTS, addAttempts, addTenant, addUser, openTestStore, type TestStore } from "./store";
import { computeResults } from "../../../src/server/results/report";

const NOW = new Date("2026-03-20T12:00:00.000Z");
const options = { now: NOW, benchmarkIds: [] };

let uses = 0;
async function addUse(
  store: Store,
  tenant: string,
  user: string,
  at: string,
  kind: RealWorkUsesTable["kind"],
): Promise<void> {
  uses++;
  await store.db
    .insertInto("real_work_uses")
    .values({
      tenant_id: tenant,
      id: `00000000-0000-4000-a000-${String(uses).padStart(12, "0")}`,
      user_id: user,
      client_id: `client-${uses}`,
      kind,
      host: "word",
      exercise_id: null,
      occurred_at: `${at}T10:00:00.000Z`,
    })
    .execute();
}

async function addUseCase(store: Store, author: string, at: string): Promise<void> {
  uses++;
  const when = `${at}T11:00:00.000Z`;
  await store.db
    .insertInto("use_cases")
    .values({
      tenant_id: "r1",
      id: `00000000-0000-4000-b000-${String(uses).padStart(12, "0")}`,
      author_id: author,
      job: "claims",
      host: "word",
      lang: "fr",
      title: "Résumer un dossier",
      task: "Résumer un dossier en cinq points",
      frequency: "weekly",
      minutes_saved: 15,
      data_involved: "internal",
      risk_tags: "[]",
      risk_text: null,
      prompt: null,
      status: "proposed",
      status_reason: null,
      exercise_id: null,
      source_exercise_id: null,
      created_at: when,
      updated_at: when,
    })
    .execute();
}

async function seed(store: Store): Promise<void> {
  await addTenant(store, "r1", { reportK: 3 });
  await addTenant(store, "other", { reportK: 3 });
  for (const id of ["a1", "a2", "a3", "a4"]) await addUser(store, "r1", id, { cohort: "A" });
  for (const id of ["b1", "b2", "b3"]) await addUser(store, "r1", id, { cohort: "B" });
  await addUser(store, "r1", "x1", { cohort: "A", department: "Solo" });
  await addUser(store, "other", "a1", { cohort: "A" });
  for (const id of ["a1", "a2", "a3", "a4", "x1"])
    await addAttempts(
      store,
      "r1",
      id,
      ["2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"].map((at, i) => ({ at, score: 50 + i })),
    );
  for (const id of ["b1", "b2"]) await addAttempts(store, "r1", id, [{ at: "2026-01-14", score: 60 }]);

  await addUse(store, "r1", "a1", "2026-01-06", "insert");
  await addUse(store, "r1", "a1", "2026-01-06", "insert");
  await addUse(store, "r1", "a1", "2026-01-13", "reply");
  await addUse(store, "r1", "a1", "2026-01-20", "copy");
  await addUse(store, "r1", "a2", "2026-01-07", "values");
  await addUse(store, "r1", "a2", "2026-01-27", "formula");
  await addUse(store, "r1", "a3", "2026-02-03", "insert");
  await addUse(store, "r1", "b1", "2026-01-14", "insert");
  for (const day of ["06", "07", "08", "13", "21"])
    await addUse(store, "r1", "x1", `2026-01-${day}`, "insert");
  await addUse(store, "other", "a1", "2026-01-08", "insert");

  await addUseCase(store, "a1", "2026-01-15");
  await addUseCase(store, "x1", "2026-01-15");
  await addUseCase(store, "b1", "2026-01-02");

  await putStage(
    store.db,
    "r1",
    "etape-1",
    {
      name: "Étape 1",
      startsOn: "2026-01-05",
      endsOn: "2026-02-01",
      targets: [
        { metric: "realUsesPerWeek", min: 0.5 },
        { metric: "weeklyActiveShare", min: 0.4 },
      ],
    },
    "admin",
  );
}

/** The .xlsx's Bilan sheet as a grid of plain values: dates as Excel serials, text as text. */
async function xlsxBilanGrid(store: Store, bilan: Bilan, lang: "fr" | "en"): Promise<unknown[][]> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on("data", (c: Buffer) => chunks.push(c));
  await withResults(store, "r1", stageFilter(bilan.stage, {}, "2026-03-20"), (session) =>
    writeResultsWorkbook(session, out, lang, bilan),
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  expect(book.worksheets[0]!.name).toBe("Bilan");
  const grid: unknown[][] = [];
  book.worksheets[0]!.eachRow((row, r) => {
    (row.values as ExcelJS.CellValue[]).forEach((value, c) => {
      if (value === null || value === undefined) return;
      (grid[r - 1] ??= [])[c - 1] =
        value instanceof Date
          ? excelDateSerial(value.toISOString())
          : typeof value === "object" && "richText" in value
            ? value.richText.map((t) => t.text).join("")
            : value;
    });
  });
  return grid;
}

/** The Excel writer's Bilan sheet (fake workbook) as the same grid: the last values written to each cell. */
async function paneBilanGrid(bilan: Bilan, lang: "fr" | "en", store: Store): Promise<unknown[][]> {
  const excel = fakeExcel();
  const report = await computeResults(store, "r1", stageFilter(bilan.stage, {}, "2026-03-20"), { now: NOW });
  await writeIntoExcel(report, lang, excel.api, bilan);
  const grid: unknown[][] = [];
  for (const range of excel.sheets.get("Bilan")!.ranges) {
    const values = range.mock.values;
    const start = /^([A-Z]+)(\d+)/.exec(range.address);
    if (!values || !start) continue;
    const row0 = Number(start[2]) - 1;
    const col0 = start[1]!.charCodeAt(0) - 65;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "") return;
        (grid[row0 + r] ??= [])[col0 + c] =
          typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
      }),
    );
  }
  return grid;
}

describe.each(DIALECTS)("real use in the bilan on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(dialect);
    await seed(t.store);
  });
  afterEach(() => t.close());

  it("counts the uses of the stage's reported learners, per week, per kind and per active learner", async () => {
    const bilan = BilanSchema.parse(await computeBilan(t.store, "r1", "etape-1", options));
    expect(bilan.realUse).toEqual({
      hidden: false,
      uses: 7,
      users: 3,
      useCases: 1,
      byKind: { copy: 1, formula: 1, insert: 3, reply: 1, values: 1 },
    });
    expect(bilan.weekly.map((w) => [w.week, w.realUses])).toEqual([
      ["2026-01-05", 3],
      ["2026-01-12", 2],
      ["2026-01-19", 1],
      ["2026-01-26", 1],
    ]);
    // Active learners a1–a4, b1, b2 (x1 is outside the reported pairs; b3 never started).
    const expected = meanIntervalOf([1, 0.5, 0, 0, 0.25, 0]);
    const measure = bilan.current.measures.realUsesPerWeek;
    expect(measure.n).toBe(6);
    expect(measure.value).toBeCloseTo(expected.mean!, 10);
    expect(measure.ciLow).toBeCloseTo(expected.low!, 10);
    expect(measure.ciHigh).toBeCloseTo(expected.high!, 10);
    const target = bilan.targets.find((x) => x.metric === "realUsesPerWeek")!;
    expect(target.verdict).toBe(verdictOf(0.5, measure));
    expect(target.verdict).toBe("uncertain");
    expect(target.text.en).toContain("Real-work uses a week per active learner 0.3 a week");

    const [a, b] = bilan.groups;
    expect(a!.group).toBe("A");
    expect(a!.realUsesPerWeek.n).toBe(4);
    expect(a!.realUsesPerWeek.value).toBeCloseTo(1.5 / 4, 10);
    expect(a!.useCases).toBe(1);
    // Cohort B is shown (3 invited) but only 2 of them were active: its rate is hidden.
    expect(b!.hidden).toBe(false);
    expect(b!.realUsesPerWeek).toEqual({ n: null, value: null, ciLow: null, ciHigh: null, hidden: true });
    expect(b!.useCases).toBe(0);
  });

  it("hides real use with everything else when the stage has fewer than k learners", async () => {
    await putStage(
      t.store.db,
      "r1",
      "etape-b",
      { name: "B seul", startsOn: "2026-01-05", endsOn: "2026-02-01", cohorts: ["B"] },
      "admin",
    );
    await t.store.db
      .updateTable("tenants")
      .set({ settings: JSON.stringify({ reportK: 4 }) })
      .where("tenant_id", "=", "r1")
      .execute();
    const bilan = await computeBilan(t.store, "r1", "etape-b", options);
    expect(bilan.realUse).toEqual({ hidden: true, uses: null, users: null, useCases: null, byKind: {} });
    expect(bilan.current.measures.realUsesPerWeek.hidden).toBe(true);
  });

  it.each(["fr", "en"] as const)(
    "shows the same figures in the JSON, the .xlsx, the Excel pane and the HTML (%s)",
    async (lang) => {
      const bilan = BilanSchema.parse(await computeBilan(t.store, "r1", "etape-1", options));
      const xlsx = await xlsxBilanGrid(t.store, bilan, lang);
      const pane = await paneBilanGrid(bilan, lang, t.store);
      // Cell for cell, the two workbooks agree.
      expect(pane).toEqual(xlsx);

      // And their figures are the JSON's.
      const { rows, blocks } = bilanLayout(bilan, lang);
      const measure = bilan.current.measures.realUsesPerWeek;
      // The first target (realUsesPerWeek) is the table's first row.
      const real = xlsx[1]!;
      expect(real.slice(1, 6)).toEqual([0.5, measure.value, measure.ciLow, measure.ciHigh, measure.n]);
      const weeks = blocks.find((b) => b.id === "weeks")!;
      expect(xlsx.slice(weeks.headerRow, weeks.lastRow).map((row) => row[3])).toEqual(
        bilan.weekly.map((w) => w.realUses),
      );
      const cohorts = blocks.find((b) => b.id === "cohorts")!;
      expect(xlsx[cohorts.headerRow]!.slice(0, 11)).toEqual([
        // x1 is one of cohort A's invited learners; only its real use is left out.
        "A",
        5,
        5,
        5,
        bilan.groups[0]!.weeklyActiveShare.value,
        undefined,
        undefined,
        undefined,
        undefined,
        bilan.groups[0]!.realUsesPerWeek.value,
        1,
      ]);
      const uses = rows.findIndex(
        (r) =>
          r.cells[0] ===
          (lang === "fr"
            ? "Usages réels (réponses mises dans le travail)"
            : "Real-work uses (answers put into work)"),
      );
      expect(xlsx[uses + 1]![2]).toBe(7);

      // The HTML page prints the same figures, formatted.
      const html = renderBilanHtml(bilan, lang);
      expect(html).toContain(formatMeasure("realUsesPerWeek", measure.value, lang));
      expect(html).toContain(
        `${formatMeasure("realUsesPerWeek", measure.ciLow, lang)} – ${formatMeasure("realUsesPerWeek", measure.ciHigh, lang)}`,
      );
      expect(html).toContain(formatMeasure("realUsesPerWeek", bilan.groups[0]!.realUsesPerWeek.value, lang));
      expect(html).toContain(
        lang === "fr"
          ? "7 réponses mises dans un vrai document, une vraie réponse ou une vraie feuille, par 3 apprenants\u00a0; 1 cas d’usage proposés."
          : "7 answers put into a real document, reply or sheet, by 3 learners; 1 use cases proposed.",
      );
    },
  );
});
