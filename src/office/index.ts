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
 * adapters read them through fake Office.js objects. The switcher lists `PREVIEW_HOSTS` and
 * `previewSamples`, reads `currentPreviewSession()?.sample`, and calls `setPreviewSample(id)`;
 * `initHost({ previewSample: id })` starts on one. `email-with-nir` holds the one deliberate identifier.
 *
 * office.js is injected from Microsoft's CDN only when no preview is asked for (`loadOfficeJs`).
 * `supportsNestedAppAuth()` tells sign-in whether MSAL NAA is available (else the Office dialog).
 */
import type { Lang } from "../core/types";
import { withDeadline } from "./deadline";
import { HostReadError } from "./errors";
import {
  DEFAULT_OFFICE_JS_TIMEOUT_MS,
  loadOfficeJs,
  type LoadedOffice,
  type LoadOfficeJsOptions,
} from "./load-office-js";
import { officeGlobals } from "./globals";
import type { OfficeApiLike } from "./seam";
import {
  browserLanguage,
  createOfficeSession,
  hostFromOffice,
  SESSION_NOTICES,
  type HostSession,
  type SessionNoticeCode,
} from "./session";
import type { ReadContextOptions } from "./text";
import { createPreviewSession, type PreviewSession } from "./preview/session";
import { langOf, previewRequestFromUrl, resolvePreviewSample, type PreviewRequest } from "./preview/select";
import type { PreviewSample } from "./preview/samples";

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

export interface InitHostOptions {
  /** The task pane URL (default: `location.href`); its query chooses the preview. */
  url?: string;
  /** Start in preview on this sample (an id of `previewSamples`), whatever the URL says. */
  previewSample?: string;
  /** Preview language when the URL gives none (default: the browser's, else French). */
  lang?: Lang;
  /** How long office.js may take to load and become ready before the preview takes over (default 4000). */
  officeJsTimeoutMs?: number;
  officeJsUrl?: string;
  /** Replaces the CDN loader (tests, or a page that bundles office.js differently). */
  loadOfficeJs?: (options: LoadOfficeJsOptions) => Promise<LoadedOffice>;
  /** Defaults for every `readContext` call of the session (e.g. `{ maxChars: 10_000 }`). */
  readDefaults?: ReadContextOptions;
  /** How long a read inside Office may take before it fails with `host_read_failed` (default 15 000). */
  readTimeoutMs?: number;
}

/**
 * Preview sessions of this page, latest last. React may start the host twice (StrictMode effects); the
 * switcher must then move every session the pane may still hold, not only the latest.
 */
const previewSessions = new Set<PreviewSession>();
let activePreview: PreviewSession | undefined;

/**
 * Whether the URL asks for the preview host: `initHost` then starts the preview at once, without
 * waiting for office.js (callers may act on it before `initHost` resolves, e.g. to sign in sooner).
 */
export function previewRequested(url?: string): boolean {
  return (
    previewRequestFromUrl(url ?? (globalThis as { location?: { href?: string } }).location?.href) !==
    undefined
  );
}

/** Connects to the host the pane runs in, or to the preview; resolves within `officeJsTimeoutMs` at most. */
export async function initHost(options: InitHostOptions = {}): Promise<HostSession> {
  const url = options.url ?? (globalThis as { location?: { href?: string } }).location?.href;
  const requested: PreviewRequest | undefined = options.previewSample
    ? { ...previewRequestFromUrl(url), sample: options.previewSample }
    : previewRequestFromUrl(url);
  if (requested) return startPreview(requested, options);

  const timeoutMs = options.officeJsTimeoutMs ?? DEFAULT_OFFICE_JS_TIMEOUT_MS;
  const load = options.loadOfficeJs ?? loadOfficeJs;
  let loaded: LoadedOffice;
  let hostName: unknown;
  try {
    // One deadline for both steps: onReady may also never settle when the pane is not framed by Office.
    ({ loaded, hostName } = await withDeadline(
      (async () => {
        const namespaces = await load({ url: options.officeJsUrl, timeoutMs });
        const info = await (namespaces.Office.onReady?.() ?? Promise.resolve({ host: null }));
        return { loaded: namespaces, hostName: info?.host };
      })(),
      timeoutMs,
      () => new HostReadError("office_unavailable", { detail: `office.js not ready within ${timeoutMs} ms` }),
    ));
  } catch {
    return startPreview({}, options, "office_unavailable");
  }
  if (hostName === null || hostName === undefined) return startPreview({}, options, "outside_office");
  const host = hostFromOffice(hostName);
  if (!host) return startPreview({}, options, "unsupported_host");
  previewSessions.clear();
  activePreview = undefined;
  return createOfficeSession(host, loaded, {
    readDefaults: options.readDefaults,
    readTimeoutMs: options.readTimeoutMs,
  });
}

function startPreview(
  request: PreviewRequest,
  options: InitHostOptions,
  noticeCode?: SessionNoticeCode,
): PreviewSession {
  const fallbackLang = options.lang ?? langOf(browserLanguage()) ?? "fr";
  const sample = resolvePreviewSample(request, fallbackLang);
  const uiLang = langOf(request.lang);
  activePreview = createPreviewSession({
    sample,
    displayLanguage: uiLang === "en" ? "en-GB" : uiLang === "fr" ? "fr-FR" : undefined,
    theme: request.theme,
    notice: noticeCode ? { code: noticeCode, text: SESSION_NOTICES[noticeCode] } : undefined,
    readDefaults: options.readDefaults,
  });
  previewSessions.add(activePreview);
  return activePreview;
}

/**
 * Shows another preview sample in the running preview session and notifies its `onContextChanged`
 * listeners. Throws `HostReadError("unknown_preview_sample")` for an unknown id, and an Error when the pane
 * is not in preview (inside Office there is nothing to switch).
 */
export function setPreviewSample(id: string): PreviewSample {
  if (!activePreview) throw new Error("setPreviewSample: the pane is not running in preview");
  const sample = activePreview.setSample(id); // validates the id before any session moves
  for (const session of previewSessions) if (session !== activePreview) session.setSample(id);
  return sample;
}

/** The running preview session, if the pane is in preview. */
export function currentPreviewSession(): PreviewSession | undefined {
  return activePreview;
}

/**
 * Whether Office supports Nested App Authentication (MSAL NAA) here; false in preview, outside Office, and
 * on hosts whose requirements API throws. Otherwise sign-in falls back to the Office dialog API.
 */
export function supportsNestedAppAuth(office: OfficeApiLike | undefined = officeGlobals().Office): boolean {
  try {
    return office?.context.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
  } catch {
    return false;
  }
}
