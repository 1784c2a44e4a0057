/**
 * Puts a model's answer into the user's work: Word (at the cursor, or in place of the selection),
 * Outlook (at the cursor in compose mode, in a reply form in read mode), Excel (a table or values at the
 * selection, a formula into the active cell). The answer is light Markdown; Word and Outlook get safe
 * HTML built from it (src/core/realwork/markup.ts), Excel gets cells.
 *
 * Writes that could destroy work ask first: a formula always, a table or values over non-empty cells.
 * The pane then calls again with `confirmed: true`.
 */
import { answerToHtml, answerToPlainText } from "../core/realwork/markup";
import type { RealWorkKind } from "../core/realwork/kinds";
import { answerFormula, answerRows, answerTable, isEnglishFormula, sheetCell } from "../core/realwork/shape";
import type { Lang } from "../core/types";
import { fromAsync, type ExcelApiLike, type OfficeApiLike, type WordApiLike } from "./seam";
import { currentItem, outlookMode } from "./outlook";
import { HostWriteError, guardHostWrite } from "./write-errors";

/** The kinds a host adapter writes; "copy" is the pane's own (the clipboard is no Office API). */
export type WriteKind = Exclude<RealWorkKind, "copy">;

export interface WriteRequest {
  kind: WriteKind;
  /** The answer with real names restored — never the placeholders the model saw. */
  answer: string;
  /** The answer's language: how numbers like "1 250,50" are read. */
  lang: Lang;
  /** The user confirmed a write that `status: "confirm"` asked about. */
  confirmed?: boolean;
}

export type WriteOutcome =
  | { status: "written"; kind: WriteKind; address?: string }
  | {
      status: "confirm";
      kind: WriteKind;
      /** "formula": a formula will run in the sheet; "overwrite": cells that are not empty will be replaced. */
      reason: "formula" | "overwrite";
      address: string;
      formula?: string;
    };

export interface WordWriteOptions {
  /** False on hosts without WordApi 1.1 insertHtml (none current); then nothing is attempted. */
  insertHtml?: boolean;
}

// ---------- Word ----------

export async function writeWord(
  word: WordApiLike | undefined,
  request: WriteRequest,
  options: WordWriteOptions = {},
): Promise<WriteOutcome> {
  if (!word || options.insertHtml === false) throw new HostWriteError("not_supported");
  if (request.kind !== "insert" && request.kind !== "replace")
    throw new HostWriteError("not_supported", { detail: `Word cannot ${request.kind}` });
  const html = answerToHtml(request.answer);
  return guardHostWrite(() =>
    word.run(async (context) => {
      const selection = context.document.getSelection();
      // At the cursor (an empty range) "After" and "Replace" are the same; with a selection, "insert"
      // keeps it and puts the answer after it.
      selection.insertHtml(html, request.kind === "replace" ? "Replace" : "After");
      await context.sync();
      return { status: "written", kind: request.kind };
    }),
  );
}

// ---------- Outlook ----------

export async function writeOutlook(
  office: OfficeApiLike | undefined,
  request: WriteRequest,
): Promise<WriteOutcome> {
  if (!office) throw new HostWriteError("not_supported");
  return guardHostWrite(async () => {
    const item = currentItem(office);
    const mode = outlookMode(item);
    if (request.kind === "reply") {
      if (mode !== "read" || typeof item.displayReplyForm !== "function")
        throw new HostWriteError("not_supported", { detail: "reply needs a message in read mode" });
      item.displayReplyForm({ htmlBody: answerToHtml(request.answer) });
      return { status: "written", kind: "reply" };
    }
    if (request.kind !== "insert")
      throw new HostWriteError("not_supported", { detail: `Outlook cannot ${request.kind}` });
    const body = item.body;
    if (mode !== "compose" || typeof body.setSelectedDataAsync !== "function")
      throw new HostWriteError("not_supported", { detail: "insert needs a message being written" });
    const setSelectedData = body.setSelectedDataAsync.bind(body);
    let type = "html";
    if (typeof body.getTypeAsync === "function") {
      const getType = body.getTypeAsync.bind(body);
      type = String((await fromAsync<string>(office, (cb) => getType(cb))) ?? "html").toLowerCase();
    }
    const html = type !== "text";
    const data = html ? answerToHtml(request.answer) : answerToPlainText(request.answer);
    const coercionType = html ? office.CoercionType.Html : office.CoercionType.Text;
    await fromAsync<void>(office, (cb) => setSelectedData(data, { coercionType }, cb));
    return { status: "written", kind: "insert" };
  });
}

// ---------- Excel ----------

export interface ExcelWriteOptions {
  /** False on hosts without ExcelApi 1.7: the formula goes into the selection's first cell. */
  excelApi17?: boolean;
}

/** The cells the answer becomes: a table (header first) or one line per row, padded to a rectangle. */
export function sheetCells(request: WriteRequest): (string | number)[][] {
  const rows =
    request.kind === "table"
      ? (answerTable(request.answer) ?? [])
      : answerRows(request.answer).map((line) => [line]);
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, c) => sheetCell(row[c] ?? "", request.lang)));
}

/** "Feuil1!C3:E7" → "C3:E7" (what the user sees in the name box). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang === -1 ? address : address.slice(bang + 1);
}

function isEmptyCell(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

export async function writeExcel(
  excel: ExcelApiLike | undefined,
  request: WriteRequest,
  options: ExcelWriteOptions = {},
): Promise<WriteOutcome> {
  if (!excel) throw new HostWriteError("not_supported");
  if (request.kind === "formula") return writeFormula(excel, request, options);
  if (request.kind !== "table" && request.kind !== "values")
    throw new HostWriteError("not_supported", { detail: `Excel cannot ${request.kind}` });
  const cells = sheetCells(request);
  if (cells.length === 0) throw new HostWriteError("host_write_failed", { detail: "nothing to write" });
  return guardHostWrite(() =>
    excel.run(async (context) => {
      const target = context.workbook
        .getSelectedRange()
        .getCell(0, 0)
        .getResizedRange(cells.length - 1, (cells[0]?.length ?? 1) - 1);
      target.load("address,values");
      await context.sync();
      const address = localAddress(target.address);
      if (!request.confirmed && (target.values ?? []).some((row) => row.some((v) => !isEmptyCell(v))))
        return { status: "confirm", kind: request.kind, reason: "overwrite", address };
      target.values = cells;
      await context.sync();
      return { status: "written", kind: request.kind, address };
    }),
  );
}

async function writeFormula(
  excel: ExcelApiLike,
  request: WriteRequest,
  options: ExcelWriteOptions,
): Promise<WriteOutcome> {
  const formula = answerFormula(request.answer);
  if (formula === undefined)
    throw new HostWriteError("host_write_failed", { detail: "no formula in the answer" });
  return guardHostWrite(() =>
    excel.run(async (context) => {
      const workbook = context.workbook;
      const cell =
        options.excelApi17 !== false && typeof workbook.getActiveCell === "function"
          ? workbook.getActiveCell()
          : workbook.getSelectedRange().getCell(0, 0);
      cell.load("address");
      await context.sync();
      const address = localAddress(cell.address);
      if (!request.confirmed)
        return { status: "confirm", kind: "formula", reason: "formula", address, formula };
      // Models answer in English ("=SUM(B2:B9)") or in the user's language ("=SOMME(B2:B9;…)"): an
      // English formula goes in through `formulas`, which every Excel translates; any other through
      // `formulasLocal`, which Excel reads in its own language.
      if (isEnglishFormula(formula) || !("formulasLocal" in cell)) cell.formulas = [[formula]];
      else cell.formulasLocal = [[formula]];
      await context.sync();
      return { status: "written", kind: "formula", address };
    }),
  );
}
