import type { Lang } from "../types";
import type { PersonalDataFinding } from "./findings";
import { redactedPlaceholder } from "./placeholders";

export interface RedactOptions {
  /** Placeholder language; without it the type code is used: `[NIR]`, `[EMAIL]`, `[PAYMENT_CARD]`. */
  lang?: Lang;
}

/** Where one finding went: its span in the original text and the placeholder's span in the result. */
export interface Replacement extends PersonalDataFinding {
  redactedStart: number;
  redactedEnd: number;
}

export interface RedactionResult {
  text: string;
  replacements: Replacement[];
}

export function placeholderFor(finding: PersonalDataFinding, options: RedactOptions = {}): string {
  return redactedPlaceholder(finding.type, options.lang);
}

/**
 * Replaces each finding with a labelled placeholder and says where each one went. Findings may come
 * in any order; overlapping ones are merged into the first.
 */
export function redactWithMap(
  text: string,
  findings: readonly PersonalDataFinding[],
  options: RedactOptions = {},
): RedactionResult {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  let length = 0;
  for (const finding of sorted) {
    if (finding.start < cursor || finding.end <= finding.start) continue;
    const before = text.slice(cursor, finding.start);
    const placeholder = placeholderFor(finding, options);
    parts.push(before, placeholder);
    length += before.length;
    replacements.push({ ...finding, redactedStart: length, redactedEnd: length + placeholder.length });
    length += placeholder.length;
    cursor = finding.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), replacements };
}

/** `text` with each finding replaced by a placeholder such as `[NIR]` or `[EMAIL]`. */
export function redact(
  text: string,
  findings: readonly PersonalDataFinding[],
  options: RedactOptions = {},
): string {
  return redactWithMap(text, findings, options).text;
}
