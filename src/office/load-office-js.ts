/**
 * Loads office.js from Microsoft's CDN on demand, with a deadline: offline or outside Office the CDN may be
 * unreachable, and the task pane must fall back to preview instead of waiting forever.
 */
import { HostReadError } from "./errors";
import { officeGlobals, type OfficeNamespaces } from "./globals";
import type { OfficeApiLike } from "./seam";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const DEFAULT_OFFICE_JS_TIMEOUT_MS = 4000;

export type LoadedOffice = OfficeNamespaces & { Office: OfficeApiLike };

export interface LoadOfficeJsOptions {
  url?: string;
  timeoutMs?: number;
}

interface ScriptLike {
  src: string;
  async: boolean;
  onload: (() => void) | null;
  onerror: (() => void) | null;
}
interface DocumentLike {
  createElement(tag: "script"): ScriptLike;
  head: { appendChild(node: ScriptLike): unknown } | null;
}

let pending: Promise<LoadedOffice> | undefined;

/**
 * Resolves with the Office.js namespaces once office.js has run, reusing them when the page already loaded
 * it. Rejects with `HostReadError("office_unavailable")` on a network error, a timeout or without a DOM.
 */
export function loadOfficeJs(options: LoadOfficeJsOptions = {}): Promise<LoadedOffice> {
  const present = officeGlobals();
  if (present.Office) return Promise.resolve({ ...present, Office: present.Office });
  const document = (globalThis as { document?: DocumentLike }).document;
  if (!document?.head) {
    return Promise.reject(
      new HostReadError("office_unavailable", { detail: "no document to load office.js into" }),
    );
  }
  if (pending) return pending;

  const url = options.url ?? OFFICE_JS_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OFFICE_JS_TIMEOUT_MS;
  const head = document.head;
  pending = new Promise<LoadedOffice>((resolve, reject) => {
    const script = document.createElement("script");
    const timer = setTimeout(() => fail(`office.js did not load within ${timeoutMs} ms`), timeoutMs);
    function fail(detail: string) {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      pending = undefined; // a later call may try again (the network may be back)
      reject(new HostReadError("office_unavailable", { detail }));
    }
    script.onload = () => {
      clearTimeout(timer);
      pending = undefined; // from now on the Office global answers directly
      const loaded = officeGlobals();
      if (loaded.Office) resolve({ ...loaded, Office: loaded.Office });
      else fail("office.js loaded but defined no Office namespace");
    };
    script.onerror = () => fail(`office.js could not be fetched from ${url}`);
    script.async = true;
    script.src = url;
    head.appendChild(script);
  });
  return pending;
}
