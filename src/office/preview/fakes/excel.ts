/** A minimal in-memory Excel built from a preview sample (the seam of ../../seam.ts only). */
import type { Lang } from "../../../core/types";
import { emptyWrites, type PreviewCell, type PreviewWrites } from "../writes";
import type { PreviewDocumentView } from "../document";
import type { ExcelApiLike, ExcelRangeLike } from "../../seam";
import type { ExcelSampleCell, ExcelSampleContent } from "../samples/types";
import { loaded, synced } from "./common";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function excelSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000);
}

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}

/** 1250.5 → "1 250,50 €" (fr, narrow no-break space) or "€1,250.50" (en). */
export function formatEuro(value: number, lang: Lang): string {
  const [whole = "0", cents = "00"] = Math.abs(value).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? "\u202f" : ",");
  const sign = value < 0 ? "-" : "";
  return lang === "fr" ? `${sign}${grouped},${cents} €` : `${sign}€${grouped}.${cents}`;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Grid {
  sheet: string;
  values: unknown[][];
  text: string[][];
  formulas: unknown[][];
}

function buildGrid(
  content: ExcelSampleContent,
  lang: Lang,
  written?: ReadonlyMap<string, PreviewCell>,
): Grid {
  const values: unknown[][] = [];
  const text: string[][] = [];
  const formulas: unknown[][] = [];
  content.rows.forEach((row, r) => {
    values.push([]);
    text.push([]);
    formulas.push([]);
    row.forEach((cell: ExcelSampleCell, c) => {
      const format = r === 0 ? "text" : (content.columnFormats?.[c] ?? "text");
      let value: unknown = cell ?? "";
      let formula: unknown = cell ?? "";
      let shown = cell === null ? "" : String(cell);
      if (cell && typeof cell === "object" && "date" in cell) {
        value = formula = excelSerial(cell.date);
        shown = formatDate(cell.date);
      } else if (cell && typeof cell === "object") {
        value = cell.value;
        formula = cell.formula;
        shown = String(cell.value);
      }
      if (typeof value === "number" && format === "euro") shown = formatEuro(value, lang);
      values[r]?.push(value);
      text[r]?.push(shown);
      formulas[r]?.push(formula);
    });
  });
  const grid = { sheet: content.sheetName, values, text, formulas };
  for (const [key, cell] of written ?? []) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    setCell(grid, r, c, cell);
  }
  return grid;
}

function setCell(grid: Grid, r: number, c: number, cell: PreviewCell): void {
  for (const matrix of [grid.values, grid.text, grid.formulas] as unknown[][][]) {
    while (matrix.length <= r) matrix.push([]);
    const row = matrix[r] ?? [];
    while (row.length < c) row.push("");
  }
  (grid.values[r] as unknown[])[c] = cell.value;
  (grid.text[r] as string[])[c] = cell.text;
  (grid.formulas[r] as unknown[])[c] = cell.formula;
}

/** A value written through `values`, as Excel stores and shows it: the text prefix "'" is not kept. */
function writtenCell(value: unknown): PreviewCell {
  if (typeof value === "string" && value.startsWith("'")) {
    const text = value.slice(1);
    return { value: text, text, formula: text };
  }
  if (typeof value === "string" && value.startsWith("=")) return { value, text: value, formula: value };
  const text = value === null || value === undefined ? "" : String(value);
  return { value: value ?? "", text, formula: value ?? "" };
}

function fakeRange(
  grid: Grid,
  row: number,
  column: number,
  rows: number,
  columns: number,
  written?: Map<string, PreviewCell>,
): ExcelRangeLike {
  const pick = <T>(matrix: T[][], empty: T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => matrix[row + r]?.[column + c] ?? empty),
    );
  const write = (matrix: unknown[][], asFormula: boolean) =>
    matrix.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell =
          asFormula && typeof value === "string" && value.startsWith("=")
            ? { value, text: value, formula: value }
            : writtenCell(value);
        setCell(grid, row + r, column + c, cell);
        written?.set(`${row + r},${column + c}`, cell);
      }),
    );
  const sheet = /^[A-Za-z0-9_]+$/.test(grid.sheet) ? grid.sheet : `'${grid.sheet.replace(/'/g, "''")}'`;
  const topLeft = `${columnLetters(column)}${row + 1}`;
  const bottomRight = `${columnLetters(column + columns - 1)}${row + rows}`;
  return {
    ...loaded,
    address: `${sheet}!${rows === 1 && columns === 1 ? topLeft : `${topLeft}:${bottomRight}`}`,
    rowCount: rows,
    columnCount: columns,
    get values() {
      return pick(grid.values, "");
    },
    set values(matrix: unknown[][]) {
      write(matrix, false);
    },
    get text() {
      return pick(grid.text, "");
    },
    get formulas() {
      return pick(grid.formulas, "");
    },
    set formulas(matrix: unknown[][]) {
      write(matrix, true);
    },
    get formulasLocal() {
      return pick(grid.formulas, "");
    },
    set formulasLocal(matrix: unknown[][]) {
      write(matrix, true);
    },
    getCell: (r, c) => fakeRange(grid, row + r, column + c, 1, 1, written),
    getResizedRange: (dr, dc) => fakeRange(grid, row, column, rows + dr, columns + dc, written),
  };
}

/** The sample's whole table is the selection, as if the user had selected it. */
export function fakeExcel(
  content: ExcelSampleContent,
  lang: Lang,
  writes: PreviewWrites = emptyWrites(),
): ExcelApiLike {
  // The selection stays the sample's table, whatever was written next to it.
  const rows = content.rows.length;
  const columns = Math.max(1, ...content.rows.map((r) => r.length));
  const grid = buildGrid(content, lang, writes.cells);
  const selected = () => fakeRange(grid, 0, 0, rows, columns, writes.cells);
  const workbook = {
    getSelectedRange: selected,
    getSelectedRanges: () => {
      const range = selected();
      return { ...loaded, areaCount: 1, address: range.address, areas: { getItemAt: () => range } };
    },
    // As if the user had clicked the first cell under the table: a formula lands there, not on the header.
    getActiveCell: () => fakeRange(grid, rows, 0, 1, 1, writes.cells),
  };
  return { run: (batch) => batch({ ...synced, workbook }) };
}

/** The sheet as the preview page shows it: the sample's cells and the written ones, marked. */
export function previewGrid(
  content: ExcelSampleContent,
  lang: Lang,
  writes: PreviewWrites,
): NonNullable<PreviewDocumentView["grid"]> {
  const grid = buildGrid(content, lang, writes.cells);
  const width = Math.max(1, ...grid.text.map((r) => r.length));
  return {
    sheet: grid.sheet,
    rows: grid.text.map((line, r) =>
      Array.from({ length: width }, (_, c) => ({
        text: line[c] ?? "",
        written: writes.cells.has(`${r},${c}`),
      })),
    ),
  };
}
