/**
 * Parcours host layer — the only way the task pane talks to Word, Outlook and Excel.
 *
 * Usage (React or anything else):
 *
 *   const session = await initHost();             // never hangs: falls back to preview within ~4 s
 *   session.host, session.mode                     // "word" | "outlook" | "excel", "edit" | "read" | "compose"
 *   session.isPreview, session.notice?.fr          // preview fallback explained in FR and EN
 *   session.displayLanguage, session.theme         // "fr-FR"; { isDark, highContrast?, bodyBackgroundColor? }
 *   const context = await session.readContext();   // HostContext (src/core/types.ts); text ≤ 20 000 chars
 *   const stop = session.onContextChanged?.(() => session.readContext().then(show));
 *
 * Insert: `session.writeAnswer({ kind, answer, lang, confirmed? })` puts an answer into the document
 * (src/office/insert.ts); "confirm" outcomes ask the user first; failures are `HostWriteError`s.
 *
 * Errors: `readContext` rejects with `HostReadError` — `code` is stable ("host_read_failed", "no_item"…),
 * `localized` holds the FR and EN messages. A multi-area Excel selection or a very large range is not an
 * error: the context carries `notice` and `noticeCode` ("multi_area_selection", "range_bounded").
 *
 * Preview (outside Office, or `?host=word|outlook-read|outlook-compose|excel[&sample=<id>][&lang=fr|en]
 * [&theme=dark|light|contrast]` in the URL): simulated hosts hold the samples of `previewSamples`; the same
 * adapters read them through fake Office.js objects. The pane fetches only the shown sample and its host's
 * fakes and adapter (preview/kit.ts, preview/samples/load.ts). The switcher lists `PREVIEW_HOSTS` and the
 * samples' catalog, reads `currentPreviewSession()?.sample`, and awaits `setPreviewSample(id)` (which
 * fetches what the new sample needs first); `initHost({ previewSample: id })` starts on one.
 * `email-with-nir` holds the one deliberate identifier.
 *
 * office.js is injected from Microsoft's CDN only when no preview is asked for (`loadOfficeJs`).
 * `supportsNestedAppAuth()` tells sign-in whether MSAL NAA is available (else the Office dialog).
 */
export type { Host, HostContext, HostMode, Localized } from "../core/types";
export {
  HOST_ERROR_CODES,
  HOST_ERROR_MESSAGES,
  HostReadError,
  isHostReadError,
  type HostErrorCode,
} from "./errors";
export { DEFAULT_MAX_CHARS, type ReadContextOptions } from "./text";
export {
  SESSION_NOTICES,
  SESSION_NOTICE_CODES,
  type HostSession,
  type HostTheme,
  type SessionNoticeCode,
} from "./session";
export {
  DEFAULT_OFFICE_JS_TIMEOUT_MS,
  OFFICE_JS_URL,
  loadOfficeJs,
  type LoadedOffice,
  type LoadOfficeJsOptions,
} from "./load-office-js";
export { readContext as readWordContext, type WordReadOptions } from "./word";
export { readContext as readOutlookContext } from "./outlook";
export { readContext as readExcelContext, type ExcelReadOptions } from "./excel";
export { htmlToText } from "./html-to-text";
export {
  writeWord,
  writeOutlook,
  writeExcel,
  type WriteKind,
  type WriteOutcome,
  type WriteRequest,
} from "./insert";
export {
  HOST_WRITE_ERROR_CODES,
  HOST_WRITE_ERROR_MESSAGES,
  HostWriteError,
  isHostWriteError,
  type HostWriteErrorCode,
} from "./write-errors";
export type { PreviewDocumentView, PreviewDocumentBlock } from "./preview/document";
export { PREVIEW_HOSTS, type PreviewHost } from "./preview/hosts";
export {
  PREVIEW_HOST_IDS,
  PREVIEW_SAMPLE_IDS,
  previewSamples,
  type PreviewHostId,
  type PreviewSample,
} from "./preview/samples";
export type { PreviewSession } from "./preview/session";

export {
  currentPreviewSession,
  initHost,
  previewRequested,
  setPreviewSample,
  supportsNestedAppAuth,
  type InitHostOptions,
} from "./connect";
