import type { Host, HostMode, Lang } from "../../../core/types";

/** The four simulated hosts of the preview. */
export const PREVIEW_HOST_IDS = ["word", "outlook-read", "outlook-compose", "excel"] as const;
export type PreviewHostId = (typeof PREVIEW_HOST_IDS)[number];

export type WordStyle = "Title" | "Heading1" | "Heading2" | "Heading3" | "Normal" | "ListParagraph";

export interface WordSampleContent {
  kind: "word";
  /** Document title property (File › Info); may be empty, as in many real documents. */
  documentTitle?: string;
  paragraphs: { text: string; style?: WordStyle }[];
  /** Tables, placed after the paragraph at `afterParagraph` (0-based). */
  tables?: { afterParagraph: number; rows: string[][] }[];
}

export interface OutlookSampleContent {
  kind: "outlook";
  subject: string;
  from: string;
  to: string[];
  cc?: string[];
  bodyHtml: string;
  attachments?: string[];
  /** Compose mode only: what Outlook reports for a reply or forward draft. */
  composeType?: "newMail" | "reply" | "forward";
}

/** A cell: text, a number, a date (ISO, shown as a date, stored as an Excel serial) or a formula with its value. */
export type ExcelSampleCell = string | number | null | { date: string } | { value: number; formula: string };

export interface ExcelSampleContent {
  kind: "excel";
  sheetName: string;
  /** Number display per column: "euro" shows 1 234,50 € / €1,234.50; "text" and "date" as given. */
  columnFormats?: ("text" | "date" | "euro" | "integer")[];
  rows: ExcelSampleCell[][];
}

export type PreviewSampleContent = WordSampleContent | OutlookSampleContent | ExcelSampleContent;

export interface PreviewSample {
  id: string;
  /** Samples telling the same story in French and English share a scenario. */
  scenario: string;
  lang: Lang;
  previewHost: PreviewHostId;
  host: Host;
  mode: HostMode;
  /** What the switcher shows, in the sample's language. */
  title: string;
  content: PreviewSampleContent;
}

/** A sample without its content: what the switcher lists and the URL picks, known before any sample is fetched. */
export type PreviewSampleInfo = Omit<PreviewSample, "content">;
