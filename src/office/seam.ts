/**
 * The small part of the Office.js object model the adapters use, as structural types.
 *
 * The adapters receive these objects instead of reading the `Office`, `Word` and `Excel` globals, so the
 * same code runs against real Office, against the preview host's fakes (src/office/preview) and against
 * office-addin-mock in unit tests. Real Office.js objects satisfy these types (checked in `globals.ts`).
 */

/** `load` as Office.js declares it: property names, or `{ select, top }` paging options on collections. */
export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}
export interface CollectionLoadable {
  load(option?: { select?: string; top?: number }): unknown;
}

export interface RequestContextLike {
  sync(): Promise<unknown>;
}

// ---------- Word ----------

export interface WordParagraphLike {
  text: string;
  /** "Heading1"…"Heading9", "Title", "Normal"… (WordApi 1.3). */
  styleBuiltIn?: string;
  /** 1–9 for outline levels, 10 for body text (WordApi 1.1). */
  outlineLevel?: number;
}
export interface WordParagraphCollectionLike extends CollectionLoadable {
  items: WordParagraphLike[];
}
export interface WordTableLike {
  values: string[][];
  rowCount: number;
}
export interface WordTableCollectionLike extends CollectionLoadable {
  items: WordTableLike[];
}
/** Where `insertHtml` puts content relative to a range (Word.InsertLocation). */
export type WordInsertLocation = "Replace" | "After";
/** A Word range or body: both have text, paragraphs and tables. */
export interface WordRangeLike extends Loadable {
  text: string;
  paragraphs: WordParagraphCollectionLike;
  tables: WordTableCollectionLike;
}
/** The selection (or the cursor, an empty range) is a range that content can replace or follow. */
export interface WordSelectionLike extends WordRangeLike {
  /** WordApi 1.1: inserts HTML (paragraphs, lists, bold, tables) in place of or after the range. */
  insertHtml(html: string, location: WordInsertLocation): unknown;
}
export interface WordDocumentLike {
  body: WordRangeLike;
  getSelection(): WordSelectionLike;
  properties: Loadable & { title: string };
}
export interface WordRequestContextLike extends RequestContextLike {
  document: WordDocumentLike;
}
export interface WordApiLike {
  run<T>(batch: (context: WordRequestContextLike) => Promise<T>): Promise<T>;
}

// ---------- Excel ----------

export interface ExcelRangeLike extends Loadable {
  address: string;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  text: string[][];
  formulas: unknown[][];
  /** Formulas in the user's language ("=SOMME(A1:A3)" in a French Excel). */
  formulasLocal?: unknown[][];
  getCell(row: number, column: number): ExcelRangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): ExcelRangeLike;
}
export interface ExcelRangeAreasLike extends Loadable {
  areaCount: number;
  address: string;
  areas: { getItemAt(index: number): ExcelRangeLike };
}
export interface ExcelWorkbookLike {
  getSelectedRange(): ExcelRangeLike;
  /** ExcelApi 1.9: the selection as areas; absent on older hosts. */
  getSelectedRanges?(): ExcelRangeAreasLike;
  /** ExcelApi 1.7: the active cell; absent on older hosts. */
  getActiveCell?(): ExcelRangeLike;
}
export interface ExcelRequestContextLike extends RequestContextLike {
  workbook: ExcelWorkbookLike;
}
export interface ExcelApiLike {
  run<T>(batch: (context: ExcelRequestContextLike) => Promise<T>): Promise<T>;
}

// ---------- Office (common + Outlook) ----------

export interface AsyncResultLike<T> {
  /** "succeeded" / "failed" at run time; typed as a numeric enum by @types/office-js. */
  status: string | number;
  value: T;
  error?: { code?: number | string; message?: string } | null;
}
export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressLike {
  emailAddress?: string;
  displayName?: string;
}
export interface AttachmentLike {
  name: string;
  isInline?: boolean;
}
/** Read mode exposes plain values; compose mode exposes objects with `getAsync`. */
export interface AsyncGettable<T> {
  getAsync(callback: AsyncCallback<T>): void;
}
export interface OutlookBodyLike {
  getAsync(coercionType: string, callback: AsyncCallback<string>): void;
  /** Compose mode (Mailbox 1.3): "html" or "text". */
  getTypeAsync?(callback: AsyncCallback<string>): void;
  /** Compose mode: writes at the cursor, replacing the selection if any. */
  setSelectedDataAsync?(data: string, options: { coercionType: string }, callback: AsyncCallback<void>): void;
}
export interface OutlookItemLike {
  subject: string | AsyncGettable<string>;
  body: OutlookBodyLike;
  to?: EmailAddressLike[] | AsyncGettable<EmailAddressLike[]>;
  cc?: EmailAddressLike[] | AsyncGettable<EmailAddressLike[]>;
  /** The sender: an address in read mode, `getAsync` in compose mode (Mailbox 1.7). */
  from?: EmailAddressLike | AsyncGettable<EmailAddressLike>;
  /** Read mode. */
  attachments?: AttachmentLike[];
  /** Compose mode (Mailbox 1.8). */
  getAttachmentsAsync?(callback: AsyncCallback<AttachmentLike[]>): void;
  /** Compose mode (Mailbox 1.10): "newMail", "reply", "forward". */
  getComposeTypeAsync?(callback: AsyncCallback<{ composeType: string }>): void;
  /** Read mode: opens a reply form holding this body (HTML). */
  displayReplyForm?(formData: string | { htmlBody?: string }): void;
}

export type HandlerCallback = (result: AsyncResultLike<unknown>) => void;
/** Event registration keeps Office's own enum type: only real Office (or a test mock) raises these events. */
export interface EventTarget {
  addHandlerAsync(
    eventType: Office.EventType,
    handler: (args?: unknown) => void,
    callback?: HandlerCallback,
  ): void;
  removeHandlerAsync(eventType: Office.EventType, options?: unknown, callback?: HandlerCallback): void;
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export interface OfficeContextLike {
  displayLanguage?: string;
  officeTheme?: OfficeThemeLike;
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  document?: Partial<EventTarget>;
  mailbox?: Partial<EventTarget> & { item?: OutlookItemLike | null };
}

export interface OfficeApiLike {
  context: OfficeContextLike;
  CoercionType: { Text: string; Html: string };
  AsyncResultStatus: { Succeeded: string | number; Failed: string | number };
  EventType?: { DocumentSelectionChanged: Office.EventType; ItemChanged: Office.EventType };
  /** `host` is "Word", "Excel", "Outlook"… at run time (a numeric enum in @types/office-js), null outside Office. */
  onReady?(): Promise<{ host: unknown; platform?: unknown }>;
}

/** Resolves an Office async callback API into a promise; a Failed status rejects. */
export function fromAsync<T>(office: OfficeApiLike, call: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(result.error ?? new Error("Office async call failed"));
      });
    } catch (error) {
      reject(error);
    }
  });
}
