/**
 * Builders of office-addin-mock objects shaped like the parts of Word, Excel and Outlook the adapters use.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose other imports are ESM-only
// packages Jest's CommonJS runtime cannot load; the enum is all we give it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import type { ExcelApiLike, OfficeApiLike, WordApiLike } from "../../../src/office/seam";

type MockData = Record<string, unknown>;

/**
 * office-addin-mock has no collections. In Office.js, loading "text,styleBuiltIn" on a collection loads
 * those properties on every item; here that becomes loading the `items` array itself.
 */
export function collection<T>(items: T[]): MockData {
  return {
    items,
    load(this: OfficeMockObject) {
      return OfficeMockObject.prototype.load.call(this, "items");
    },
  };
}

/** `run` as Office.js runs a batch: the callback gets the request context. */
function runner(context: MockData): MockData {
  return {
    context,
    run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
}

export interface WordParagraph {
  text: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
}

export interface WordMockInput {
  selection?: string;
  selectionParagraphs?: WordParagraph[];
  paragraphs: WordParagraph[];
  tables?: string[][][];
  title?: string;
  /** Make every sync fail, as Office does when the document is busy or closed. */
  failSync?: boolean;
  /** A WordApi 1.1 host: no styleBuiltIn, tables or document properties in the object model. */
  wordApi11?: boolean;
}

export function wordMock(input: WordMockInput): { mock: OfficeMockObject; api: WordApiLike } {
  // Word separates paragraphs with \r in `text`.
  const bodyText = input.paragraphs.map((p) => p.text).join("\r");
  const paragraph = (p: WordParagraph) => ({ styleBuiltIn: "Normal", outlineLevel: 10, ...p });
  const tables = (input.tables ?? []).map((values) => ({ values, rowCount: values.length }));
  const context: MockData = {
    document: {
      body: {
        text: bodyText,
        paragraphs: collection(input.paragraphs.map(paragraph)),
        tables: collection(tables),
      },
      selection: {
        text: input.selection ?? "",
        paragraphs: collection((input.selectionParagraphs ?? []).map(paragraph)),
        tables: collection([]),
      },
      properties: { title: input.title ?? "" },
      getSelection(this: { selection: unknown }) {
        return this.selection;
      },
    },
  };
  if (input.failSync) {
    context.sync = () =>
      Promise.reject(Object.assign(new Error("The document is busy."), { code: "GeneralException" }));
  }
  const mock = new OfficeMockObject(runner(context));
  return { mock, api: mock as unknown as WordApiLike };
}

export interface ExcelRangeInput {
  address: string;
  values: unknown[][];
  text?: string[][];
  formulas?: unknown[][];
  /** Reported size when it differs from `values` (a huge selection that the adapter must not read whole). */
  rowCount?: number;
  columnCount?: number;
  /** What getCell(0, 0).getResizedRange(…) gives back: the bounded part of a huge selection. */
  bounded?: ExcelRangeInput;
}

function excelRange(input: ExcelRangeInput): MockData {
  const text =
    input.text ?? input.values.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))));
  const range: MockData = {
    address: input.address,
    rowCount: input.rowCount ?? input.values.length,
    columnCount: input.columnCount ?? input.values[0]?.length ?? 0,
    values: input.values,
    text,
    formulas: input.formulas ?? input.values,
  };
  if (input.bounded) {
    range.topLeft = {
      resized: excelRange(input.bounded),
      getResizedRange(this: { resized: unknown }) {
        return this.resized;
      },
    };
    range.getCell = function (this: { topLeft: unknown }) {
      return this.topLeft;
    };
  }
  return range;
}

export interface ExcelMockInput {
  /** One entry per selected area. */
  areas: ExcelRangeInput[];
  /** Older hosts without getSelectedRanges (ExcelApi < 1.9). */
  noAreasApi?: boolean;
  /** A host whose proxy has getSelectedRanges but fails when it is used (ExcelApi < 1.9 in real Office.js). */
  areasApiFails?: boolean;
  failSync?: boolean;
}

export function excelMock(input: ExcelMockInput): { mock: OfficeMockObject; api: ExcelApiLike } {
  const [first] = input.areas;
  if (!first) throw new Error("excelMock needs at least one area");
  const workbook: MockData = {
    selected: excelRange(first),
    getSelectedRange(this: { selected: unknown }) {
      if (input.areas.length > 1)
        throw Object.assign(new Error("Multiple selection"), { code: "InvalidSelection" });
      return this.selected;
    },
  };
  if (!input.noAreasApi) {
    workbook.selectedAreas = {
      areaCount: input.areas.length,
      areas: {
        first: excelRange(first),
        getItemAt(this: { first: unknown }) {
          return this.first;
        },
      },
    };
    workbook.getSelectedRanges = function (this: { selectedAreas: unknown }) {
      if (input.areasApiFails) throw Object.assign(new Error("ApiNotFound"), { code: "ApiNotFound" });
      return this.selectedAreas;
    };
  }
  const context: MockData = { workbook };
  if (input.failSync)
    context.sync = () => Promise.reject(Object.assign(new Error("Busy"), { code: "GeneralException" }));
  const mock = new OfficeMockObject(runner(context));
  return { mock, api: mock as unknown as ExcelApiLike };
}

export interface OutlookMockInput {
  mode: "read" | "compose";
  subject: string;
  bodyText: string;
  bodyHtml?: string;
  to?: string[];
  cc?: string[];
  attachments?: { name: string; isInline?: boolean }[];
  composeType?: string;
  /** Make body.getAsync report a failure for this coercion ("text", "html") or both. */
  failBody?: "text" | "html" | "both";
  noItem?: boolean;
}

const succeeded = <T>(value: T) => ({ status: "succeeded", value });
const failed = (message: string) => ({ status: "failed", value: undefined, error: { code: 9020, message } });

export function outlookMock(input: OutlookMockInput): { mock: OfficeMockObject; api: OfficeApiLike } {
  const compose = input.mode === "compose";
  const recipients = (names: string[] = []) =>
    names.map((n) => ({ displayName: n, emailAddress: `${n}@example.org` }));
  const asyncValue = <T>(value: T) => ({
    getAsync(callback: (r: unknown) => void) {
      callback(succeeded(value));
    },
  });
  const item: MockData = {
    subject: compose ? asyncValue(input.subject) : input.subject,
    to: compose ? asyncValue(recipients(input.to)) : recipients(input.to),
    cc: compose ? asyncValue(recipients(input.cc)) : recipients(input.cc),
    body: {
      getAsync(coercion: string, callback: (r: unknown) => void) {
        if (input.failBody === "both" || input.failBody === coercion)
          return callback(failed("Body unavailable"));
        callback(succeeded(coercion === "html" ? (input.bodyHtml ?? input.bodyText) : input.bodyText));
      },
    },
  };
  if (compose) {
    item.getAttachmentsAsync = (callback: (r: unknown) => void) =>
      callback(succeeded(input.attachments ?? []));
    if (input.composeType) {
      item.getComposeTypeAsync = (callback: (r: unknown) => void) =>
        callback(succeeded({ composeType: input.composeType, coercionType: "html" }));
    }
  } else {
    item.attachments = input.attachments ?? [];
  }
  const mock = new OfficeMockObject({
    host: "outlook",
    context: { mailbox: { item: input.noItem ? undefined : item }, displayLanguage: "fr-FR" },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
  return { mock, api: mock as unknown as OfficeApiLike };
}
export { OfficeMockObject };
