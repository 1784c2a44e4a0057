import { foldAccents } from "../text/normalize";
import type { Lang } from "../types";
import { detectPersonalData } from "./detect";
import type { PersonalDataFinding, PersonalDataType } from "./findings";
import { PLACEHOLDER_WORDS } from "./placeholders";
import { decideFindings, detectionOptions, type PrivacyField, type PrivacyPolicy } from "./policy";
import { placeholderWord, PseudonymTable } from "./pseudonymise";

/**
 * The texts of a model request, by where they sit: the learner's `prompt`, the document's `context`
 * text, its `title` (e-mail subject, document name) and its `kind` (a short label). Every one of
 * them reaches the model, so every one is screened.
 */
export const REQUEST_FIELDS = ["title", "context", "kind", "prompt"] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type RequestTexts = Partial<Record<RequestField, string>>;

/**
 * Every place of a request where personal data can sit: the fields above, and `history`, the earlier
 * turns of a conversation (a follow-up's first prompt and the model's earlier answers), each found by
 * its `turn` index.
 */
export const SCREENED_FIELDS = [...REQUEST_FIELDS, "history"] as const;
export type ScreenedField = (typeof SCREENED_FIELDS)[number];

/** One earlier turn of a conversation with the model: what the learner asked, what the model answered. */
export interface ConversationTurn {
  role: "user" | "assistant";
  content: string;
}

const FIELD_KIND: Record<RequestField, PrivacyField> = {
  prompt: "prompt",
  context: "document",
  title: "document",
  kind: "document",
};

/** Where a piece of personal data sits: the field, and string indices in the text as it was given. */
export interface FieldFinding {
  field: ScreenedField;
  /** For `history`: which earlier turn (0 is the first). */
  turn?: number;
  type: PersonalDataType;
  start: number;
  end: number;
}

/**
 * Why a finding stops a request: the type's action is block, a health term sits next to an identifier
 * sent as it is, or the policy says to pseudonymise a value that arrived unmasked (the task pane
 * masks before sending; a request that skipped it is refused).
 */
export type RequestBlockRule = "type_policy" | "health_near_identifier" | "not_pseudonymised";
export interface BlockedFieldFinding extends FieldFinding {
  rule: RequestBlockRule;
}
export interface PseudonymisedFieldFinding extends FieldFinding {
  placeholder: string;
}

export interface RequestScreening {
  /** Nothing may be sent while this is not empty. */
  blocked: BlockedFieldFinding[];
  /** Replaced by numbered placeholders recorded in `pseudonyms` (only when `pseudonymise` is on). */
  pseudonymised: PseudonymisedFieldFinding[];
  /** Replaced by type placeholders for good. */
  redacted: FieldFinding[];
  /** Sent as they are; the user is told. */
  warnings: FieldFinding[];
  /** The texts to send, masked (meaningless while `blocked` is not empty). */
  texts: RequestTexts;
  /** The earlier turns to send, masked (empty when the request has none). */
  history: ConversationTurn[];
  /** The request's placeholders and real values: stays where the screening ran. */
  pseudonyms: PseudonymTable;
}

export interface ScreenRequestOptions {
  /** Placeholder language. */
  lang: Lang;
  /**
   * true where the real values can be kept for the answer (the task pane): values to pseudonymise
   * are masked and recorded. false where they must not be (the API): they block, as `not_pseudonymised`.
   */
  pseudonymise: boolean;
  /** Finds personal data in one text (default: `detectPersonalData`). */
  detect?: (text: string, field: ScreenedField) => PersonalDataFinding[];
  /** People the context names (Outlook sender and recipients), found wherever they appear. */
  knownNames?: readonly string[];
  /**
   * The table of an earlier request of the same conversation (a follow-up turn), so a person keeps
   * their placeholder from one turn to the next; a new table otherwise.
   */
  pseudonyms?: PseudonymTable;
  /**
   * Earlier turns of the conversation. The learner's turns are read as prompts, the model's as
   * material (like the document); placeholders already in them stay as they are.
   */
  history?: readonly ConversationTurn[];
}

// Words our placeholders use, in both languages and as type codes: `[PERSONNE_1]`, `[EMAIL]`, `[NIR]`.
const KNOWN_WORDS: ReadonlySet<string> = new Set(PLACEHOLDER_WORDS.map(wordKey));

function wordKey(word: string): string {
  return foldAccents(word).replace(/[^a-z]/g, "");
}

const PLACEHOLDER = /\[\s*(\p{L}[\p{L}'’ _-]{0,40}?)[\s_-]*(\d{0,4})\s*\]/gu;

/** Spans of placeholders already in a text (a masked document sent again, the pane's own masking). */
function placeholderSpans(text: string, extra: ReadonlySet<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes("[")) return spans;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const key = wordKey(m[1] ?? "");
    if (KNOWN_WORDS.has(key) || extra.has(key)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Where a finding sits: its field (and turn, for an earlier turn of the conversation) and span. */
function findingAt(
  at: { field: ScreenedField; turn?: number },
  type: PersonalDataType,
  start: number,
  end: number,
): FieldFinding {
  return at.turn === undefined
    ? { field: at.field, type, start, end }
    : { field: at.field, turn: at.turn, type, start, end };
}

function blockedAt(
  at: { field: ScreenedField; turn?: number },
  finding: PersonalDataFinding,
  rule: BlockedFieldFinding["rule"],
): BlockedFieldFinding {
  const where = findingAt(at, finding.type, finding.start, finding.end) as BlockedFieldFinding;
  where.rule = rule;
  return where;
}

/** Drops findings inside a placeholder: `[PERSONNE_1]` is what masking leaves, not a name. */
function outsidePlaceholders(
  findings: PersonalDataFinding[],
  spans: ReadonlyArray<[number, number]>,
): PersonalDataFinding[] {
  if (spans.length === 0) return findings;
  // Both are in text order: one sweep, so a long masked document costs linear time.
  const kept: PersonalDataFinding[] = [];
  let next = 0;
  for (const f of findings) {
    while (next < spans.length && (spans[next] as [number, number])[1] <= f.start) next++;
    const span = spans[next];
    if (span && f.start >= span[0] && f.end <= span[1]) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * The display names (an e-mail's sender and recipients) that are people's names, as the detector
 * reads them after a sender label: « Claire Fontaine » is kept, « Service Prestations » is not, and
 * « Dr Anne Roux » gives « Anne Roux ». Departments and shared mailboxes are not masked everywhere.
 */
export function peopleAmong(displayNames: readonly string[]): string[] {
  const people = new Set<string>();
  for (const name of displayNames) {
    const line = `De : ${name.slice(0, 200)}`;
    for (const f of detectPersonalData(line)) {
      if (f.type === "PERSON_NAME") people.add(line.slice(f.start, f.end));
    }
  }
  return [...people];
}

/**
 * Screens every text of one model request with the tenant's policy, the same way in the task pane
 * (which masks and keeps the pseudonym table to restore the answer) and in the API (which enforces:
 * it refuses what should have been masked and was not). One pseudonym table serves all fields, so a
 * person named in the subject and the body is one placeholder.
 */
export function screenRequestTexts(
  texts: RequestTexts,
  policy: PrivacyPolicy,
  options: ScreenRequestOptions,
): RequestScreening {
  const detection = detectionOptions(policy, peopleAmong(options.knownNames ?? []));
  const detect = options.detect ?? ((text: string) => detectPersonalData(text, detection));
  // Placeholders of the tenant's own identifiers are recognised as placeholders too.
  const extra = new Set(policy.identifiers.map((i) => wordKey(placeholderWord(i.label))));
  const screening: RequestScreening = {
    blocked: [],
    pseudonymised: [],
    redacted: [],
    warnings: [],
    texts: {},
    history: [],
    pseudonyms: options.pseudonyms ?? new PseudonymTable(options.lang),
  };
  const history = options.history ?? [];
  for (const turn of history) screening.pseudonyms.reserveNumbersIn(turn.content);
  for (const field of REQUEST_FIELDS) {
    const text = texts[field];
    if (text !== undefined) screening.pseudonyms.reserveNumbersIn(text);
  }
  const screenText = (
    text: string,
    at: { field: ScreenedField; turn?: number },
    kind: PrivacyField,
  ): string => {
    const findings = outsidePlaceholders(detect(text, at.field), placeholderSpans(text, extra));
    const decisions = decideFindings(findings, policy, kind);
    const masked: Array<{ finding: PersonalDataFinding; pseudonymise: boolean }> = [];
    for (const { finding, action, rule } of decisions) {
      // Built field by field (no object spread): a long document holds tens of thousands of findings.
      if (action === "block") {
        screening.blocked.push(blockedAt(at, finding, rule ?? "type_policy"));
      } else if (action === "pseudonymise" || action === "redact") {
        // A short label cannot carry a placeholder: personal data there stops the request.
        if (at.field === "kind") screening.blocked.push(blockedAt(at, finding, "type_policy"));
        else if (action === "redact") {
          screening.redacted.push(findingAt(at, finding.type, finding.start, finding.end));
          masked.push({ finding, pseudonymise: false });
        } else if (!options.pseudonymise) {
          screening.blocked.push(blockedAt(at, finding, "not_pseudonymised"));
        } else {
          masked.push({ finding, pseudonymise: true });
        }
      } else if (action === "warn") {
        screening.warnings.push(findingAt(at, finding.type, finding.start, finding.end));
      }
    }
    if (masked.length === 0) return text;
    const result = screening.pseudonyms.maskWithMap(text, masked, { redactLang: options.lang });
    for (const span of result.spans) {
      if (span.pseudonymised) {
        const where = findingAt(at, span.type, span.start, span.end) as PseudonymisedFieldFinding;
        where.placeholder = span.placeholder;
        screening.pseudonymised.push(where);
      }
    }
    return result.text;
  };
  // One table for every turn: a person named in the first prompt and in a follow-up is one placeholder.
  screening.history = history.map((turn, i) => ({
    role: turn.role,
    content: screenText(
      turn.content,
      { field: "history", turn: i },
      turn.role === "user" ? "prompt" : "document",
    ),
  }));
  for (const field of REQUEST_FIELDS) {
    const text = texts[field];
    if (text === undefined) continue;
    screening.texts[field] = screenText(text, { field }, FIELD_KIND[field]);
  }
  return screening;
}
