/** A minimal in-memory Word built from a preview sample (the seam of ../../seam.ts only). */
import { emptyWrites, type PreviewWrites } from "../writes";
import type {
  WordApiLike,
  WordParagraphLike,
  WordRangeLike,
  WordSelectionLike,
  WordTableLike,
} from "../../seam";
import type { WordSampleContent } from "../samples/types";
import { collection, loaded, synced } from "./common";

export function fakeWord(content: WordSampleContent, writes: PreviewWrites = emptyWrites()): WordApiLike {
  const paragraphs: WordParagraphLike[] = [];
  const lines: string[] = [];
  const tables: WordTableLike[] = [];
  content.paragraphs.forEach((paragraph, index) => {
    const style = paragraph.style ?? "Normal";
    const heading = /^Heading([1-9])$/.exec(style);
    paragraphs.push({
      text: paragraph.text,
      styleBuiltIn: style,
      outlineLevel: heading ? Number(heading[1]) : 10,
    });
    lines.push(paragraph.text);
    for (const table of content.tables ?? []) {
      if (table.afterParagraph !== index) continue;
      tables.push({ values: table.rows, rowCount: table.rows.length });
      for (const row of table.rows) lines.push(row.join("\t"));
    }
  });
  // Word separates paragraphs with \r in `text`.
  const body: WordRangeLike = {
    ...loaded,
    text: lines.join("\r"),
    paragraphs: collection(paragraphs),
    tables: collection(tables),
  };
  // The cursor sits at the end of the document: what is inserted there is appended.
  const selection: WordSelectionLike = {
    ...loaded,
    text: "",
    paragraphs: collection([]),
    tables: collection([]),
    insertHtml: (html) => void writes.word.push(html),
  };
  const document = {
    body,
    getSelection: () => selection,
    properties: { ...loaded, title: content.documentTitle ?? "" },
  };
  return { run: (batch) => batch({ ...synced, document }) };
}
