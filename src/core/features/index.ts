import { detectLanguage } from "../text/language";
import { foldAccents, words } from "../text/normalize";
import type { ContextFeatures, HostContext, HostTable, Lang, LengthBucket, TextKind } from "../types";
import {
  COMPLAINT_STRONG,
  COMPLAINT_WEAK,
  FORMAL,
  INFORMAL,
  LETTER,
  MEETING_NOTES,
  MEMBER_REQUEST,
  NAME_AFTER_HONORIFIC,
  NAME_IN_SENTENCE,
  POLICY,
  REPORT,
} from "./cues";

/**
 * Context features: what kind of thing the user has open, computed locally from a HostContext.
 * Pure, linear in the text size, FR + EN cues. The result carries no document text, so it may be
 * sent to the API to ask for a recommendation.
 */

export interface FeatureOptions {
  /** Language assumed when the text gives no evidence (French first). */
  fallbackLang?: Lang;
}

/** Word-count limits of the length buckets (a typical email is "medium"). */
export const LENGTH_LIMITS = { short: 60, medium: 400 } as const;

export function computeFeatures(context: HostContext, options: FeatureOptions = {}): ContextFeatures {
  const tableText = context.tables.map(tableToText).join("\n");
  const body = context.text.trim() !== "" ? context.text : tableText;
  const wordCount = words(body).length;
  const folded = foldAccents(body);
  const hasTable = context.tables.some(isRealTable) || looksLikeTextTable(body);
  const numericShare = context.meta.numericShare ?? tablesNumericShare(context.tables);
  const hasFigures = numericShare >= 0.3 || hasFiguresInText(body);
  const threadDepth = countThreadDepth(body, context.meta.hasQuotedHistory === true);

  return {
    host: context.host,
    mode: context.mode,
    lang: detectLanguage(`${context.title}\n${body}`, options.fallbackLang ?? "fr").lang,
    lengthBucket: lengthBucket(wordCount),
    wordCount,
    kind: detectKind({
      body,
      folded,
      tableText,
      hasTable,
      numericShare,
      wordCount,
      host: context.host,
    }),
    hasFigures,
    hasDates: hasDates(folded),
    hasNames: NAME_AFTER_HONORIFIC.test(body) || NAME_IN_SENTENCE.test(body),
    hasTable,
    isSelection: context.isSelection,
    threadDepth,
    formality: formality(folded),
  };
}

export function lengthBucket(wordCount: number): LengthBucket {
  if (wordCount === 0) return "empty";
  if (wordCount < LENGTH_LIMITS.short) return "short";
  if (wordCount < LENGTH_LIMITS.medium) return "medium";
  return "long";
}

function tableToText(table: HostTable): string {
  return table.rows.map((row) => row.join("\t")).join("\n");
}

function isRealTable(table: HostTable): boolean {
  return table.rows.length >= 2 && table.rows.some((row) => row.filter((c) => c.trim() !== "").length >= 2);
}

/** Pasted tables: at least two lines with two or more tab or pipe separators. */
function looksLikeTextTable(text: string): boolean {
  let lines = 0;
  for (const line of text.split("\n")) {
    if ((line.match(/\t|\|/g)?.length ?? 0) >= 2) lines++;
    if (lines >= 2) return true;
  }
  return false;
}

const NUMERIC_CELL = /^[-+(]?\d[\d \u00a0\u202f]*(?:[.,]\d+)?\s?(?:%|€|\$|k€|m€|eur)?\)?$/i;

/** Share of numeric cells among non-empty data cells (header rows excluded). */
function tablesNumericShare(tables: HostTable[]): number {
  let filled = 0;
  let numeric = 0;
  for (const table of tables) {
    const rows = table.hasHeader ? table.rows.slice(1) : table.rows;
    for (const row of rows) {
      for (const cell of row) {
        const value = cell.trim();
        if (value === "") continue;
        filled++;
        if (value.length <= 40 && NUMERIC_CELL.test(value)) numeric++;
      }
    }
  }
  return filled === 0 ? 0 : numeric / filled;
}

// A digit right before the unit (one space allowed): no unbounded run, so linear on any input.
const AMOUNT = /\d[ \u00a0\u202f]?(?:%|€|\$|£|k€|m€|euros?\b|eur\b)|[€$£][ \u00a0]?\d/i;
// A number that starts the text or follows a separator (consumed: no lookbehind in pane code).
const NUMBER = /(?:^|[^\w/.-])\d+(?:[.,]\d+)?(?![\w/])/g;

/** An amount or percentage, or at least three standalone numbers. */
function hasFiguresInText(text: string): boolean {
  if (AMOUNT.test(text)) return true;
  let n = 0;
  NUMBER.lastIndex = 0;
  while (NUMBER.exec(text) !== null) if (++n >= 3) return true;
  return false;
}

const MONTHS =
  "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const DATE_PATTERNS = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  new RegExp(`\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MONTHS})\\b`),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{4}\\b`),
];

function hasDates(folded: string): boolean {
  return DATE_PATTERNS.some((pattern) => pattern.test(folded));
}

const FROM_LINE = /^[ \t>]*(?:de|from)\s?:\s*\S/gim;
const SEPARATOR =
  /^[ \t>]*-{3,}\s*(?:original message|message d'origine|message original|forwarded message|message transfere)/gim;
const WROTE_LINE = /^[ \t>]*(?:le\s.{3,120}\sa\s(?:écrit|ecrit)|on\s.{3,120}\swrote)\s?:/gim;

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** Earlier messages quoted below the current one: header blocks, "… a écrit :" lines, or ">" depth. */
function countThreadDepth(text: string, hasQuotedHistory: boolean): number {
  const headers = Math.max(countMatches(FROM_LINE, text), countMatches(SEPARATOR, text));
  let depth = headers + countMatches(WROTE_LINE, text);
  if (depth === 0) {
    for (const line of text.split("\n")) {
      const quote = /^(?:>\s?)+/.exec(line);
      if (quote) depth = Math.max(depth, (quote[0].match(/>/g) ?? []).length);
    }
  }
  return hasQuotedHistory ? Math.max(depth, 1) : depth;
}

function formality(folded: string): ContextFeatures["formality"] {
  const formal = FORMAL.count(folded);
  const informal = INFORMAL.count(folded);
  if (informal > 0 && informal >= formal) return "informal";
  if (formal >= 2 && formal > 2 * informal) return "formal";
  return "neutral";
}

interface KindInput {
  body: string;
  folded: string;
  tableText: string;
  hasTable: boolean;
  numericShare: number;
  wordCount: number;
  host: HostContext["host"];
}

/** Cue scores decide between kinds; ties go to the earlier kind in this list. */
const KIND_PRIORITY = ["complaint", "member_request", "meeting_notes", "policy", "report", "letter"] as const;

function detectKind(input: KindInput): TextKind {
  const { folded, hasTable, numericShare, wordCount, tableText } = input;
  if (hasTable && numericShare >= 0.3) {
    // A table of figures when the table is the main content, not a figure inside a long report.
    const tableWords = words(tableText).length;
    if (input.host === "excel" || tableWords === 0 || tableWords >= wordCount * 0.5)
      return "table_of_figures";
  }

  const scores: Record<(typeof KIND_PRIORITY)[number], number> = {
    complaint: 2 * COMPLAINT_STRONG.count(folded) + COMPLAINT_WEAK.count(folded),
    member_request: MEMBER_REQUEST.count(folded),
    meeting_notes: MEETING_NOTES.count(folded),
    policy: POLICY.count(folded),
    report: REPORT.count(folded),
    letter: LETTER.count(folded),
  };
  // A complaint is also a request and often a letter: once it qualifies, it wins over those two.
  const complaint = scores.complaint >= 3;
  let best: TextKind | null = complaint ? "complaint" : null;
  let bestScore = complaint ? scores.complaint : 1;
  for (const kind of KIND_PRIORITY) {
    if (kind === "complaint") continue;
    if (complaint && (kind === "member_request" || kind === "letter")) continue;
    if (scores[kind] > bestScore) {
      best = kind;
      bestScore = scores[kind];
    }
  }
  if (best) return best;
  if (isList(input.body)) return "list";
  if (hasTable && input.host === "excel") return "list";
  return "general";
}

const LIST_ITEM = /^\s*(?:[-*•–·]|\d{1,3}[.)]|[a-z][.)])\s+\S/i;

function isList(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 3) return false;
  return lines.filter((line) => LIST_ITEM.test(line)).length / lines.length >= 0.6;
}
