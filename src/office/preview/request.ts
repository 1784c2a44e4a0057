/**
 * The preview parameters of the task pane URL (`?host=word&sample=meeting-notes&lang=fr&theme=dark`). Kept
 * apart from the samples: the pane reads the URL before the preview host's code is fetched.
 */
import type { Host, Lang } from "../../core/types";
import type { PreviewHostId } from "./samples/types";

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
 * The Office host a preview host id simulates ("outlook-read" → "outlook"), or undefined for anything
 * else. Lets the pane start fetching that host's preview code before the sample is resolved.
 */
export function hostOfPreviewHostId(id: string | null | undefined): Host | undefined {
  if (id === "word" || id === "excel") return id;
  if (id === "outlook-read" || id === "outlook-compose") return "outlook";
  return undefined;
}

/** The sample each preview host shows when only the host is chosen (./hosts.ts lists them with it). */
export const DEFAULT_PREVIEW_SAMPLES: Readonly<Record<PreviewHostId, Record<Lang, string>>> = {
  word: { fr: "meeting-notes", en: "meeting-notes-en" },
  "outlook-read": { fr: "late-reimbursement", en: "late-reimbursement-en" },
  "outlook-compose": { fr: "complaint-reply", en: "complaint-reply-en" },
  excel: { fr: "claims-table", en: "claims-table-en" },
};

/**
 * The sample a request will most likely show, known from the URL alone so its content can be fetched
 * before the preview's code has resolved the request (./select.ts decides; a wrong guess costs one
 * extra fetch, nothing else): the sample asked for, else the host's default in `lang`, else Outlook
 * reading's.
 */
export function likelyPreviewSample(request: PreviewRequest, lang: Lang): string {
  if (request.sample) return request.sample;
  const host = Object.hasOwn(DEFAULT_PREVIEW_SAMPLES, request.host ?? "")
    ? DEFAULT_PREVIEW_SAMPLES[request.host as PreviewHostId]
    : DEFAULT_PREVIEW_SAMPLES["outlook-read"];
  return host[lang];
}
