/**
 * The preview host session: a simulated Word, Outlook (read or compose) or Excel holding a sample, read by
 * the same adapters as real Office through fake Office.js objects.
 */
import type { HostContext, Lang, Localized } from "../../core/types";
import { HostReadError } from "../errors";
import * as excel from "../excel";
import * as outlook from "../outlook";
import { prefersHighContrast, type HostSession, type HostTheme, type SessionNoticeCode } from "../session";
import type { ReadContextOptions } from "../text";
import * as word from "../word";
import type { WriteOutcome, WriteRequest } from "../insert";
import { hostWriters } from "../writers";
import { documentView, emptyWrites, type PreviewDocumentView, type PreviewWrites } from "./document";
import { fakeNamespaces, previewGrid } from "./fakes";
import { findPreviewSample, type PreviewSample } from "./samples";

export interface PreviewSession extends HostSession {
  readonly isPreview: true;
  /** The sample being shown. */
  readonly sample: PreviewSample;
  /** Shows another sample (host, mode and language may change); listeners of onContextChanged are called. */
  setSample(id: string): PreviewSample;
  onContextChanged(listener: () => void): () => void;
  writeAnswer(request: WriteRequest): Promise<WriteOutcome>;
  /** The simulated document of the current sample, with what was written into it. */
  document(): PreviewDocumentView;
  /** Calls `listener` after each write into a simulated document; returns the function that stops. */
  onDocumentChanged(listener: () => void): () => void;
}

export interface PreviewSessionOptions {
  sample: PreviewSample;
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

export function readSample(
  sample: PreviewSample,
  options: ReadContextOptions = {},
  displayLanguage?: string,
  writes?: PreviewWrites,
): Promise<HostContext> {
  const namespaces = fakeNamespaces(sample, displayLanguage ?? DISPLAY_LANGUAGE[sample.lang], writes);
  switch (sample.host) {
    case "word":
      return word.readContext(options, namespaces.Word);
    case "excel":
      return excel.readContext(options, namespaces.Excel);
    case "outlook":
      return outlook.readContext(options, namespaces.Office);
  }
}

/** Writes into a sample through the same adapters as real Office, on the fakes that record them. */
export async function writeSample(
  sample: PreviewSample,
  writes: PreviewWrites,
  request: WriteRequest,
  displayLanguage?: string,
): Promise<WriteOutcome> {
  const { writeExcel, writeOutlook, writeWord } = await hostWriters();
  const namespaces = fakeNamespaces(sample, displayLanguage ?? DISPLAY_LANGUAGE[sample.lang], writes);
  switch (sample.host) {
    case "word":
      return writeWord(namespaces.Word, request);
    case "excel":
      return writeExcel(namespaces.Excel, request);
    case "outlook":
      return writeOutlook(namespaces.Office, request);
  }
}

export function createPreviewSession(options: PreviewSessionOptions): PreviewSession {
  let sample = options.sample;
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
      return readSample(
        sample,
        { ...options.readDefaults, ...readOptions },
        displayLanguage,
        writesOf(sample),
      );
    },
    async writeAnswer(request) {
      const outcome = await writeSample(sample, writesOf(sample), request, displayLanguage);
      if (outcome.status === "written") documentListeners.forEach((listener) => listener());
      return outcome;
    },
    document() {
      const writes = writesOf(sample);
      const content = sample.content;
      const grid = content.kind === "excel" ? previewGrid(content, sample.lang, writes) : undefined;
      return documentView(sample, writes, grid);
    },
    onDocumentChanged(listener) {
      documentListeners.add(listener);
      return () => void documentListeners.delete(listener);
    },
    setSample(id) {
      const next = findPreviewSample(id);
      if (!next) throw new HostReadError("unknown_preview_sample", { detail: id });
      sample = next;
      listeners.forEach((listener) => listener());
      documentListeners.forEach((listener) => listener());
      return next;
    },
    onContextChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
