/**
 * Shared domain vocabulary. `src/core` is isomorphic: no DOM, no Node built-ins, no Office.
 */

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const HOSTS = ["word", "outlook", "excel"] as const;
export type Host = (typeof HOSTS)[number];

/** Word and Excel are always "edit"; Outlook is "read" or "compose". */
export const HOST_MODES = ["edit", "read", "compose"] as const;
export type HostMode = (typeof HOST_MODES)[number];

/** Rubric criteria, in display order. `safety` is a gate (personal identifiers), not a bonus. */
export const CRITERIA = [
  "goal",
  "context",
  "source",
  "expectations",
  "audience",
  "constraints",
  "clarity",
  "safety",
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** A 0–3 score per rubric criterion. */
export type CriterionScores = Record<CriterionId, number>;

export const SKILLS = ["summarise", "draft", "analyse", "transform", "iterate", "verify"] as const;
export type Skill = (typeof SKILLS)[number];

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

/** What kind of text the user has open; computed by context features. */
export const TEXT_KINDS = [
  "member_request", // a member (adhérent) asking for something: reimbursement, card, certificate
  "complaint", // a dissatisfied member or partner
  "meeting_notes",
  "report",
  "letter",
  "policy", // contract, policy or procedure document
  "table_of_figures",
  "list",
  "general",
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export const LENGTH_BUCKETS = ["empty", "short", "medium", "long"] as const;
export type LengthBucket = (typeof LENGTH_BUCKETS)[number];

/** A text in both product languages. */
export interface Localized {
  fr: string;
  en: string;
}

/** A table read from the host: rows of cell texts; the first row is the header when `hasHeader`. */
export interface HostTable {
  address?: string;
  rows: string[][];
  hasHeader: boolean;
}

/**
 * What the task pane read from the open document, email or range.
 * `text` is bounded (see `truncated`); raw text leaves the pane only when the user runs a prompt.
 */
export interface HostContext {
  host: Host;
  mode: HostMode;
  title: string;
  text: string;
  truncated: boolean;
  isSelection: boolean;
  tables: HostTable[];
  /** Host-specific facts: paragraph count, headings, recipients, attachment names, address… */
  meta: HostContextMeta;
  /** A message for the user when the host could not be read fully (e.g. multi-area selection). */
  notice?: Localized;
  /** Stable code of `notice`, for the UI and tests. */
  noticeCode?: HostNoticeCode;
}

/** Why a HostContext carries a notice. */
export const HOST_NOTICE_CODES = ["multi_area_selection", "range_bounded"] as const;
export type HostNoticeCode = (typeof HOST_NOTICE_CODES)[number];

export interface HostContextMeta {
  paragraphCount?: number;
  headings?: string[];
  recipientCount?: number;
  /** Display names of an e-mail's sender and recipients: people the privacy guard masks wherever they appear. */
  people?: string[];
  attachmentNames?: string[];
  isReply?: boolean;
  isForward?: boolean;
  hasQuotedHistory?: boolean;
  address?: string;
  numericShare?: number;
  hasFormulas?: boolean;
  rowCount?: number;
  columnCount?: number;
}

/** Features computed locally from a HostContext (see `features/`). Pure data, safe to send to the API. */
export interface ContextFeatures {
  host: Host;
  mode: HostMode;
  lang: Lang;
  lengthBucket: LengthBucket;
  wordCount: number;
  kind: TextKind;
  hasFigures: boolean;
  hasDates: boolean;
  hasNames: boolean;
  hasTable: boolean;
  isSelection: boolean;
  /** Number of earlier messages quoted in an email thread (0 when not a thread). */
  threadDepth: number;
  formality: "formal" | "neutral" | "informal";
}
