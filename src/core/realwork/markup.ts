/**
 * The light Markdown models write — paragraphs, "- " and "1. " lists, **bold**, "#" headings and pipe
 * tables — read into blocks, then written out as safe HTML (for Word and Outlook) or as plain text (for
 * plain-text mail bodies and the clipboard). Everything else is text: it is escaped, never interpreted.
 * Linear in the answer's length; no regex lookbehind (the task pane runs on older Office webviews).
 */

export type AnswerBlock =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; ordered: boolean; start: number; items: string[] }
  | { kind: "table"; rows: string[][] };

const BULLET = /^\s*[-*•–]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,4})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
/** "| --- | :---: |" or "---|---" (trimmed): the line under a Markdown table's header. */
const TABLE_RULE = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Unix line ends, no trailing spaces on lines. */
function linesOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd());
}

/** "| a | b \| c |" → ["a", "b | c"]. */
export function pipeCells(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.slice(0, -1);
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "\\" && inner[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

export function isPipeRow(line: string): boolean {
  return line.includes("|") && line.trim() !== "";
}

/** A header line with pipes followed by the rule line: the start of a Markdown table. */
export function startsPipeTable(lines: readonly string[], index: number): boolean {
  const header = lines[index];
  const rule = lines[index + 1];
  return header !== undefined && rule !== undefined && isPipeRow(header) && TABLE_RULE.test(rule.trim());
}

/** Reads a Markdown table starting at `index`; returns its rows (header first) and the next line index. */
export function readPipeTable(lines: readonly string[], index: number): { rows: string[][]; next: number } {
  const header = pipeCells(lines[index] ?? "");
  const rows = [header];
  let i = index + 2;
  while (i < lines.length && isPipeRow(lines[i] ?? "")) {
    const cells = pipeCells(lines[i] ?? "");
    rows.push(header.map((_, c) => cells[c] ?? ""));
    i++;
  }
  return { rows, next: i };
}

/** The answer's blocks, in order. Code fences keep their lines as one paragraph. */
export function answerBlocks(text: string): AnswerBlock[] {
  const lines = linesOf(text);
  const blocks: AnswerBlock[] = [];
  let paragraph: string[] = [];
  let list: Extract<AnswerBlock, { kind: "list" }> | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", lines: paragraph });
    paragraph = [];
    if (list) blocks.push(list);
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (FENCE.test(line)) {
      flush();
      const fenced: string[] = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i] ?? "")) fenced.push(lines[i++] ?? "");
      if (fenced.some((l) => l.trim() !== "")) blocks.push({ kind: "paragraph", lines: fenced });
      continue;
    }
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (startsPipeTable(lines, i)) {
      flush();
      const table = readPipeTable(lines, i);
      blocks.push({ kind: "table", rows: table.rows });
      i = table.next - 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", text: headingText(heading[1] ?? "") });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet ? bullet[1] : numbered?.[2]) ?? "";
      if (paragraph.length > 0) {
        blocks.push({ kind: "paragraph", lines: paragraph });
        paragraph = [];
      }
      if (!list || list.ordered !== ordered) {
        if (list) blocks.push(list);
        list = { kind: "list", ordered, start: ordered ? Number(numbered?.[1] ?? 1) : 1, items: [] };
      }
      list.items.push(item.trim());
      continue;
    }
    if (list) {
      // An indented line continues the list item above it; anything else starts a paragraph.
      if (/^\s{2,}/.test(line) && list.items.length > 0) {
        list.items[list.items.length - 1] += ` ${line.trim()}`;
        continue;
      }
      blocks.push(list);
      list = undefined;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** "Titre ##" → "Titre": closing hashes dropped, by a scan (a regex here would backtrack). */
function headingText(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "#" || text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(0, end);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "**bold**" or "__bold__" pairs; an unpaired marker stays as typed. One forward scan. */
function boldRuns(text: string): Array<{ text: string; bold: boolean }> {
  const runs: Array<{ text: string; bold: boolean }> = [];
  let done = 0;
  let at = 0;
  while (at < text.length - 1) {
    const ch = text[at];
    if ((ch !== "*" && ch !== "_") || text[at + 1] !== ch) {
      at++;
      continue;
    }
    const marker = ch + ch;
    const close = text.indexOf(marker, at + 2);
    if (close === -1) break;
    if (close === at + 2) {
      at += 2;
      continue;
    }
    if (at > done) runs.push({ text: text.slice(done, at), bold: false });
    runs.push({ text: text.slice(at + 2, close), bold: true });
    at = done = close + 2;
  }
  if (done < text.length) runs.push({ text: text.slice(done), bold: false });
  return runs;
}

function inlineHtml(text: string): string {
  return boldRuns(text)
    .map((run) => (run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text)))
    .join("");
}

/** Text without bold markers. */
export function inlineText(text: string): string {
  return boldRuns(text)
    .map((run) => run.text)
    .join("");
}

/** Safe HTML for Word's insertHtml and Outlook's HTML bodies: only p, b, br, ul, ol, li and table tags. */
export function answerToHtml(text: string): string {
  return answerBlocks(text)
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return `<p>${block.lines.map(inlineHtml).join("<br>")}</p>`;
        case "heading":
          return `<p><b>${inlineHtml(block.text)}</b></p>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : "";
          return `<${tag}${start}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("")}</${tag}>`;
        }
        case "table": {
          const [header = [], ...body] = block.rows;
          const head = `<tr>${header.map((cell) => `<th>${inlineHtml(cell)}</th>`).join("")}</tr>`;
          const rows = body.map(
            (row) => `<tr>${row.map((cell) => `<td>${inlineHtml(cell)}</td>`).join("")}</tr>`,
          );
          return `<table border="1">${head}${rows.join("")}</table>`;
        }
      }
    })
    .join("");
}

/**
 * Plain text for plain-text mail bodies and the clipboard: bold markers and "#" dropped, lists kept as
 * "- " / "1. " lines, tables as tab-separated lines (they paste into Excel as cells).
 */
export function answerToPlainText(text: string): string {
  return answerBlocks(text)
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return block.lines.map(inlineText).join("\n");
        case "heading":
          return inlineText(block.text);
        case "list":
          return block.items
            .map((item, i) => `${block.ordered ? `${block.start + i}.` : "-"} ${inlineText(item)}`)
            .join("\n");
        case "table":
          return block.rows.map((row) => row.map(inlineText).join("\t")).join("\n");
      }
    })
    .join("\n\n");
}
