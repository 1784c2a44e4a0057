/**
 * What every host session offers, real Office or the preview, and the bits of the environment both read.
 * Kept apart from Office's session (./session.ts) so the preview host does not fetch Office's code.
 */
import type { Host, HostContext, HostMode, Localized } from "../core/types";
import { HOST_ERROR_MESSAGES } from "./errors";
import type { WriteOutcome, WriteRequest } from "./insert";
import type { ReadContextOptions } from "./text";

export interface HostTheme {
  isDark: boolean;
  highContrast?: boolean;
  bodyBackgroundColor?: string;
}

/** Why a session runs in preview although no preview was asked for. */
export const SESSION_NOTICE_CODES = ["office_unavailable", "unsupported_host", "outside_office"] as const;
export type SessionNoticeCode = (typeof SESSION_NOTICE_CODES)[number];

export const SESSION_NOTICES: Record<SessionNoticeCode, Localized> = {
  office_unavailable: HOST_ERROR_MESSAGES.office_unavailable,
  unsupported_host: HOST_ERROR_MESSAGES.unsupported_host,
  outside_office: {
    fr: "Le volet est ouvert hors d'Office : il fonctionne en mode aperçu avec un exemple.",
    en: "The pane is open outside Office: it runs in preview mode with a sample.",
  },
};

export interface HostSession {
  /** The host read by `readContext` (in preview, changes when another sample is chosen). */
  readonly host: Host;
  readonly mode: HostMode;
  readonly isPreview: boolean;
  /** BCP 47 tag of Office's UI language, e.g. "fr-FR". */
  readonly displayLanguage: string;
  readonly theme?: HostTheme;
  /** Set when the pane fell back to preview (office.js unreachable, unsupported host, plain browser). */
  readonly notice?: Localized;
  readonly noticeCode?: SessionNoticeCode;
  /** Reads what the user has open; rejects with `HostReadError` (stable `code`, FR/EN message). */
  readContext(options?: ReadContextOptions): Promise<HostContext>;
  /**
   * Calls `listener` when the selection (Word, Excel) or the open item (Outlook) changes, or when the preview
   * switches sample; returns the function that stops listening.
   */
  onContextChanged?(listener: () => void): () => void;
  /**
   * Puts the answer into the open document, message or sheet (src/office/insert.ts). Resolves "confirm"
   * when the write needs the user's yes first; rejects with `HostWriteError` (stable `code`, FR/EN message).
   */
  writeAnswer?(request: WriteRequest): Promise<WriteOutcome>;
}

export function prefersHighContrast(): boolean {
  const media = (globalThis as { matchMedia?: (q: string) => { matches: boolean } }).matchMedia;
  return typeof media === "function" ? media("(forced-colors: active)").matches : false;
}

export function browserLanguage(): string | undefined {
  return (globalThis as { navigator?: { language?: string } }).navigator?.language || undefined;
}
