/**
 * Connecting to the host: Office, or the preview host. The code behind each is fetched only when needed —
 * the preview's samples, fake Office objects and adapters only in preview (`preview-host` chunk), the
 * Office session and its adapters only in Office (`office-host` chunk, fetched while office.js loads) — so
 * the pane's entry carries neither.
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
import type { HostSession, SessionNoticeCode } from "./host-session";
import type { ReadContextOptions } from "./text";
import type { PreviewSession } from "./preview/session";
import { browserLanguage } from "./host-session";
import {
  hostOfPreviewHostId,
  langOf,
  likelyPreviewSample,
  previewRequestFromUrl,
  type PreviewRequest,
} from "./preview/request";
import { loadSample } from "./preview/samples/load";
import { previewKit } from "./preview/kit";
import type { PreviewSample } from "./preview/samples/types";

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

/** The preview host's code: samples, fake Office objects, adapters. */
function previewHostCode() {
  return import(/* webpackChunkName: "preview-host" */ "./preview/start");
}

/** Office's session and the host adapters. */
function officeHostCode() {
  return import(/* webpackChunkName: "office-host" */ "./session");
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
  // The adapters download while office.js loads; a failure shows when they are needed.
  const officeCode = officeHostCode();
  officeCode.catch(() => undefined);
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
  const { createOfficeSession, hostFromOffice } = await officeCode;
  const host = hostFromOffice(hostName);
  if (!host) return startPreview({}, options, "unsupported_host");
  previewSessions.clear();
  activePreview = undefined;
  return createOfficeSession(host, loaded, {
    readDefaults: options.readDefaults,
    readTimeoutMs: options.readTimeoutMs,
  });
}

async function startPreview(
  request: PreviewRequest,
  options: InitHostOptions,
  noticeCode?: SessionNoticeCode,
): Promise<PreviewSession> {
  // The simulated host's code (its fakes and adapter) and the sample download beside the preview's own.
  const host = hostOfPreviewHostId(request.host);
  if (host) previewKit(host).catch(() => undefined);
  const lang = langOf(request.lang) ?? options.lang ?? langOf(browserLanguage()) ?? "fr";
  loadSample(likelyPreviewSample(request, lang)).catch(() => undefined);
  const { startPreviewSession } = await previewHostCode();
  activePreview = await startPreviewSession(request, options, noticeCode);
  previewSessions.add(activePreview);
  return activePreview;
}

/**
 * Shows another preview sample in the running preview session, once its host's code is fetched, and
 * notifies its `onContextChanged` listeners. Rejects with `HostReadError("unknown_preview_sample")` for an
 * unknown id, and with an Error when the pane is not in preview (inside Office there is nothing to switch).
 */
export async function setPreviewSample(id: string): Promise<PreviewSample> {
  if (!activePreview) throw new Error("setPreviewSample: the pane is not running in preview");
  const sample = await activePreview.setSample(id); // validates the id before any other session moves
  await Promise.all(
    [...previewSessions].filter((session) => session !== activePreview).map((s) => s.setSample(id)),
  );
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
