import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { FORMATS } from "../../core/results/metrics";
import {
  SHEETS,
  aboutRows,
  criteriaRows,
  feedbackRows,
  groupRows,
  headersOf,
  hostRows,
  learnerCells,
  looksLikeFormula,
  summaryRows,
  useCaseRows,
  weeklyRows,
  type Cell,
  type SheetId,
  type SheetSpec,
} from "../../core/results/sheets";
import type { Bilan } from "../../core/results/bilan";
import { BILAN_SHEET, bilanHeaders, bilanLayout } from "../../core/results/bilan-sheet";
import type { Lang } from "../../core/types";
import type { ResultsSession } from "./report";
import { streamedTables } from "./xlsx-tables";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Streams the results workbook to `output`: Bilan (when a stage's review is given), Summary, Learners, Criteria, Weekly, Hosts, Cohorts and
 * About, each an Excel table with formatted columns and a frozen header row. Every row is committed
 * as soon as it is written, and learners are read from the database page by page, so memory stays
 * flat whatever the number of learners.
 */
export async function writeResultsWorkbook(
  session: ResultsSession,
  output: Writable,
  lang: Lang,
  bilan: Bilan | null = null,
): Promise<void> {
  // Loaded on first use: exceljs takes longer to load than the rest of the server together.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Parcours";
  workbook.created = new Date(session.report.generatedAt);
  const tables = streamedTables(workbook);
  const { report } = session;

  const sheet = (id: SheetId) => sheetOf(SHEETS[id], headersOf(id, lang));
  const sheetOf = (spec: Pick<SheetSpec, "name" | "table" | "columns">, headers: string[]) => {
    const worksheet = workbook.addWorksheet(spec.name[lang], {
      views: [{ state: "frozen", ySplit: 1, activeCell: "A2" }],
    });
    worksheet.columns = spec.columns.map((c) => ({
      width: c.width,
      // Long definitions (About) wrap instead of running off the screen.
      style: {
        numFmt: FORMATS[c.format],
        ...(c.width >= 60 ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
      },
    }));
    const header = worksheet.addRow(headers);
    header.font = { bold: true };
    header.commit();
    let rows = 0;
    return {
      worksheet,
      add(cells: Cell[]) {
        const row = worksheet.addRow(cells.map((value, i) => toValue(value, spec.columns[i]?.format)));
        rows++;
        return row;
      },
      finish() {
        tables.add(worksheet, { name: spec.table, headers, rows });
        worksheet.commit();
      },
    };
  };

  if (bilan) {
    // The stage's review comes first: what the steering committee reads before anything else.
    const review = sheetOf(BILAN_SHEET, bilanHeaders(lang));
    const layout = bilanLayout(bilan, lang);
    for (const row of layout.rows) {
      const written = review.add(row.cells);
      for (const column of [2, 3, 4, 5, 7]) written.getCell(column).numFmt = FORMATS[row.format];
      written.getCell(6).numFmt = FORMATS.int;
      written.commit();
    }
    // Below the table, the per-cohort and per-week figures (what the Excel pane charts).
    let at = layout.rows.length + 1;
    const sheetRow = (cells: ExcelJS.CellValue[]) => {
      at += 1;
      return review.worksheet.addRow(cells);
    };
    for (const block of layout.blocks) {
      while (at < block.titleRow - 1) sheetRow([]).commit();
      const title = sheetRow([block.title]);
      title.font = { bold: true };
      title.commit();
      const header = sheetRow(block.headers);
      header.font = { bold: true };
      header.commit();
      for (const cells of block.rows) {
        const written = sheetRow(cells.map((value, i) => toValue(value, block.columns[i]?.format)));
        block.columns.forEach((column, i) => (written.getCell(i + 1).numFmt = FORMATS[column.format]));
        written.commit();
      }
    }
    review.finish();
  }

  const summary = sheet("summary");
  for (const row of summaryRows(report, lang)) {
    const written = summary.add(row.cells);
    written.getCell(2).numFmt = FORMATS[row.format];
    written.commit();
  }
  summary.finish();

  const learners = sheet("learners");
  for await (const learner of session.learners()) learners.add(learnerCells(learner, lang)).commit();
  learners.finish();

  const rest: Array<[SheetId, Cell[][]]> = [
    ["criteria", criteriaRows(report, lang)],
    ["weekly", weeklyRows(report)],
    ["hosts", hostRows(report)],
    ["cohorts", groupRows(report, lang)],
    ["useCases", useCaseRows(report, lang)],
    ["feedback", feedbackRows(report, lang)],
    ["about", aboutRows()],
  ];
  for (const [id, rows] of rest) {
    const s = sheet(id);
    for (const cells of rows) s.add(cells).commit();
    s.finish();
  }
  await workbook.commit();
}

/**
 * Dates become real Excel dates; text in a numeric column (the "< k" of a hidden group) stays text.
 * Text Excel would take for a formula is written as an inline string (`<is>`), Excel's plain text
 * cell, rather than exceljs's default `t="str"`, which is the type of a formula's result.
 */
function toValue(value: Cell, format: keyof typeof FORMATS | undefined): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "string" && looksLikeFormula(value)) return { richText: [{ text: value }] };
  if (format === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    return new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
  }
  return value;
}
