/**
 * A session with the host the task pane runs in: real Office here, the simulated hosts in `preview/`.
 */
import type { Host, HostContext, HostMode } from "../core/types";
import * as excel from "./excel";
import { HostReadError } from "./errors";
import type { OfficeNamespaces } from "./globals";
import { withDeadline } from "./deadline";
import { HostWriteError } from "./write-errors";
import type { WriteOutcome } from "./insert";
import { hostWriters } from "./writers";
import * as outlook from "./outlook";
import type { OfficeApiLike } from "./seam";
import type { ReadContextOptions } from "./text";
import * as word from "./word";
import { browserLanguage, prefersHighContrast, type HostSession, type HostTheme } from "./host-session";

export {
  SESSION_NOTICE_CODES,
  SESSION_NOTICES,
  browserLanguage,
  prefersHighContrast,
  type HostSession,
  type HostTheme,
  type SessionNoticeCode,
} from "./host-session";

/** Word and Excel queue writes like reads while a dialog is open; a write waits no longer than a read. */
export function writeWithDeadline(write: Promise<WriteOutcome>, ms: number): Promise<WriteOutcome> {
  return withDeadline(
    write,
    ms,
    () => new HostWriteError("host_write_failed", { detail: `no answer within ${ms} ms` }),
  );
}

/** Office.onReady's host name ("Word", "Excel", "Outlook"…) → Parcours host, or undefined when unsupported. */
export function hostFromOffice(name: unknown): Host | undefined {
  switch (String(name ?? "").toLowerCase()) {
    case "word":
      return "word";
    case "excel":
      return "excel";
    case "outlook":
      return "outlook";
    default:
      return undefined;
  }
}

/**
 * Word and Excel queue batches while a modal dialog is open or a cell is being edited; past this delay the
 * read is reported as failed (the user can retry) instead of leaving the pane waiting.
 */
export const READ_TIMEOUT_MS = 15_000;

/** Selection-changed events arrive in bursts while the user drags; one call per pause is enough. */
export const SELECTION_DEBOUNCE_MS = 300;

function officeTheme(office: OfficeApiLike): HostTheme | undefined {
  let theme;
  try {
    theme = office.context.officeTheme; // throws on some hosts that lack the API
  } catch {
    return undefined;
  }
  if (!theme) return undefined;
  const background = theme.bodyBackgroundColor;
  const isDark = theme.isDarkTheme ?? (background ? isDarkColor(background) : false);
  return { isDark, bodyBackgroundColor: background, highContrast: prefersHighContrast() };
}

/** "#1f1f1f" → true: relative luminance under one half. */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return false;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

export interface OfficeSessionOptions {
  readDefaults?: ReadContextOptions;
  readTimeoutMs?: number;
}

/** A session inside real Office, for a supported host. */
export function createOfficeSession(
  host: Host,
  namespaces: OfficeNamespaces & { Office: OfficeApiLike },
  options: OfficeSessionOptions = {},
): HostSession {
  const office = namespaces.Office;
  const listeners = new Set<() => void>();
  let unregister: (() => void) | undefined;

  const notify = debounce(() => listeners.forEach((listener) => listener()), SELECTION_DEBOUNCE_MS);

  function register(): () => void {
    const types = office.EventType;
    const target = host === "outlook" ? office.context.mailbox : office.context.document;
    const eventType = host === "outlook" ? types?.ItemChanged : types?.DocumentSelectionChanged;
    if (!target?.addHandlerAsync || !target.removeHandlerAsync || eventType === undefined)
      return () => undefined;
    const handler = () => notify.call();
    target.addHandlerAsync(eventType, handler);
    return () => {
      notify.cancel();
      target.removeHandlerAsync?.(eventType, host === "outlook" ? undefined : { handler });
    };
  }

  // Office.js proxies expose every method whatever the host supports; requirement sets say what will work.
  const supports = (set: string, version: string): boolean => {
    try {
      return office.context.requirements?.isSetSupported(set, version) ?? true;
    } catch {
      return true;
    }
  };

  return {
    host,
    get mode(): HostMode {
      if (host !== "outlook") return "edit";
      const item = office.context.mailbox?.item;
      return item ? outlook.outlookMode(item) : "read";
    },
    isPreview: false,
    displayLanguage: office.context.displayLanguage || browserLanguage() || "fr-FR",
    theme: officeTheme(office),
    readContext(readOptions) {
      const merged = { ...options.readDefaults, ...readOptions };
      const read = (): Promise<HostContext> => {
        switch (host) {
          case "word":
            return word.readContext({ wordApi13: supports("WordApi", "1.3"), ...merged }, namespaces.Word);
          case "excel":
            return excel.readContext(
              { excelApi19: supports("ExcelApi", "1.9"), ...merged },
              namespaces.Excel,
            );
          case "outlook":
            return outlook.readContext(merged, office);
        }
      };
      const ms = options.readTimeoutMs ?? READ_TIMEOUT_MS;
      return withDeadline(
        read(),
        ms,
        () => new HostReadError("host_read_failed", { detail: `no answer within ${ms} ms` }),
      );
    },
    writeAnswer(request) {
      const write = async (): Promise<WriteOutcome> => {
        const { writeExcel, writeOutlook, writeWord } = await hostWriters();
        switch (host) {
          case "word":
            return writeWord(namespaces.Word, request);
          case "excel":
            return writeExcel(namespaces.Excel, request, { excelApi17: supports("ExcelApi", "1.7") });
          case "outlook":
            return writeOutlook(office, request);
        }
      };
      return writeWithDeadline(write(), options.readTimeoutMs ?? READ_TIMEOUT_MS);
    },
    onContextChanged(listener) {
      listeners.add(listener);
      if (!unregister) unregister = register();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unregister) {
          unregister();
          unregister = undefined;
        }
      };
    },
  };
}

export function debounce(fn: () => void, ms: number): { call(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
