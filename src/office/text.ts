/** Text helpers shared by the host adapters. */

export const DEFAULT_MAX_CHARS = 20_000;

export interface ReadContextOptions {
  /** Upper bound on `HostContext.text` (default 20 000 characters). */
  maxChars?: number;
}

export function resolveMaxChars(options: ReadContextOptions | undefined): number {
  const max = options?.maxChars;
  return typeof max === "number" && Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_MAX_CHARS;
}

/**
 * Cuts `text` to at most `maxChars`, at a word boundary when one is close, never inside a surrogate pair.
 */
export function boundText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(" ", end);
  const newline = text.lastIndexOf("\n", end);
  const boundary = Math.max(space, newline);
  if (boundary > end * 0.9) end = boundary;
  return { text: text.slice(0, end).trimEnd(), truncated: true };
}

/**
 * Word uses \r between paragraphs, \v for manual line breaks and \u0007 for table cell ends; Outlook may
 * return \r\n. Everything becomes \n, non-breaking spaces become spaces, and long blank runs collapse.
 */
export function normalizeHostText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\v/g, "\n")
    .replaceAll("\u0007", "\t")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A short single-line title from the first non-empty line of a text. */
export function firstLine(text: string, maxLength = 80): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const trimmed = line.trim().replace(/\s+/g, " ");
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1).trimEnd()}…` : trimmed;
}
