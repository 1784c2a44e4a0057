import type { HostContext, Host, HostMode, Lang, Localized } from "../../core/types";
import type { HostThemeHint } from "../theme";
import type { PreviewDocumentView, WriteOutcome, WriteRequest } from "../../office";

/**
 * What the pane needs from the Office seam (src/office `initHost()`): which host it runs in, whether
 * it is the preview host, Office's language and theme, and a way to read the open item.
 */
export interface PaneHost {
  readonly host: Host;
  readonly mode: HostMode;
  isPreview: boolean;
  displayLanguage: string | null;
  theme: HostThemeHint | null;
  /** Why the pane runs in preview although it was not asked to (office.js unreachable…). */
  notice?: Localized;
  readContext(): Promise<HostContext>;
  /** Puts an answer into the open document (absent where the host cannot write). */
  writeAnswer?(request: WriteRequest): Promise<WriteOutcome>;
  /** Selection or open item changed (or the preview switched sample); returns the unsubscribe function. */
  onContextChanged?: (listener: () => void) => () => void;
  /** Preview only: the simulated hosts and samples, for the switcher. */
  preview?: PreviewControls;
}

export interface PreviewControls {
  hosts: ReadonlyArray<{
    id: string;
    host: Host;
    mode: HostMode;
    label: Localized;
    defaultSample: Record<Lang, string>;
  }>;
  /** `scenario` pairs a sample with its translation (the same situation in French and English). */
  samples: ReadonlyArray<{ id: string; previewHost: string; lang: Lang; title: string; scenario: string }>;
  current(): { sampleId: string; previewHost: string };
  /**
   * Shows another sample in place, once its host's code is fetched (the first time that host is shown);
   * the session's context listeners fire then.
   */
  show(sampleId: string): Promise<void>;
  /** The simulated document with what the pane wrote into it. */
  document(): PreviewDocumentView;
  onDocumentChanged(listener: () => void): () => void;
}
