import {
  currentPreviewSession,
  initHost,
  PREVIEW_HOSTS,
  previewSamples,
  setPreviewSample,
} from "../../office";
import type { HostSession, PreviewSession } from "../../office";
import type { PaneHost, PreviewControls } from "./host";

/** Connects to Office, or to the preview host in a plain browser (src/office decides which). */
export async function connectHost(): Promise<PaneHost> {
  return paneHost(await initHost());
}

/** The session seen through the pane's needs; host and mode stay live (the preview can switch sample). */
function paneHost(session: HostSession): PaneHost {
  return {
    get host() {
      return session.host;
    },
    get mode() {
      return session.mode;
    },
    isPreview: session.isPreview,
    displayLanguage: session.displayLanguage,
    theme: session.theme
      ? {
          isDarkTheme: session.theme.isDark,
          bodyBackgroundColor: session.theme.bodyBackgroundColor,
          highContrast: session.theme.highContrast,
        }
      : null,
    notice: session.notice,
    readContext: () => session.readContext(),
    writeAnswer: session.writeAnswer ? (request) => session.writeAnswer!(request) : undefined,
    onContextChanged: session.onContextChanged
      ? (listener) => session.onContextChanged!(listener)
      : undefined,
    preview: session.isPreview ? previewControls(session as PreviewSession) : undefined,
  };
}

function previewControls(session: PreviewSession): PreviewControls {
  return {
    hosts: PREVIEW_HOSTS.map((h) => ({
      id: h.id,
      host: h.host,
      mode: h.mode,
      label: h.label,
      defaultSample: h.defaultSample,
    })),
    samples: Object.values(previewSamples).map((s) => ({
      id: s.id,
      previewHost: s.previewHost,
      lang: s.lang,
      title: s.title,
      scenario: s.scenario,
    })),
    current: () => {
      const sample = currentPreviewSession()?.sample;
      return { sampleId: sample?.id ?? "", previewHost: sample?.previewHost ?? "word" };
    },
    show: (sampleId) => {
      setPreviewSample(sampleId);
    },
    document: () => session.document(),
    onDocumentChanged: (listener) => session.onDocumentChanged(listener),
  };
}
