/**
 * Starts a preview session for a request; fetched as its own chunk, only when the pane runs in preview,
 * with the chosen sample's host (./kit.ts) and nothing of the other hosts.
 */
import type { Lang } from "../../core/types";
import type { ReadContextOptions } from "../text";
import { browserLanguage, SESSION_NOTICES, type SessionNoticeCode } from "../host-session";
import { loadPreviewSample } from "./samples/load";
import { langOf, type PreviewRequest } from "./request";
import { resolvePreviewSample } from "./select";
import { createPreviewSession, type PreviewSession } from "./session";

export interface StartPreviewOptions {
  /** Preview language when the URL gives none (default: the browser's, else French). */
  lang?: Lang;
  readDefaults?: ReadContextOptions;
}

export async function startPreviewSession(
  request: PreviewRequest,
  options: StartPreviewOptions,
  noticeCode?: SessionNoticeCode,
): Promise<PreviewSession> {
  const fallbackLang = options.lang ?? langOf(browserLanguage()) ?? "fr";
  const { sample, kit } = await loadPreviewSample(resolvePreviewSample(request, fallbackLang));
  const uiLang = langOf(request.lang);
  return createPreviewSession({
    sample,
    kit,
    displayLanguage: uiLang === "en" ? "en-GB" : uiLang === "fr" ? "fr-FR" : undefined,
    theme: request.theme,
    notice: noticeCode ? { code: noticeCode, text: SESSION_NOTICES[noticeCode] } : undefined,
    readDefaults: options.readDefaults,
  });
}
