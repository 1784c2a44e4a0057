import type { PersonalDataFinding } from "./findings";

/**
 * Member and contract numbers, which carry no check digit: a number is one when a cue introduces it
 * (« n° d’adhérent 0045 1234 », « numéro de contrat : CT-2024-118734 », "member ID 123456789",
 * "policy no. AB123456"). The value must hold at least five digits, or letters and at least four
 * digits, so "le contrat 2024" stays a year. Works on accent-folded lower-case text; each cue is
 * followed by a bounded, anchored read, so the scan is linear.
 */

const NUMBER_WORD = "(?:n ?°|no\\.?|nº|num\\.?|numero|number|#|id|ref\\.?|reference)";
const MEMBER_CUE = `(?:(?:${NUMBER_WORD}[ ]{0,2}(?:d'|de |du |d’)?[ ]{0,2})?(?:adherente?|societaire|assuree?|membre|affilie|matricule|member(?:ship)?|policyholder|insured)(?:[ ]{1,2}(?:${NUMBER_WORD}|id))?)`;
const CONTRACT_CUE = `(?:(?:${NUMBER_WORD}[ ]{0,2}(?:de |du |d')?[ ]{0,2})?(?:contrat|police|contract|policy)(?:[ ]{1,2}(?:${NUMBER_WORD}))?)`;

const CUES = new RegExp(`(?<![a-z0-9])(?:(${MEMBER_CUE})|(${CONTRACT_CUE}))(?![a-z])`, "g");
// After the cue: an optional "n°"/":"/"#", then the value.
const VALUE = new RegExp(
  `[ ]{0,2}(?:${NUMBER_WORD})?[ ]{0,2}:?[ ]{0,2}([a-z0-9](?:[a-z0-9]|[-/. ](?=[a-z0-9])){3,29})(?![a-z0-9])`,
  "y",
);

/** A date after the cue is the member's birth or a deadline, not their number. */
const DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

function countDigits(value: string): number {
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** Trims a value read too far ("0045 1234 du 12"): keeps groups while they look like one number. */
function valueLength(value: string): number {
  const groups = value.split(" ");
  let length = (groups[0] as string).length;
  for (let g = 1; g < groups.length; g++) {
    const group = groups[g] as string;
    // Spaced groups are digits ("0045 1234 5678"); a word after the number is not part of it.
    if (!/^\d{2,}$/.test(group)) break;
    length += 1 + group.length;
  }
  return length;
}

/** Appends MEMBER_NUMBER and CONTRACT_NUMBER findings; `folded` is accent-folded lower case. */
export function detectAccountNumbers(folded: string, out: PersonalDataFinding[]): void {
  CUES.lastIndex = 0;
  for (let cue = CUES.exec(folded); cue; cue = CUES.exec(folded)) {
    const cueEnd = cue.index + cue[0].length;
    VALUE.lastIndex = cueEnd;
    const value = VALUE.exec(folded);
    if (!value) continue;
    const raw = value[1] as string;
    const length = valueLength(raw);
    const number = raw.slice(0, length);
    const digits = countDigits(number);
    const hasLetters = /[a-z]/.test(number);
    if (digits < 4 || (!hasLetters && digits < 5) || DATE.test(number)) continue;
    const start = VALUE.lastIndex - raw.length;
    out.push({
      type: cue[1] !== undefined ? "MEMBER_NUMBER" : "CONTRACT_NUMBER",
      start,
      end: start + length,
    });
    CUES.lastIndex = start + length;
  }
}
