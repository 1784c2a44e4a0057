/**
 * Which preview sample to show: from the task pane URL (`?host=word&sample=meeting-notes&lang=fr`) or from
 * the switcher.
 */
import type { Lang } from "../../core/types";
import { findPreviewHost, PREVIEW_HOSTS } from "./hosts";
import { langOf, type PreviewRequest } from "./request";
import { findPreviewSample, previewSamples, type PreviewSample } from "./samples";

export { langOf, previewRequestFromUrl, type PreviewRequest } from "./request";

/**
 * An explicit sample wins (switched to the same scenario in the requested language when one exists), then
 * the host's default sample in the requested language, then Outlook reading — the flagship scenario.
 */
export function resolvePreviewSample(request: PreviewRequest, fallbackLang: Lang = "fr"): PreviewSample {
  const lang = langOf(request.lang);
  const explicit = findPreviewSample(request.sample);
  if (explicit) {
    if (!lang || explicit.lang === lang) return explicit;
    const translated = Object.values(previewSamples).find(
      (s) => s.scenario === explicit.scenario && s.lang === lang,
    );
    return translated ?? explicit;
  }
  const host = findPreviewHost(request.host) ?? PREVIEW_HOSTS[1];
  const id = host?.defaultSample[lang ?? fallbackLang] ?? "late-reimbursement";
  return findPreviewSample(id) ?? (previewSamples["late-reimbursement"] as PreviewSample);
}
