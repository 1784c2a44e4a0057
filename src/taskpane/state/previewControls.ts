import { currentPreviewSession, setPreviewSample } from "../../office/connect";
import { PREVIEW_HOSTS } from "../../office/preview/hosts";
import { PREVIEW_SAMPLE_CATALOG } from "../../office/preview/samples/catalog";
import type { PreviewSession } from "../../office/preview/session";
import type { PreviewControls } from "./host";

/** The switcher's view of a preview session: the simulated hosts, the samples, the document. */
export function previewControls(session: PreviewSession): PreviewControls {
  return {
    hosts: PREVIEW_HOSTS.map((h) => ({
      id: h.id,
      host: h.host,
      mode: h.mode,
      label: h.label,
      defaultSample: h.defaultSample,
    })),
    samples: PREVIEW_SAMPLE_CATALOG.map((s) => ({
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
    show: async (sampleId) => {
      await setPreviewSample(sampleId);
    },
    document: () => session.document(),
    onDocumentChanged: (listener) => session.onDocumentChanged(listener),
  };
}
