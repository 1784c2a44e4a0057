/**
 * The view of each simulated document the preview page shows, after the pane's writes (./writes.ts): the
 * Word text with the inserted blocks, the message being written with the text put at its cursor, the
 * reply form opened from a message, the sheet with the cells written. It comes with each host's kit.
 */
import type { Host, HostMode } from "../../core/types";
import { htmlToText } from "../html-to-text";
import type { PreviewSample } from "./samples/types";
import { writeCount, type PreviewWrites } from "./writes";

export { emptyWrites, writeCount, type PreviewCell, type PreviewWrites } from "./writes";

export interface PreviewDocumentBlock {
  text: string;
  /** Put there by the pane. */
  inserted: boolean;
}

export interface PreviewDocumentView {
  sampleId: string;
  host: Host;
  mode: HostMode;
  title: string;
  /** Word, Outlook: the document's text in blocks (paragraphs, insertions). */
  blocks: PreviewDocumentBlock[];
  /** Outlook read: the reply forms opened, newest last. */
  replies: string[];
  /** Excel: the sheet's cells, with the written ones marked. */
  grid?: { sheet: string; rows: Array<Array<{ text: string; written: boolean }>> };
  /** How many writes this document received. */
  writes: number;
}

/** Text of an inserted piece, as Word or Outlook would show it. */
function shown(data: string, coercion: string): string {
  return (coercion === "html" ? htmlToText(data) : data).trim();
}

/** The view of a sample's document after its writes; `grid` comes from the Excel fake. */
export function documentView(
  sample: PreviewSample,
  writes: PreviewWrites,
  grid?: PreviewDocumentView["grid"],
): PreviewDocumentView {
  const content = sample.content;
  const base = {
    sampleId: sample.id,
    host: sample.host,
    mode: sample.mode,
    title: sample.title,
    replies: writes.replies.map((html) => shown(html, "html")),
    writes: writeCount(writes),
  };
  if (content.kind === "word") {
    const blocks = content.paragraphs
      .filter((p) => p.text.trim() !== "")
      .map((p) => ({ text: p.text, inserted: false }));
    for (const html of writes.word) blocks.push({ text: shown(html, "html"), inserted: true });
    return { ...base, blocks };
  }
  if (content.kind === "outlook") {
    const inserted = writes.mail.map((w) => ({ text: shown(w.data, w.coercion), inserted: true }));
    const body = htmlToText(content.bodyHtml)
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== "")
      .map((text) => ({ text, inserted: false }));
    return { ...base, blocks: [...inserted, ...body] };
  }
  return { ...base, blocks: [], grid };
}
