import type { Host, HostMode, Lang, Localized } from "../../core/types";
import type { PreviewHostId } from "./samples";

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
    defaultSample: { fr: "meeting-notes", en: "meeting-notes-en" },
  },
  {
    id: "outlook-read",
    host: "outlook",
    mode: "read",
    label: { fr: "Outlook – lecture", en: "Outlook – reading" },
    defaultSample: { fr: "late-reimbursement", en: "late-reimbursement-en" },
  },
  {
    id: "outlook-compose",
    host: "outlook",
    mode: "compose",
    label: { fr: "Outlook – rédaction", en: "Outlook – compose" },
    defaultSample: { fr: "complaint-reply", en: "complaint-reply-en" },
  },
  {
    id: "excel",
    host: "excel",
    mode: "edit",
    label: { fr: "Excel", en: "Excel" },
    defaultSample: { fr: "claims-table", en: "claims-table-en" },
  },
];

export function findPreviewHost(id: string | null | undefined): PreviewHost | undefined {
  return PREVIEW_HOSTS.find((host) => host.id === id);
}
