/**
 * What an answer holds, for writing it into a sheet: a table (Markdown pipe table, tab- or
 * semicolon-separated lines, comma-separated lines on their own), a formula ("=…" alone, or alone in a
 * code block or on its own line), or lines of text. And what each cell becomes: numbers as numbers,
 * text that Excel would run as a formula kept as text.
 */
import type { Host, HostMode, Lang } from "../types";
import { looksLikeFormula } from "../results/formula";
import { answerBlocks, inlineText, readPipeTable, startsPipeTable } from "./markup";
import { REAL_WORK_KINDS, type RealWorkKind } from "./kinds";

/** Rows × columns written at most: a model answer is not a data export. */
export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 50;
const MAX_CSV_CELL_CHARS = 60;

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Splits one delimited line; double quotes group a cell ("a; b") and "" is a quote inside one. */
export function splitDelimited(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The longest run of ≥ 2 consecutive lines with the same number (≥ 2) of cells. */
function delimitedRun(all: readonly string[], delimiter: string): string[][] | undefined {
  let best: string[][] | undefined;
  let run: string[][] = [];
  const close = () => {
    if (run.length >= 2 && (!best || run.length > best.length)) best = run;
    run = [];
  };
  for (const line of all) {
    if (!line.includes(delimiter)) {
      close();
      continue;
    }
    const cells = splitDelimited(line, delimiter);
    if (cells.length < 2 || (run.length > 0 && cells.length !== run[0]?.length)) close();
    if (cells.length >= 2) run.push(cells);
  }
  close();
  return best;
}

/** Prose with commas is not a table: short cells, no sentence in them. */
function looksTabular(rows: readonly string[][]): boolean {
  return rows.every((row) =>
    row.every(
      (cell) => cell.length <= MAX_CSV_CELL_CHARS && !/[.!?…]\s+\S/.test(cell) && !/\p{L}[.!?…]$/u.test(cell),
    ),
  );
}

function bounded(rows: string[][]): string[][] {
  return rows.slice(0, MAX_TABLE_ROWS).map((row) => row.slice(0, MAX_TABLE_COLUMNS).map(inlineText));
}

/** Text inside the answer's code fences, or the answer itself when it has none. */
function fencedOrWhole(text: string): string[] {
  const all = lines(text);
  const inside: string[] = [];
  let fenced = false;
  let sawFence = false;
  for (const line of all) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      sawFence = true;
      continue;
    }
    if (fenced) inside.push(line);
  }
  return sawFence && inside.some((l) => l.trim() !== "") ? inside : all;
}

/** The table the answer holds, header row first, or undefined. */
export function answerTable(text: string): string[][] | undefined {
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    if (startsPipeTable(all, i)) return bounded(readPipeTable(all, i).rows);
  }
  const source = fencedOrWhole(text);
  const tabbed = delimitedRun(source, "\t");
  if (tabbed) return bounded(tabbed);
  const semicolons = delimitedRun(source, ";");
  if (semicolons && looksTabular(semicolons)) return bounded(semicolons);
  // Commas are common in prose: only when the delimited lines are all there is.
  const commas = delimitedRun(source, ",");
  const nonBlank = source.filter((l) => l.trim() !== "").length;
  if (commas && commas.length === nonBlank && looksTabular(commas)) return bounded(commas);
  return undefined;
}

const FORMULA = /^=\S/;

/**
 * The formula the answer gives: the whole answer ("=SOMME(B2:B9)"), the only line of its only code
 * block, its only inline code starting with "=", or its only line starting with "=".
 */
export function answerFormula(text: string): string | undefined {
  const trimmed = text.trim();
  if (FORMULA.test(trimmed) && !trimmed.includes("\n")) return trimmed;
  const blocks = [...trimmed.matchAll(/(```|~~~)[^\n]*\n([\s\S]*?)\n\s*\1/g)].map((m) => (m[2] ?? "").trim());
  if (blocks.length === 1) {
    const only = blocks[0] ?? "";
    return FORMULA.test(only) && !only.includes("\n") ? only : undefined;
  }
  if (blocks.length > 1) return undefined;
  const inline = [...trimmed.matchAll(/`(=[^`\n]+)`/g)].map((m) => (m[1] ?? "").trim());
  if (inline.length === 1) return inline[0];
  if (inline.length > 1) return undefined;
  const standalone = lines(trimmed)
    .map((l) => l.trim())
    .filter((l) => FORMULA.test(l));
  return standalone.length === 1 ? standalone[0] : undefined;
}

/** Lines of text for a sheet, one per row: list markers and bold dropped, blank lines skipped. */
export function answerRows(text: string): string[] {
  const rows: string[] = [];
  for (const block of answerBlocks(text)) {
    if (block.kind === "paragraph") rows.push(...block.lines.map(inlineText));
    else if (block.kind === "heading") rows.push(inlineText(block.text));
    else if (block.kind === "list") rows.push(...block.items.map(inlineText));
    else rows.push(...block.rows.map((row) => row.map(inlineText).join(" ")));
  }
  return rows.filter((row) => row.trim() !== "").slice(0, MAX_TABLE_ROWS);
}

/**
 * "1 250,50" (fr) or "1,250.50" (en), "12 %", "-3" → a number; anything else stays text, and text that
 * Excel would run as a formula gets Excel's text prefix (an apostrophe that is not part of the value).
 */
export function sheetCell(text: string, lang: Lang): string | number {
  const cell = text.trim();
  const number = parseNumber(cell, lang);
  if (number !== undefined) return number;
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

function parseNumber(text: string, lang: Lang): number | undefined {
  let body = text;
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trimEnd();
  if (body.endsWith("€")) body = body.slice(0, -1).trimEnd();
  if (body.startsWith("€")) body = body.slice(1).trimStart();
  if (!/^[-+−]?\d[\d\s\u00a0\u202f.,']*$/.test(body)) return undefined;
  body = body.replace(/^−/, "-").replace(/[\s\u00a0\u202f']/g, "");
  const groups = lang === "fr" ? /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/ : /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (groups.test(body)) body = lang === "fr" ? body.replace(/\./g, "") : body.replace(/,/g, "");
  if (lang === "fr") body = body.replace(",", ".");
  if (!/^[-+]?\d+(\.\d+)?$/.test(body)) return undefined;
  const value = Number(body);
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

/** What the pane can do with an answer in this host: what Office allows there and the answer's shape. */
export function writeKindsFor(host: Host, mode: HostMode, answer: string): RealWorkKind[] {
  if (answer.trim() === "") return [];
  switch (host) {
    case "word":
      return ["insert", "replace", "copy"];
    case "outlook":
      return mode === "read" ? ["reply", "copy"] : ["insert", "copy"];
    case "excel":
      if (answerFormula(answer) !== undefined) return ["formula", "copy"];
      if (answerTable(answer) !== undefined) return ["table", "copy"];
      return ["values", "copy"];
  }
}

export { REAL_WORK_KINDS };

/**
 * Excel function names that exist only in English (French Excel names them otherwise: SOMME, MOYENNE,
 * SI, RECHERCHEV…). Common ones are enough: a formula naming one of them is in Excel's invariant
 * language and goes in through `formulas`, which every Excel translates; any other formula through
 * `formulasLocal`, in the user's own Excel language.
 */
const ENGLISH_FUNCTIONS = new Set([
  "SUM",
  "SUMIF",
  "SUMIFS",
  "AVERAGE",
  "AVERAGEIF",
  "AVERAGEIFS",
  "IF",
  "IFS",
  "IFERROR",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "COUNTIFS",
  "COUNTBLANK",
  "VLOOKUP",
  "HLOOKUP",
  "XLOOKUP",
  "LOOKUP",
  "INDEX",
  "MATCH",
  "XMATCH",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "TODAY",
  "NOW",
  "DATE",
  "DATEDIF",
  "YEAR",
  "MONTH",
  "DAY",
  "WEEKDAY",
  "NETWORKDAYS",
  "EOMONTH",
  "EDATE",
  "TEXT",
  "CONCAT",
  "CONCATENATE",
  "TEXTJOIN",
  "LEFT",
  "RIGHT",
  "MID",
  "LEN",
  "TRIM",
  "UPPER",
  "LOWER",
  "PROPER",
  "SUBSTITUTE",
  "FIND",
  "SEARCH",
  "AND",
  "OR",
  "NOT",
  "UNIQUE",
  "FILTER",
  "SORT",
  "SORTBY",
  "SUMPRODUCT",
  "MEDIAN",
  "PERCENTILE",
  "RANK",
  "LARGE",
  "SMALL",
  "ABS",
  "VALUE",
  "ISBLANK",
  "ISNUMBER",
  "ISERROR",
  "IFNA",
  "INT",
  "TRUE",
  "FALSE",
  "LET",
  "SEQUENCE",
]);

/** Whether a formula is written with Excel's English function names ("=SUM(B2:B9)"), not local ones. */
export function isEnglishFormula(formula: string): boolean {
  for (const m of formula.matchAll(/([A-Za-z][A-Za-z0-9.]{0,30})\s*\(/g)) {
    if (ENGLISH_FUNCTIONS.has((m[1] ?? "").toUpperCase())) return true;
  }
  return false;
}
