import type ExcelJS from "exceljs";
import { columnLetter } from "../../core/results/sheets";

/**
 * Excel tables for exceljs's streaming writer, which has no `addTable` (exceljs issue #1412).
 * A table is three small parts of the package, written when its sheet is committed:
 * `xl/tables/tableN.xml`, a relationship from the sheet to it with a `<tableParts>` element at the
 * end of the sheet, and a content-type override. Rows are already streamed by then: only the
 * header names and the table's range are needed.
 */
export interface StreamedTable {
  /** Unique in the workbook; letters, digits and underscores. */
  name: string;
  /** Header texts, exactly as written in the first row. */
  headers: string[];
  /** Number of data rows below the header. */
  rows: number;
  style?: string;
}

interface SheetRelsInternals {
  addRelationship(rel: { Target: string; Type: string }): string;
}
interface WorksheetInternals {
  _sheetRelsWriter: SheetRelsInternals;
  _writeCloseWorksheet(): void;
  stream: NodeJS.WritableStream;
}
interface WorkbookInternals {
  _openStream(path: string): NodeJS.WritableStream;
  zip: { append(data: unknown, options: { name: string }): unknown };
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** Adds table support to a streaming workbook; call `add` before committing each sheet. */
export function streamedTables(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
  const book = workbook as unknown as WorkbookInternals;
  const parts: string[] = [];
  const append = book.zip.append.bind(book.zip);
  book.zip.append = (data, options) => {
    if (options.name === "[Content_Types].xml" && typeof data === "string") {
      const overrides = parts.map((p) => `<Override PartName="${p}" ContentType="${TABLE_TYPE}"/>`).join("");
      return append(data.replace("</Types>", `${overrides}</Types>`), options);
    }
    return append(data, options);
  };

  return {
    add(worksheet: ExcelJS.Worksheet, table: StreamedTable): void {
      const sheet = worksheet as unknown as WorksheetInternals;
      const id = parts.length + 1;
      const part = `/xl/tables/table${id}.xml`;
      parts.push(part);
      const close = sheet._writeCloseWorksheet.bind(sheet);
      sheet._writeCloseWorksheet = () => {
        const rId = sheet._sheetRelsWriter.addRelationship({
          Target: `../tables/table${id}.xml`,
          Type: TABLE_REL,
        });
        sheet.stream.write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
        close();
        const out = book._openStream(part);
        out.write(tableXml(id, table));
        out.end();
      };
    },
  };
}

function tableXml(id: number, table: StreamedTable): string {
  // A table needs at least one data row; an empty report gets one blank row.
  const lastRow = Math.max(2, table.rows + 1);
  const ref = `A1:${columnLetter(table.headers.length)}${lastRow}`;
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(h)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${table.style ?? "TableStyleMedium2"}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
