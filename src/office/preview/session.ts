/**
 * The preview host session: a simulated Word, Outlook (read or compose) or Excel holding a sample, read by
 * the same adapters as real Office through fake Office.js objects.
 */
import type { HostContext, Lang, Localized } from "../../core/types";
import { HostReadError } from "../errors";
import {
  prefersHighContrast,
  type HostSession,
  type HostTheme,
  type SessionNoticeCode,
} from "../host-session";
import type { ReadContextOptions } from "../text";
import type { WriteOutcome, WriteRequest } from "../insert";
import type { PreviewDocumentView } from "./document";
import { emptyWrites, type PreviewWrites } from "./writes";
import { previewKit, type PreviewKit } from "./kit";
import { loadPreviewSample } from "./samples/load";
import { findPreviewSampleInfo } from "./samples/catalog";
import type { PreviewSample } from "./samples/types";

export interface PreviewSession extends HostSession {
  readonly isPreview: true;
  /** The sample being shown. */
  readonly sample: PreviewSample;
  /**
   * Shows another sample (host, mode and language may change), once its host's code is fetched; listeners
   * of onContextChanged are called then. Rejects with `HostReadError("unknown_preview_sample")` for an
   * unknown id. When switches overlap, the last one asked for wins.
   */
  setSample(id: string): Promise<PreviewSample>;
  onContextChanged(listener: () => void): () => void;
  writeAnswer(request: WriteRequest): Promise<WriteOutcome>;
  /** The simulated document of the current sample, with what was written into it. */
  document(): PreviewDocumentView;
  /** Calls `listener` after each write into a simulated document; returns the function that stops. */
  onDocumentChanged(listener: () => void): () => void;
}

export interface PreviewSessionOptions {
  sample: PreviewSample;
  /** The sample's host code (`previewKit(sample.host)`). */
  kit: PreviewKit;
  /** UI language; defaults to the sample's language. */
  displayLanguage?: string;
  /** "dark", "light" or "contrast" (from `?theme=`); else the browser's preference. */
  theme?: string | null;
  notice?: { code: SessionNoticeCode; text: Localized };
  readDefaults?: ReadContextOptions;
}

const DISPLAY_LANGUAGE: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

function previewTheme(requested: string | null | undefined): HostTheme {
  if (requested === "dark") return { isDark: true, highContrast: false, bodyBackgroundColor: "#1f1f1f" };
  if (requested === "light") return { isDark: false, highContrast: false, bodyBackgroundColor: "#ffffff" };
  if (requested === "contrast") return { isDark: true, highContrast: true, bodyBackgroundColor: "#000000" };
  const media = (globalThis as { matchMedia?: (q: string) => { matches: boolean } }).matchMedia;
  const isDark = typeof media === "function" && media("(prefers-color-scheme: dark)").matches;
  return { isDark, highContrast: prefersHighContrast() };
}

/** Reads a sample through its host's adapter, on fake Office objects (fetched with the host's kit). */
export async function readSample(
  sample: PreviewSample,
  options: ReadContextOptions = {},
  displayLanguage?: string,
  writes: PreviewWrites = emptyWrites(),
): Promise<HostContext> {
  const kit = await previewKit(sample.host);
  return kit.read(sample, options, displayLanguage ?? DISPLAY_LANGUAGE[sample.lang], writes);
}

export function createPreviewSession(options: PreviewSessionOptions): PreviewSession {
  let sample = options.sample;
  let kit = options.kit;
  let switches = 0;
  const listeners = new Set<() => void>();
  const documentListeners = new Set<() => void>();
  // Per sample, for the life of the page: switching samples and back shows what was inserted.
  const writesBySample = new Map<string, PreviewWrites>();
  const writesOf = (s: PreviewSample): PreviewWrites => {
    let writes = writesBySample.get(s.id);
    if (!writes) writesBySample.set(s.id, (writes = emptyWrites()));
    return writes;
  };
  const displayLanguage = options.displayLanguage ?? DISPLAY_LANGUAGE[sample.lang];
  return {
    get host() {
      return sample.host;
    },
    get mode() {
      return sample.mode;
    },
    get sample() {
      return sample;
    },
    isPreview: true,
    displayLanguage,
    theme: previewTheme(options.theme),
    notice: options.notice?.text,
    noticeCode: options.notice?.code,
    readContext(readOptions) {
      return kit.read(sample, { ...options.readDefaults, ...readOptions }, displayLanguage, writesOf(sample));
    },
    async writeAnswer(request) {
      const outcome = await kit.write(sample, writesOf(sample), request, displayLanguage);
      if (outcome.status === "written") documentListeners.forEach((listener) => listener());
      return outcome;
    },
    document() {
      const writes = writesOf(sample);
      return kit.view(sample, writes);
    },
    onDocumentChanged(listener) {
      documentListeners.add(listener);
      return () => void documentListeners.delete(listener);
    },
    async setSample(id) {
      const info = findPreviewSampleInfo(id);
      if (!info) throw new HostReadError("unknown_preview_sample", { detail: id });
      const ticket = ++switches;
      const loaded = await loadPreviewSample(info);
      if (ticket !== switches) return loaded.sample; // a later switch was asked for meanwhile
      sample = loaded.sample;
      kit = loaded.kit;
      listeners.forEach((listener) => listener());
      documentListeners.forEach((listener) => listener());
      return sample;
    },
    onContextChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
