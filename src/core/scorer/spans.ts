import type { Span } from "./analyze";

const SENTENCE_END = ".!?\n";
const CLAUSE_END = ",;:.!?\n";

/** The whole sentence around `span`, its final punctuation included. */
export function sentenceOf(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.includes(text[start - 1] as string)) start--;
  while (start < span.start && /\s/.test(text[start] as string)) start++;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.includes(text[end] as string)) end++;
  if (end < text.length) end++;
  return { start, end };
}

/** The clause around `span` (between commas, semicolons, colons or sentence ends), with the comma before it. */
export function clauseOf(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !CLAUSE_END.includes(text[start - 1] as string)) start--;
  if (start > 0 && ",;".includes(text[start - 1] as string)) start--;
  let end = span.end;
  while (end < text.length && !CLAUSE_END.includes(text[end] as string)) end++;
  return { start, end };
}

/** Sorted, non-overlapping union of `spans`. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * `mergeSpans(spans.map((s) => sentenceOf(text, s)))` in one pass over the text: each character is
 * scanned at most once whatever the number of spans (thousands of grader addresses in one long
 * sentence would otherwise rescan that sentence thousands of times).
 */
export function sentencesAround(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      // Inside a sentence already taken: only a span reaching its end extends it.
      if (span.end >= last.end) last.end = Math.max(last.end, sentenceEndAfter(text, span.end));
      continue;
    }
    // Never scan back past the sentences already taken: they end on a sentence boundary.
    const floor = last ? last.end : 0;
    let start = span.start;
    while (start > floor && !SENTENCE_END.includes(text[start - 1] as string)) start--;
    while (start < span.start && /\s/.test(text[start] as string)) start++;
    const end = sentenceEndAfter(text, span.end);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

function sentenceEndAfter(text: string, from: number): number {
  let end = from;
  while (end < text.length && !SENTENCE_END.includes(text[end] as string)) end++;
  return end < text.length ? end + 1 : end;
}
