import type { Host, HostMode, Lang, Localized } from "../../core/types";
import { DEFAULT_PREVIEW_SAMPLES } from "./request";
import type { PreviewHostId } from "./samples/types";

export interface PreviewHost {
  id: PreviewHostId;
  host: Host;
  mode: HostMode;
  label: Localized;
  /** The sample shown when only the host is chosen. */
  defaultSample: Record<Lang, string>;
}

/** The simulated hosts, in switcher order. `?host=<id>` in the task pane URL selects one. */
export const PREVIEW_HOSTS: readonly PreviewHost[] = [
  {
    id: "word",
    host: "word",
    mode: "edit",
    label: { fr: "Word", en: "Word" },
    defaultSample: DEFAULT_PREVIEW_SAMPLES.word,
  },
  {
    id: "outlook-read",
    host: "outlook",
    mode: "read",
    label: { fr: "Outlook – lecture", en: "Outlook – reading" },
    defaultSample: DEFAULT_PREVIEW_SAMPLES["outlook-read"],
  },
  {
    id: "outlook-compose",
    host: "outlook",
    mode: "compose",
    label: { fr: "Outlook – rédaction", en: "Outlook – compose" },
    defaultSample: DEFAULT_PREVIEW_SAMPLES["outlook-compose"],
  },
  {
    id: "excel",
    host: "excel",
    mode: "edit",
    label: { fr: "Excel", en: "Excel" },
    defaultSample: DEFAULT_PREVIEW_SAMPLES.excel,
  },
];

export function findPreviewHost(id: string | null | undefined): PreviewHost | undefined {
  return PREVIEW_HOSTS.find((host) => host.id === id);
}
