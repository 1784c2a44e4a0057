/**
 * Which preview sample to show: from the task pane URL (`?host=word&sample=meeting-notes&lang=fr`) or from
 * the switcher. Decided on the samples' catalog: no sample's content is needed to choose.
 */
import type { Lang } from "../../core/types";
import { findPreviewHost, PREVIEW_HOSTS } from "./hosts";
import { langOf, type PreviewRequest } from "./request";
import { findPreviewSampleInfo, PREVIEW_SAMPLE_CATALOG } from "./samples/catalog";
import type { PreviewSampleInfo } from "./samples/types";

export { langOf, previewRequestFromUrl, type PreviewRequest } from "./request";

/**
 * An explicit sample wins (switched to the same scenario in the requested language when one exists), then
 * the host's default sample in the requested language, then Outlook reading — the flagship scenario.
 */
export function resolvePreviewSample(request: PreviewRequest, fallbackLang: Lang = "fr"): PreviewSampleInfo {
  const lang = langOf(request.lang);
  const explicit = findPreviewSampleInfo(request.sample);
  if (explicit) {
    if (!lang || explicit.lang === lang) return explicit;
    const translated = PREVIEW_SAMPLE_CATALOG.find(
      (s) => s.scenario === explicit.scenario && s.lang === lang,
    );
    return translated ?? explicit;
  }
  const host = findPreviewHost(request.host) ?? PREVIEW_HOSTS[1];
  const id = host?.defaultSample[lang ?? fallbackLang] ?? "late-reimbursement";
  return findPreviewSampleInfo(id) ?? (PREVIEW_SAMPLE_CATALOG[0] as PreviewSampleInfo);
}
