/**
 * Minimal in-memory Word, Excel and Office (Outlook) objects built from a preview sample, so the preview
 * runs the very adapters that run inside Office. They implement only the seam in `../seam.ts`.
 */
import type { Lang } from "../../core/types";
import { htmlToText } from "../html-to-text";
import type { OfficeNamespaces } from "../globals";
import type {
  AsyncCallback,
  AttachmentLike,
  EmailAddressLike,
  ExcelApiLike,
  ExcelRangeLike,
  OfficeApiLike,
  OutlookItemLike,
  WordApiLike,
  WordParagraphLike,
  WordRangeLike,
  WordTableLike,
} from "../seam";
import type {
  ExcelSampleCell,
  ExcelSampleContent,
  OutlookSampleContent,
  PreviewSample,
  WordSampleContent,
} from "./samples";

const loaded = { load: () => undefined };
const collection = <T>(items: T[]) => ({ items, load: () => undefined });
const synced = { sync: () => Promise.resolve() };

// ---------- Word ----------

export function fakeWord(content: WordSampleContent): WordApiLike {
  const paragraphs: WordParagraphLike[] = [];
  const lines: string[] = [];
  const tables: WordTableLike[] = [];
  content.paragraphs.forEach((paragraph, index) => {
    const style = paragraph.style ?? "Normal";
    const heading = /^Heading([1-9])$/.exec(style);
    paragraphs.push({
      text: paragraph.text,
      styleBuiltIn: style,
      outlineLevel: heading ? Number(heading[1]) : 10,
    });
    lines.push(paragraph.text);
    for (const table of content.tables ?? []) {
      if (table.afterParagraph !== index) continue;
      tables.push({ values: table.rows, rowCount: table.rows.length });
      for (const row of table.rows) lines.push(row.join("\t"));
    }
  });
  // Word separates paragraphs with \r in `text`.
  const body: WordRangeLike = {
    ...loaded,
    text: lines.join("\r"),
    paragraphs: collection(paragraphs),
    tables: collection(tables),
  };
  const selection: WordRangeLike = {
    ...loaded,
    text: "",
    paragraphs: collection([]),
    tables: collection([]),
  };
  const document = {
    body,
    getSelection: () => selection,
    properties: { ...loaded, title: content.documentTitle ?? "" },
  };
  return { run: (batch) => batch({ ...synced, document }) };
}

// ---------- Excel ----------

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

function buildGrid(content: ExcelSampleContent, lang: Lang): Grid {
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
  return { sheet: content.sheetName, values, text, formulas };
}

function fakeRange(grid: Grid, row: number, column: number, rows: number, columns: number): ExcelRangeLike {
  const pick = <T>(matrix: T[][], empty: T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => matrix[row + r]?.[column + c] ?? empty),
    );
  const sheet = /^[A-Za-z0-9_]+$/.test(grid.sheet) ? grid.sheet : `'${grid.sheet.replace(/'/g, "''")}'`;
  const topLeft = `${columnLetters(column)}${row + 1}`;
  const bottomRight = `${columnLetters(column + columns - 1)}${row + rows}`;
  return {
    ...loaded,
    address: `${sheet}!${rows === 1 && columns === 1 ? topLeft : `${topLeft}:${bottomRight}`}`,
    rowCount: rows,
    columnCount: columns,
    values: pick(grid.values, ""),
    text: pick(grid.text, ""),
    formulas: pick(grid.formulas, ""),
    getCell: (r, c) => fakeRange(grid, row + r, column + c, 1, 1),
    getResizedRange: (dr, dc) => fakeRange(grid, row, column, rows + dr, columns + dc),
  };
}

/** The sample's whole table is the selection, as if the user had selected it. */
export function fakeExcel(content: ExcelSampleContent, lang: Lang): ExcelApiLike {
  const grid = buildGrid(content, lang);
  const selected = () =>
    fakeRange(grid, 0, 0, grid.values.length, Math.max(1, ...grid.values.map((r) => r.length)));
  const workbook = {
    getSelectedRange: selected,
    getSelectedRanges: () => {
      const range = selected();
      return { ...loaded, areaCount: 1, address: range.address, areas: { getItemAt: () => range } };
    },
  };
  return { run: (batch) => batch({ ...synced, workbook }) };
}

// ---------- Outlook ----------

/** Office calls back asynchronously; a resolved promise keeps that order without timers, even fake ones. */
function later<T>(callback: AsyncCallback<T>, value: T): void {
  void Promise.resolve().then(() => callback({ status: "succeeded", value }));
}

function fakeItem(content: OutlookSampleContent, compose: boolean): OutlookItemLike {
  const recipients = (names: string[] = []): EmailAddressLike[] =>
    names.map((displayName) => ({
      displayName,
      emailAddress: `${displayName.toLowerCase().replace(/\W+/g, ".")}@mutuelle.example`,
    }));
  const attachments: AttachmentLike[] = (content.attachments ?? []).map((name) => ({
    name,
    isInline: false,
  }));
  const gettable = <T>(value: T) => ({ getAsync: (callback: AsyncCallback<T>) => later(callback, value) });
  const body = {
    getAsync: (coercion: string, callback: AsyncCallback<string>) =>
      later(callback, coercion === "html" ? content.bodyHtml : htmlToText(content.bodyHtml)),
  };
  if (!compose) {
    return {
      subject: content.subject,
      body,
      from: recipients([content.from])[0],
      to: recipients(content.to),
      cc: recipients(content.cc),
      attachments,
    };
  }
  return {
    subject: gettable(content.subject),
    body,
    from: gettable(recipients([content.from])[0] ?? {}),
    to: gettable(recipients(content.to)),
    cc: gettable(recipients(content.cc)),
    getAttachmentsAsync: (callback) => later(callback, attachments),
    getComposeTypeAsync: (callback) => later(callback, { composeType: content.composeType ?? "newMail" }),
  };
}

export function fakeOffice(sample: PreviewSample, displayLanguage: string): OfficeApiLike {
  const item = sample.content.kind === "outlook" ? fakeItem(sample.content, sample.mode === "compose") : null;
  return {
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => false },
      mailbox: { item },
    },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}

/** Everything office.js would define, simulated for one sample. */
export function fakeNamespaces(sample: PreviewSample, displayLanguage: string): Required<OfficeNamespaces> {
  const content = sample.content;
  const office = fakeOffice(sample, displayLanguage);
  const absent = (name: string) => ({
    run: () => Promise.reject(new Error(`${name} is not open in this preview`)),
  });
  return {
    Office: office,
    Word: content.kind === "word" ? fakeWord(content) : absent("Word"),
    Excel: content.kind === "excel" ? fakeExcel(content, sample.lang) : absent("Excel"),
  };
}
