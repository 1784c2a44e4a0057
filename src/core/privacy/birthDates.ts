import type { PersonalDataFinding } from "./findings";

/**
 * Dates of birth: a date is personal data here only when a birth cue comes right before it
 * ("né le", "née le", "né(e) le", "date de naissance", "DDN", "born on", "date of birth", "DOB").
 * Plain dates (meetings, deadlines) are not findings.
 *
 * Works on accent-folded lowercase text of the same length. The cue regex is a list of literals with
 * bounded gaps; the date search after each cue looks at most `CUE_REACH` characters ahead and never
 * re-reads a position, so the whole scan stays linear.
 */

// A cue starts the text or follows a non-alphanumeric character (consumed: no lookbehind, which
// Office on Mac lacks); only the cue's end is used.
const BIRTH_CUE =
  /(?:^|[^a-z0-9])(?:nee?(?: ?\(e\))?[  ]{1,3}le|date[  ]{1,3}de[  ]{1,3}naissance|date[  ]{1,3}of[  ]{1,3}birth|birth[  ]?date|born[  ]{1,3}on|ddn|dob|d\.o\.b\.?)(?![a-z0-9])/g;

/** How far after a cue the date may start ("Date de naissance de l'assuré : 12/03/1985"). */
const CUE_REACH = 40;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ["janvier", 1],
  ["janv", 1],
  ["january", 1],
  ["jan", 1],
  ["fevrier", 2],
  ["fevr", 2],
  ["fev", 2],
  ["february", 2],
  ["feb", 2],
  ["mars", 3],
  ["march", 3],
  ["mar", 3],
  ["avril", 4],
  ["avr", 4],
  ["april", 4],
  ["apr", 4],
  ["mai", 5],
  ["may", 5],
  ["juin", 6],
  ["june", 6],
  ["jun", 6],
  ["juillet", 7],
  ["juil", 7],
  ["july", 7],
  ["jul", 7],
  ["aout", 8],
  ["august", 8],
  ["aug", 8],
  ["septembre", 9],
  ["sept", 9],
  ["september", 9],
  ["sep", 9],
  ["octobre", 10],
  ["oct", 10],
  ["october", 10],
  ["novembre", 11],
  ["nov", 11],
  ["november", 11],
  ["decembre", 12],
  ["dec", 12],
  ["december", 12],
]);

// Anchored with the sticky flag: each is tried at one position only, and none has nested quantifiers.
const NUMERIC_DATE = /(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![0-9])/y;
const DAY_MONTH_YEAR = /(\d{1,2})(?:er|st|nd|rd|th)?[  ]{1,2}([a-z]{3,9})\.?[  ]{1,2}(\d{4})(?![0-9])/y;
const MONTH_DAY_YEAR = /([a-z]{3,9})\.?[  ]{1,2}(\d{1,2})(?:st|nd|rd|th)?,?[  ]{1,2}(\d{4})(?![0-9])/y;

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Length of a date starting at `pos` in folded text, or 0. */
function dateLengthAt(folded: string, pos: number): number {
  NUMERIC_DATE.lastIndex = pos;
  let m = NUMERIC_DATE.exec(folded);
  if (m) {
    const [whole, a = "", , b = "", c = ""] = m;
    if (a.length === 4 && c.length <= 2) {
      if (validDay(Number(c), Number(b))) return whole.length; // 1985-03-12
    } else if (a.length <= 2 && c.length !== 3) {
      // Day first in French; month first is accepted too (English "DOB 03/12/1985").
      if (validDay(Number(a), Number(b)) || validDay(Number(b), Number(a))) return whole.length;
    }
    return 0;
  }
  DAY_MONTH_YEAR.lastIndex = pos;
  m = DAY_MONTH_YEAR.exec(folded);
  if (m && validDay(Number(m[1]), MONTHS.get(m[2] ?? "") ?? 0)) return m[0].length;
  MONTH_DAY_YEAR.lastIndex = pos;
  m = MONTH_DAY_YEAR.exec(folded);
  if (m && validDay(Number(m[2]), MONTHS.get(m[1] ?? "") ?? 0)) return m[0].length;
  return 0;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** Appends DATE_OF_BIRTH findings (the date only, not the cue) for accent-folded `folded`. */
export function detectBirthDates(folded: string, out: PersonalDataFinding[]): void {
  let searchedUntil = 0;
  BIRTH_CUE.lastIndex = 0;
  for (let cue = BIRTH_CUE.exec(folded); cue; cue = BIRTH_CUE.exec(folded)) {
    const cueEnd = cue.index + cue[0].length;
    const reach = Math.min(folded.length, cueEnd + CUE_REACH);
    let pos = Math.max(cueEnd, searchedUntil);
    for (; pos < reach; pos++) {
      const code = folded.charCodeAt(pos);
      if (code === 0x0a || code === 0x0d) break; // the date sits on the cue's line
      if (!isAlnum(code) || (pos > 0 && isAlnum(folded.charCodeAt(pos - 1)))) continue;
      const length = dateLengthAt(folded, pos);
      if (length > 0) {
        out.push({ type: "DATE_OF_BIRTH", start: pos, end: pos + length });
        pos += length;
        BIRTH_CUE.lastIndex = Math.max(BIRTH_CUE.lastIndex, pos);
        break;
      }
    }
    // Whether a date starts at a position does not depend on the cue: positions are tried once.
    searchedUntil = Math.max(searchedUntil, pos);
  }
}
