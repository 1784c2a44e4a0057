/**
 * Which preview sample to show: from the task pane URL (`?host=word&sample=meeting-notes&lang=fr`) or from
 * the switcher.
 */
import type { Lang } from "../../core/types";
import { findPreviewHost, PREVIEW_HOSTS } from "./hosts";
import { findPreviewSample, previewSamples, type PreviewSample } from "./samples";

export interface PreviewRequest {
  /** A preview host id ("word", "outlook-read", "outlook-compose", "excel"). */
  host?: string | null;
  sample?: string | null;
  lang?: string | null;
  theme?: string | null;
}

/** The preview parameters of a URL, or undefined when it asks for no preview (no `host` and no `sample`). */
export function previewRequestFromUrl(url: string | undefined): PreviewRequest | undefined {
  if (!url) return undefined;
  let params: URLSearchParams;
  try {
    params = new URL(url, "https://localhost/").searchParams;
  } catch {
    return undefined;
  }
  const host = params.get("host");
  const sample = params.get("sample");
  if (!host && !sample) return undefined;
  return { host, sample, lang: params.get("lang"), theme: params.get("theme") };
}

/** "fr", "fr-FR", "FR" → "fr"; "en-GB" → "en"; anything else → undefined. */
export function langOf(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === "fr" || base === "en" ? base : undefined;
}

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
