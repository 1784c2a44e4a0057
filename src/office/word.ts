/**
 * Word adapter: the selection's text, else the whole body, with paragraph count, headings and the first
 * few tables of whichever was read.
 */
import type { HostContext, HostTable } from "../core/types";
import { HostReadError, guardHostRead } from "./errors";
import { officeGlobals } from "./globals";
import type { WordApiLike, WordParagraphLike, WordRangeLike } from "./seam";
import { detectHeaderRow } from "./table";
import { boundText, firstLine, normalizeHostText, resolveMaxChars, type ReadContextOptions } from "./text";

/** Paragraphs beyond this are not loaded (their count is then a lower bound); headings come from these. */
export const WORD_MAX_PARAGRAPHS = 2000;
export const WORD_MAX_TABLES = 3;
export const WORD_MAX_TABLE_ROWS = 20;
const MAX_HEADINGS = 30;

/** Heading1…Heading9 and Title by built-in style, else an outline level 1–9 (10 is body text). */
export function headingLevel(paragraph: WordParagraphLike): number | undefined {
  const style = paragraph.styleBuiltIn ?? "";
  const match = /^Heading([1-9])$/.exec(style);
  if (match) return Number(match[1]);
  if (style === "Title") return 0;
  const level = paragraph.outlineLevel;
  return typeof level === "number" && level >= 1 && level <= 9 ? level : undefined;
}

export interface WordReadOptions extends ReadContextOptions {
  /**
   * False on hosts without WordApi 1.3 (Word 2016 volume licence): then no styles, tables or document
   * properties are asked for — asking would fail the whole batch — and headings come from outline levels.
   */
  wordApi13?: boolean;
}

export async function readContext(
  options: WordReadOptions = {},
  word: WordApiLike | undefined = officeGlobals().Word,
): Promise<HostContext> {
  if (!word) throw new HostReadError("host_read_failed", { detail: "Word API unavailable" });
  const maxChars = resolveMaxChars(options);
  return guardHostRead(() =>
    word.run(async (context) => {
      const document = context.document;
      const selection = document.getSelection();
      const rich = options.wordApi13 !== false;
      selection.load("text");
      if (rich) document.properties.load("title");
      await context.sync();

      const selectedText = normalizeHostText(selection.text ?? "");
      const isSelection = selectedText !== "";
      const source: WordRangeLike = isSelection ? selection : document.body;
      if (!isSelection) source.load("text");
      source.paragraphs.load({
        select: rich ? "text,styleBuiltIn,outlineLevel" : "text,outlineLevel",
        top: WORD_MAX_PARAGRAPHS,
      });
      if (rich) source.tables.load({ select: "values,rowCount", top: WORD_MAX_TABLES });
      await context.sync();

      const fullText = isSelection ? selectedText : normalizeHostText(source.text ?? "");
      const { text, truncated } = boundText(fullText, maxChars);
      const paragraphs = source.paragraphs.items.filter((p) => p.text.trim() !== "");
      const headings = paragraphs
        .filter((p) => headingLevel(p) !== undefined)
        .map((p) => normalizeHostText(p.text))
        .slice(0, MAX_HEADINGS);
      const tables: HostTable[] = (rich ? source.tables.items : [])
        .slice(0, WORD_MAX_TABLES)
        .map((table) => ({
          rows: table.values
            .slice(0, WORD_MAX_TABLE_ROWS)
            .map((row) => row.map((cell) => normalizeHostText(cell))),
          hasHeader: detectHeaderRow(table.values),
        }));
      const documentTitle = rich ? normalizeHostText(document.properties.title ?? "") : "";
      const title = documentTitle || headings[0] || firstLine(fullText);

      return {
        host: "word",
        mode: "edit",
        title,
        text,
        truncated,
        isSelection,
        tables,
        meta: { paragraphCount: paragraphs.length, headings },
      } satisfies HostContext;
    }),
  );
}
