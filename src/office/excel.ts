/**
 * Excel adapter: the selected range's displayed values and address, header row, share of numeric cells and
 * whether formulas are present. A multi-area selection reads the first area and says so; a very large
 * selection is read up to `maxRows` × `maxColumns` and says so.
 */
import type { HostContext, HostTable, Localized } from "../core/types";
import { HOST_ERROR_MESSAGES, HostReadError, guardHostRead } from "./errors";
import { officeGlobals } from "./globals";
import type { ExcelApiLike, ExcelRangeLike } from "./seam";
import { detectHeaderRow, isNumericCell, trimBlankEdges } from "./table";
import { resolveMaxChars, type ReadContextOptions } from "./text";

export const EXCEL_MAX_ROWS = 500;
export const EXCEL_MAX_COLUMNS = 50;

export interface ExcelReadOptions extends ReadContextOptions {
  /** Rows read at most from the selection (default 500). */
  maxRows?: number;
  /** Columns read at most from the selection (default 50). */
  maxColumns?: number;
  /**
   * False on hosts without ExcelApi 1.9, where getSelectedRanges fails at sync time (the method exists on
   * the proxy object whatever the host supports).
   */
  excelApi19?: boolean;
}

export function rangeBoundedNotice(rows: number, columns: number): Localized {
  return {
    fr: `La sélection est très grande : seules les ${rows} premières lignes et ${columns} premières colonnes sont lues.`,
    en: `The selection is very large: only the first ${rows} rows and ${columns} columns are read.`,
  };
}

/** "'Sinistres 2024'!A1:F20" → "Sinistres 2024". */
export function sheetNameOf(address: string): string {
  const bang = address.lastIndexOf("!");
  if (bang === -1) return "";
  return address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export async function readContext(
  options: ExcelReadOptions = {},
  excel: ExcelApiLike | undefined = officeGlobals().Excel,
): Promise<HostContext> {
  if (!excel) throw new HostReadError("host_read_failed", { detail: "Excel API unavailable" });
  const maxChars = resolveMaxChars(options);
  const maxRows = positive(options.maxRows, EXCEL_MAX_ROWS);
  const maxColumns = positive(options.maxColumns, EXCEL_MAX_COLUMNS);

  return guardHostRead(() =>
    excel.run(async (context) => {
      const workbook = context.workbook;
      let range: ExcelRangeLike;
      let multiArea = false;
      // getSelectedRange() throws on a multi-area selection, so ask for the areas first where we can.
      if (options.excelApi19 !== false && typeof workbook.getSelectedRanges === "function") {
        const areas = workbook.getSelectedRanges();
        areas.load("areaCount");
        await context.sync();
        multiArea = areas.areaCount > 1;
        range = multiArea ? areas.areas.getItemAt(0) : workbook.getSelectedRange();
      } else {
        range = workbook.getSelectedRange();
      }
      range.load("address,rowCount,columnCount");
      await context.sync();

      const bounded = range.rowCount > maxRows || range.columnCount > maxColumns;
      const readRows = Math.min(range.rowCount, maxRows);
      const readColumns = Math.min(range.columnCount, maxColumns);
      const target = bounded ? range.getCell(0, 0).getResizedRange(readRows - 1, readColumns - 1) : range;
      target.load("address,values,text,formulas");
      await context.sync();

      const values = target.values ?? [];
      const display = trimBlankEdges(
        (target.text ?? []).map((row, r) => row.map((cell, c) => cellText(cell, values[r]?.[c]))),
      );
      const trimmedValues = values
        .slice(0, display.length)
        .map((row) => row.slice(0, display[0]?.length ?? 0));

      let cells = 0;
      let numeric = 0;
      for (const row of trimmedValues) {
        for (const value of row) {
          if (value === "" || value === null || value === undefined) continue;
          cells++;
          if (isNumericCell(value)) numeric++;
        }
      }
      const hasFormulas = (target.formulas ?? []).some((row) =>
        row.some((formula) => typeof formula === "string" && formula.startsWith("=")),
      );

      // Keep whole rows while they fit in maxChars, so the table and the text describe the same cells.
      const lines: string[] = [];
      let length = 0;
      let textTruncated = false;
      for (const row of display) {
        const line = row.join("\t");
        if (length + line.length + 1 > maxChars) {
          textTruncated = true;
          break;
        }
        lines.push(line);
        length += line.length + 1;
      }
      const rows = display.slice(0, lines.length);
      const tables: HostTable[] =
        rows.length > 0 ? [{ address: target.address, rows, hasHeader: detectHeaderRow(trimmedValues) }] : [];

      const result: HostContext = {
        host: "excel",
        mode: "edit",
        title: sheetNameOf(range.address),
        text: lines.join("\n"),
        truncated: bounded || textTruncated,
        isSelection: true,
        tables,
        meta: {
          address: range.address,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
          numericShare: cells === 0 ? 0 : Math.round((numeric / cells) * 1000) / 1000,
          hasFormulas,
        },
      };
      if (multiArea) {
        result.notice = HOST_ERROR_MESSAGES.multi_area_selection;
        result.noticeCode = "multi_area_selection";
      } else if (bounded) {
        result.notice = rangeBoundedNotice(readRows, readColumns);
        result.noticeCode = "range_bounded";
      }
      return result;
    }),
  );
}

/** Displayed text when Excel gives it (dates, currency), else the raw value. */
function cellText(display: unknown, value: unknown): string {
  if (typeof display === "string" && display !== "") return display.replace(/[\r\n\t]+/g, " ").trim();
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\r\n\t]+/g, " ")
    .trim();
}
