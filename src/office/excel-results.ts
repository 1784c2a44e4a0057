/**
 * Writes the pilot results into the open Excel workbook through Office.js: the same seven sheets as the
 * .xlsx export (layout from src/core/results/sheets), each an Excel table with number formats, column
 * widths and a frozen header, plus native charts — weekly active learners and score over time on
 * Weekly, mastery per criterion on Criteria — and, when the pilot has stages, the Bilan sheet first
 * (the same rows as the .xlsx's, with charts of benchmark progress per cohort, weekly active
 * learners and real-work uses). Running it again refreshes in place: our tables and
 * charts are deleted and rebuilt on the same sheets, never duplicated; other sheets are untouched.
 *
 * Needs ExcelApi 1.7 (freezePanes, series.setXAxisValues); `EXCEL_RESULTS_API` says so to the pane.
 */
import { FORMATS } from "../core/results/metrics";
import {
  SHEETS,
  SHEET_IDS,
  aboutRows,
  columnLetter,
  criteriaRows,
  feedbackRows,
  excelDateSerial,
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
} from "../core/results/sheets";
import type { ResultsReport } from "../core/results/schema";
import type { Bilan } from "../core/results/bilan";
import { BILAN_SHEET, bilanLayout, type PlacedBlock } from "../core/results/bilan-sheet";
import type { Lang, Localized } from "../core/types";
import { officeGlobals } from "./globals";

export const EXCEL_RESULTS_API = { set: "ExcelApi", version: "1.7" } as const;

// ---------- the part of the Excel object model this writer uses ----------

interface NullableLike {
  isNullObject: boolean;
  load(properties: string): unknown;
}
export interface ResultsRangeLike {
  values: unknown[][];
  numberFormat: unknown[][];
  format: { columnWidth: number; font: { bold: boolean } };
  clear(): void;
}
export interface ResultsTableLike extends NullableLike {
  name: string;
  style: string;
  delete(): void;
}
export interface ResultsChartLike extends NullableLike {
  name: string;
  title: { text: string };
  series: { getItemAt(index: number): { setXAxisValues(range: ResultsRangeLike): void } };
  legend: { visible: boolean };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}
export interface ResultsSheetLike extends NullableLike {
  name: string;
  getRange(address?: string): ResultsRangeLike;
  tables: {
    add(address: string, hasHeaders: boolean): ResultsTableLike;
    getItemOrNullObject(name: string): ResultsTableLike;
  };
  charts: {
    add(type: string, source: ResultsRangeLike, seriesBy: string): ResultsChartLike;
    getItemOrNullObject(name: string): ResultsChartLike;
  };
  freezePanes: { freezeRows(count: number): void };
  /** Zero-based place among the workbook's sheets. */
  position: number;
  activate(): void;
}
export interface ResultsExcelContextLike {
  workbook: {
    worksheets: { add(name: string): ResultsSheetLike; getItemOrNullObject(name: string): ResultsSheetLike };
  };
  sync(): Promise<unknown>;
}
export interface ResultsExcelApiLike {
  run<T>(batch: (context: ResultsExcelContextLike) => Promise<T>): Promise<T>;
}

// ---------- what goes where ----------

interface ChartSpec {
  name: string;
  sheet: SheetId;
  type: "Line" | "BarClustered";
  title: Localized;
  /** Column (1-based) plotted, and the column of the category labels. */
  column: number;
  categories: number;
  position: [string, string];
}

/** The native charts, named so a refresh finds and replaces them. */
export const RESULTS_CHARTS: ChartSpec[] = [
  {
    name: "ParcoursWeeklyActive",
    sheet: "weekly",
    type: "Line",
    title: { fr: "Apprenants actifs par semaine", en: "Weekly active learners" },
    column: 2,
    categories: 1,
    position: ["G2", "N18"],
  },
  {
    name: "ParcoursScoreOverTime",
    sheet: "weekly",
    type: "Line",
    title: { fr: "Score moyen par semaine", en: "Mean score over time" },
    column: 4,
    categories: 1,
    position: ["G20", "N36"],
  },
  {
    name: "ParcoursMastery",
    sheet: "criteria",
    type: "BarClustered",
    title: { fr: "Maîtrise moyenne par critère", en: "Mean mastery per criterion" },
    column: 3,
    categories: 1,
    position: ["F2", "M20"],
  },
];

/** The rows of each sheet and, for Summary, each row's own format of the Value column. */
export function sheetRows(
  report: ResultsReport,
  lang: Lang,
): Record<SheetId, { rows: Cell[][]; valueFormats?: string[] }> {
  const summary = summaryRows(report, lang);
  return {
    summary: { rows: summary.map((r) => r.cells), valueFormats: summary.map((r) => FORMATS[r.format]) },
    learners: { rows: report.learners.map((l) => learnerCells(l, lang)) },
    criteria: { rows: criteriaRows(report, lang) },
    weekly: { rows: weeklyRows(report) },
    hosts: { rows: hostRows(report) },
    cohorts: { rows: groupRows(report, lang) },
    useCases: { rows: useCaseRows(report, lang) },
    feedback: { rows: feedbackRows(report, lang) },
    about: { rows: aboutRows() },
  };
}

export interface WrittenSheets {
  /** Sheets created by this run (the others were refreshed). */
  created: string[];
  refreshed: string[];
}

/** One sheet this writer owns: its names, its table and charts (found again on a refresh), its content. */
interface OwnedSheet {
  name: Localized;
  table: string;
  charts: string[];
  /** Moved to the front of the workbook (the Bilan). */
  first: boolean;
  write(sheet: ResultsSheetLike): void;
}

/**
 * Writes (or refreshes) the results sheets; resolves with what it did. With a stage's `bilan`, the
 * Bilan sheet comes first: its table, the per-cohort and per-week figures below it and their charts.
 */
export async function writeResultsWorkbook(
  report: ResultsReport,
  lang: Lang,
  excel: ResultsExcelApiLike | undefined = officeGlobals().Excel as unknown as
    ResultsExcelApiLike | undefined,
  bilan: Bilan | null = null,
): Promise<WrittenSheets> {
  if (!excel) throw new Error("Excel is not available");
  const content = sheetRows(report, lang);
  const owned: OwnedSheet[] = [];
  if (bilan) {
    owned.push({
      name: BILAN_SHEET.name,
      table: BILAN_SHEET.table,
      charts: BILAN_CHARTS.map((c) => c.name),
      first: true,
      write: (sheet) => writeBilan(sheet, bilan, lang),
    });
  }
  for (const id of SHEET_IDS) {
    const charts = RESULTS_CHARTS.filter((c) => c.sheet === id);
    owned.push({
      name: SHEETS[id].name,
      table: SHEETS[id].table,
      charts: charts.map((c) => c.name),
      first: false,
      write: (sheet) => {
        writeTable(sheet, id, content[id].rows, lang, content[id].valueFormats);
        for (const chart of charts) addChart(sheet, chart, content[id].rows.length, lang);
      },
    });
  }
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    // 1. Which of our sheets exist already, under this language's name or the other's (written
    // before in the other language: renamed, then refreshed in place).
    const other: Lang = lang === "fr" ? "en" : "fr";
    const lookup = (name: string) => {
      const sheet = worksheets.getItemOrNullObject(name);
      // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar, not a navigation property
      sheet.load("isNullObject");
      return sheet;
    };
    const found = owned.map(({ name }) => ({ own: lookup(name[lang]), other: lookup(name[other]) }));
    await context.sync();
    const existing = found.map(({ own, other: translated }, i) => {
      if (!own.isNullObject || translated.isNullObject) return own;
      translated.name = owned[i]!.name[lang];
      return translated;
    });

    // 2. In existing sheets, our table and charts from the previous run.
    const previous = owned.map((spec, i) => {
      const sheet = existing[i]!;
      if (sheet.isNullObject) return null;
      const table = sheet.tables.getItemOrNullObject(spec.table);
      // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar, not a navigation property
      table.load("isNullObject");
      const charts = spec.charts.map((name) => {
        const chart = sheet.charts.getItemOrNullObject(name);
        // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar, not a navigation property
        chart.load("isNullObject");
        return chart;
      });
      return { table, charts };
    });
    await context.sync();

    // 3. Replace: drop the old table, charts and cells, write the new ones.
    const created: string[] = [];
    const refreshed: string[] = [];
    const written = owned.map((spec, i) => {
      const name = spec.name[lang];
      const old = previous[i];
      let sheet = existing[i]!;
      if (old) {
        if (!old.table.isNullObject) old.table.delete();
        for (const chart of old.charts) if (!chart.isNullObject) chart.delete();
        sheet.getRange().clear();
        refreshed.push(name);
      } else {
        sheet = worksheets.add(name);
        created.push(name);
      }
      if (spec.first) sheet.position = 0;
      spec.write(sheet);
      return sheet;
    });
    written[0]!.activate();
    await context.sync();
    return { created, refreshed };
  });
}

function writeTable(
  sheet: ResultsSheetLike,
  id: SheetId,
  rows: Cell[][],
  lang: Lang,
  valueFormats?: string[],
): void {
  const spec = SHEETS[id];
  const width = spec.columns.length;
  // An Excel table needs one data row; an empty report gets a blank one.
  const data = rows.length > 0 ? rows : [Array<Cell>(width).fill(null)];
  const last = columnLetter(width);
  const address = `A1:${last}${data.length + 1}`;
  sheet.getRange(address).values = [
    headersOf(id, lang),
    ...data.map((row) => row.map((cell, c) => toExcelValue(cell, spec.columns[c]?.format))),
  ];
  const table = sheet.tables.add(address, true);
  table.name = spec.table;
  table.style = "TableStyleMedium2";
  spec.columns.forEach((column, c) => {
    const letter = columnLetter(c + 1);
    const body = sheet.getRange(`${letter}2:${letter}${data.length + 1}`);
    body.numberFormat = data.map((_, r) => [
      c === 1 && valueFormats?.[r] ? valueFormats[r] : FORMATS[column.format],
    ]);
    // Excel widths are in points: about 7 per character of the default font.
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * 7;
  });
  sheet.getRange(`A1:${last}1`).format.font.bold = true;
  sheet.freezePanes.freezeRows(1);
}

interface BilanChartSpec {
  name: string;
  block: PlacedBlock["id"];
  type: "Line" | "BarClustered" | "ColumnClustered";
  title: Localized;
  /** Column (1-based) of the block plotted; the block's first column holds the category labels. */
  column: number;
  position: [string, string];
}

/** The Bilan sheet's charts, beside its table, named so a refresh finds and replaces them. */
export const BILAN_CHARTS: BilanChartSpec[] = [
  {
    name: "ParcoursBilanBenchmark",
    block: "cohorts",
    type: "ColumnClustered",
    title: {
      fr: "Progrès à l’exercice de bilan par cohorte (points)",
      en: "Benchmark progress per cohort (points)",
    },
    column: 6,
    position: ["K2", "R18"],
  },
  {
    name: "ParcoursBilanWeeklyActive",
    block: "weeks",
    type: "Line",
    title: { fr: "Apprenants actifs par semaine", en: "Weekly active learners" },
    column: 2,
    position: ["K20", "R36"],
  },
  {
    name: "ParcoursBilanRealUse",
    block: "weeks",
    type: "Line",
    title: { fr: "Usages réels par semaine", en: "Real-work uses a week" },
    column: 4,
    position: ["K38", "R54"],
  },
];

/**
 * The Bilan sheet: the same rows as the .xlsx's (src/core/results/bilan-sheet.ts) as a table, then
 * the per-cohort and per-week blocks as plain ranges, then the charts drawn from those blocks.
 */
function writeBilan(sheet: ResultsSheetLike, bilan: Bilan, lang: Lang): void {
  const { rows, blocks } = bilanLayout(bilan, lang);
  const columns = BILAN_SHEET.columns;
  const last = columnLetter(columns.length);
  const address = `A1:${last}${rows.length + 1}`;
  sheet.getRange(address).values = [
    columns.map((c) => c.header[lang]),
    ...rows.map((row) => row.cells.map((cell, c) => toExcelValue(cell, columns[c]?.format))),
  ];
  const table = sheet.tables.add(address, true);
  table.name = BILAN_SHEET.table;
  table.style = "TableStyleMedium2";
  columns.forEach((column, c) => {
    const letter = columnLetter(c + 1);
    const body = sheet.getRange(`${letter}2:${letter}${rows.length + 1}`);
    // The figures take each row's own format (a share, points, minutes, a count), as in the .xlsx.
    body.numberFormat = rows.map((row) => [
      FORMATS[[2, 3, 4, 5, 7].includes(c + 1) ? row.format : c + 1 === 6 ? "int" : column.format],
    ]);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * 7;
  });
  sheet.getRange(`A1:${last}1`).format.font.bold = true;
  sheet.freezePanes.freezeRows(1);

  for (const block of blocks) {
    const end = columnLetter(block.columns.length);
    sheet.getRange(`A${block.titleRow}`).values = [[block.title]];
    sheet.getRange(`A${block.titleRow}`).format.font.bold = true;
    const range = sheet.getRange(`A${block.headerRow}:${end}${block.lastRow}`);
    range.values = [
      block.headers,
      ...block.rows.map((row) => row.map((cell, c) => toExcelValue(cell, block.columns[c]?.format))),
    ];
    range.numberFormat = [
      block.headers.map(() => "General"),
      ...block.rows.map(() => block.columns.map((c) => FORMATS[c.format])),
    ];
    sheet.getRange(`A${block.headerRow}:${end}${block.headerRow}`).format.font.bold = true;
  }

  for (const spec of BILAN_CHARTS) {
    const block = blocks.find((b) => b.id === spec.block);
    if (!block || block.rows.length === 0) continue;
    const column = columnLetter(spec.column);
    const chart = sheet.charts.add(
      spec.type,
      sheet.getRange(`${column}${block.headerRow}:${column}${block.lastRow}`),
      "Columns",
    );
    chart.name = spec.name;
    chart.title.text = spec.title[lang];
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(`A${block.headerRow + 1}:A${block.lastRow}`));
    chart.setPosition(spec.position[0], spec.position[1]);
  }
}

function addChart(sheet: ResultsSheetLike, spec: ChartSpec, rows: number, lang: Lang): void {
  const lastRow = Math.max(rows, 1) + 1;
  const column = columnLetter(spec.column);
  const categories = columnLetter(spec.categories);
  const chart = sheet.charts.add(spec.type, sheet.getRange(`${column}1:${column}${lastRow}`), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title[lang];
  chart.legend.visible = false;
  chart.series.getItemAt(0).setXAxisValues(sheet.getRange(`${categories}2:${categories}${lastRow}`));
  chart.setPosition(spec.position[0], spec.position[1]);
}

/**
 * Dates go in as Excel serial numbers (formatted yyyy-mm-dd); empty cells as "". Text that Excel
 * would run as a formula gets Excel's text prefix, an apostrophe, which is not part of the value.
 */
export function toExcelValue(cell: Cell, format: string | undefined): string | number {
  if (cell === null) return "";
  if (typeof cell === "string" && looksLikeFormula(cell)) return `'${cell}`;
  if (format === "date" && typeof cell === "string" && /^\d{4}-\d{2}-\d{2}/.test(cell))
    return excelDateSerial(cell);
  return cell;
}
