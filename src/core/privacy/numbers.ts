import { IBAN_LENGTHS, isValidIban, isValidLuhn } from "./checksums";
import type { PersonalDataFinding, PersonalDataType } from "./findings";

/**
 * Identifiers written as numbers (IBAN, payment card, French phone) in one left-to-right pass; NIRs,
 * which people write in many more ways, have their own reader (`nir.ts`).
 *
 * The text is read as groups of ASCII letters/digits joined by a single space, dot or dash
 * ("1 85 05 2A 006 084 36", "FR76 3000 …", "06.12.34.56.78"). At each group start we read a bounded
 * chain of groups (at most 34 characters of content) and test candidate prefixes of that chain with
 * the check digits; a match consumes its characters, otherwise we move to the next group. Every read is
 * bounded, so the pass is linear in the text length whatever the input.
 */

// Character classes on UTF-16 code units. Kept in this module: they run for every character and
// calls across module boundaries go through binding getters once compiled to CommonJS.
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letters and digits, including accented Latin letters, so "é1234" is not read as a number start. */
function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7);
}

/** Space, no-break space and narrow no-break space all count as one kind of separator. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

/** Characters allowed between the groups of a written number: one space, dot or dash. */
function separatorKind(code: number): number {
  if (isSpace(code)) return 0x20;
  if (code === 0x2e || code === 0x2d) return code;
  return -1;
}

const PLUS = 0x2b;
const MAX_DIGIT_CHAIN = 19; // longest card; phones are shorter
const MAX_IBAN_CHAIN = 34;

/** Groups read from a start position; `cum[k]` is the content length of groups 0..k. */
interface Chain {
  starts: number[];
  ends: number[];
  /** Separator kind between group k and k+1. */
  seps: number[];
  cum: number[];
  /** Concatenated content of the groups. */
  chars: string;
}

/** Bit masks of the content positions where a separator may fall, per kind of identifier. */
const ANY_BOUNDARY = -1;
// Groups of four, American Express 4-6-5 and Diners 4-6-4.
const CARD_BOUNDARIES = (1 << 4) | (1 << 8) | (1 << 12) | (1 << 16) | (1 << 10);

/**
 * Reads groups from `start` while their content fits in `maxLen` and each separator falls where
 * `boundaries` allows, so runs like "1 1 1 1 …" stop after a few groups.
 */
function readChain(
  text: string,
  start: number,
  maxLen: number,
  boundaries = ANY_BOUNDARY,
  looseSeparators = false,
): Chain {
  const chain: Chain = { starts: [], ends: [], seps: [], cum: [], chars: "" };
  const n = text.length;
  let pos = start;
  for (;;) {
    const boundary = chain.chars.length;
    if (
      boundary > 0 &&
      boundaries !== ANY_BOUNDARY &&
      (boundary >= 32 || ((boundaries >>> boundary) & 1) === 0)
    ) {
      break;
    }
    const room = maxLen - chain.chars.length;
    let end = pos;
    while (end < n && end - pos <= room && isAsciiAlnum(text.charCodeAt(end))) end++;
    // A group longer than the room left, or glued to an accented letter, cannot be part of a candidate.
    if (end - pos > room || (end < n && isWordChar(text.charCodeAt(end)))) break;
    // Digits before "/" belong to a date or an expiry ("… 1111 12/27"), not to the number before them.
    if (pos > start && text.charCodeAt(end) === 0x2f && isDigit(text.charCodeAt(end + 1))) break;
    chain.starts.push(pos);
    chain.ends.push(end);
    chain.chars += text.slice(pos, end);
    chain.cum.push(chain.chars.length);
    if (end + 1 >= n || chain.chars.length >= maxLen) break;
    const next = looseSeparators ? looseSeparatorEnd(text, end) : end + 1;
    const kind = looseSeparators ? (next > end ? 0x20 : -1) : separatorKind(text.charCodeAt(end));
    if (kind < 0 || !isAsciiAlnum(text.charCodeAt(next))) break;
    chain.seps.push(kind);
    pos = next;
  }
  return chain;
}

/**
 * End of a separator between IBAN groups as people paste them: up to three spaces, tabs or dashes,
 * with at most one line break ("FR76 3000 6000\n0112 …", "FR76-3000-…", "FR76  3000"). The mod-97
 * check keeps this looseness from finding IBANs that are not there.
 */
function looseSeparatorEnd(text: string, from: number): number {
  let p = from;
  let lineBreaks = 0;
  while (p - from < 4) {
    const code = text.charCodeAt(p);
    if (code === 0x0a) {
      if (++lineBreaks > 1) break;
    } else if (!(isSpace(code) || code === 0x09 || code === 0x2d || code === 0x0d)) {
      break;
    }
    p++;
  }
  return p;
}

/** Groups 0..k-1 use one kind of separator, counted from group `from`. */
function sameSeparators(chain: Chain, groupCount: number, from = 0): boolean {
  const first = chain.seps[from];
  for (let j = from + 1; j < groupCount - 1; j++) if (chain.seps[j] !== first) return false;
  return true;
}

function groupLength(chain: Chain, k: number): number {
  return (chain.ends[k] as number) - (chain.starts[k] as number);
}

function allDigits(chars: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (!isDigit(chars.charCodeAt(i))) return false;
  return true;
}

/** Groups of four with a shorter last group, or the whole number in one group. */
function groupedByFour(chain: Chain, groupCount: number): boolean {
  if (groupCount === 1) return true;
  for (let k = 0; k < groupCount - 1; k++) if (groupLength(chain, k) !== 4) return false;
  const last = groupLength(chain, groupCount - 1);
  return last >= 1 && last <= 4;
}

function cardGrouping(chain: Chain, groupCount: number): boolean {
  if (groupedByFour(chain, groupCount)) return true;
  // American Express 4-6-5 and Diners 4-6-4.
  if (groupCount !== 3 || groupLength(chain, 0) !== 4 || groupLength(chain, 1) !== 6) return false;
  const last = groupLength(chain, 2);
  return last === 5 || last === 4;
}

function matchCard(chain: Chain): number {
  // Card numbers vary in length, so the number is the longest run of groups laid out like a card
  // ("4111 1111 1111 1111 12" is one 18-digit number, not a card plus 12); only that run is checked.
  for (let k = chain.cum.length; k >= 1; k--) {
    const length = chain.cum[k - 1] as number;
    if (length > 19) continue;
    if (k > 1 && chain.seps[0] === 0x2e) continue; // dotted groups are not how cards are written
    const digits = chain.chars.slice(0, length);
    if (!allDigits(digits, length) || !sameSeparators(chain, k) || !cardGrouping(chain, k)) continue;
    return length >= 13 && isValidLuhn(digits) ? (chain.ends[k - 1] as number) : -1;
  }
  return -1;
}

function matchIban(chain: Chain, lowerCase: boolean): number {
  const country = chain.chars.slice(0, 2).toUpperCase();
  const expected = IBAN_LENGTHS[country];
  if (lowerCase && expected === undefined) return -1;
  for (let k = chain.cum.length; k >= 1; k--) {
    const length = chain.cum[k - 1] as number;
    if (expected !== undefined ? length !== expected : length < 15 || length > 34) continue;
    if (k > 1 && chain.seps[0] !== 0x20) continue;
    if (sameSeparators(chain, k) && groupedByFour(chain, k) && isValidIban(chain.chars.slice(0, length))) {
      return chain.ends[k - 1] as number;
    }
  }
  return -1;
}

/** National significant number: 9 digits after the country code, the first one 1–9. */
function matchPhoneDigits(
  chain: Chain,
  prefixLength: number,
  firstGroupMayBeShort: boolean,
  prefixMayStandAlone = true,
): number {
  const total = prefixLength + 9;
  for (let k = 1; k <= chain.cum.length; k++) {
    if (chain.cum[k - 1] !== total) continue;
    if (!allDigits(chain.chars, total)) return -1;
    const lead = chain.chars.charCodeAt(prefixLength);
    if (lead < 49 || lead > 57) return -1;
    // After a separated prefix ("+33 6 12 …") the separator following it may differ from the rest.
    const prefixAlone = prefixMayStandAlone && prefixLength > 0 && groupLength(chain, 0) === prefixLength;
    if (!sameSeparators(chain, k, prefixAlone ? 1 : 0)) return -1;
    for (let g = 0; g < k; g++) {
      const short = groupLength(chain, g) < 2;
      const allowed = (prefixAlone && g === 1) || (firstGroupMayBeShort && g === 0);
      if (short && !allowed) return -1;
    }
    return chain.ends[k - 1] as number;
  }
  return -1;
}

/** "+33 6 12 34 56 78", "+33612345678", "+33 (0)6 12 34 56 78"; `plus` is the index of "+". */
function matchInternationalPhone(text: string, plus: number): number {
  if (text.charCodeAt(plus + 1) !== 51 || text.charCodeAt(plus + 2) !== 51) return -1;
  let q = plus + 3;
  if (separatorKind(text.charCodeAt(q)) === 0x20) q++;
  if (text.startsWith("(0)", q)) {
    q += 3;
    if (separatorKind(text.charCodeAt(q)) >= 0) q++;
    if (!isDigit(text.charCodeAt(q))) return -1;
    const end = matchPhoneDigits(readChain(text, q, 9), 0, true);
    return end > 0 && continuesWithDigits(text, end) ? -1 : end;
  }
  const end = matchPhoneDigits(readChain(text, plus + 1, 11), 2, false);
  return end > 0 && continuesWithDigits(text, end) ? -1 : end;
}

function matchNationalPhone(text: string, chain: Chain): number {
  // The trunk "0" is written with the next digit ("06 12 …"), never alone.
  const end = chain.chars.startsWith("0033")
    ? matchPhoneDigits(chain, 4, false)
    : matchPhoneDigits(chain, 1, false, false);
  return end > 0 && continuesWithDigits(text, end) ? -1 : end;
}

/** The number goes on after `end` ("06 12 34 56 78 9"): then it is not a phone number. */
function continuesWithDigits(text: string, end: number): boolean {
  return separatorKind(text.charCodeAt(end)) >= 0 && isDigit(text.charCodeAt(end + 1));
}

interface Match {
  type: PersonalDataType;
  end: number;
}

/** `previousEnd` is where the last finding ended: a number right after it starts afresh. */
function matchAt(text: string, start: number, previousEnd: number): Match | null {
  const first = text.charCodeAt(start);
  const lower = first >= 97 && first <= 122;
  if (isUpperAscii(first) || lower) {
    // Country code in capitals, or in lower case ("fr76 …") for the countries we know the length of.
    const second = text.charCodeAt(start + 1);
    if (lower ? !(second >= 97 && second <= 122) : !isUpperAscii(second)) return null;
    if (!isDigit(text.charCodeAt(start + 2)) || !isDigit(text.charCodeAt(start + 3))) return null;
    const end = matchIban(readChain(text, start, MAX_IBAN_CHAIN, ANY_BOUNDARY, true), lower);
    return end > 0 ? { type: "IBAN", end } : null;
  }
  if (!isDigit(first)) return null;
  // Phones have no check digit and Luhn is weak (one number in ten passes): both must start where a
  // number starts, not in the middle of a longer run of groups ("version 1.85.05.78.006…").
  const continuesNumber =
    start >= 2 &&
    start - 1 !== previousEnd &&
    separatorKind(text.charCodeAt(start - 1)) >= 0 &&
    isDigit(text.charCodeAt(start - 2));
  if (first === 48) {
    // The trunk "0" is never written alone ("06 …", "0033 …").
    if (continuesNumber || !isDigit(text.charCodeAt(start + 1))) return null;
    const end = matchNationalPhone(text, readChain(text, start, MAX_DIGIT_CHAIN));
    return end > 0 ? { type: "PHONE", end } : null;
  }
  const card = first >= 50 && first <= 54 && !continuesNumber; // issuer digits 2–6
  if (!card) return null;
  const chain = readChain(text, start, MAX_DIGIT_CHAIN, CARD_BOUNDARIES);
  if (chain.cum.length === 0) return null;
  const end = matchCard(chain);
  return end > 0 ? { type: "PAYMENT_CARD", end } : null;
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** Appends IBAN, PAYMENT_CARD and PHONE findings, in text order and non-overlapping. */
export function detectNumberedIdentifiers(text: string, out: PersonalDataFinding[]): void {
  const n = text.length;
  let i = 0;
  let previousEnd = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    const atBoundary = i === 0 || !isWordChar(text.charCodeAt(i - 1));
    if (code === PLUS) {
      const end = atBoundary ? matchInternationalPhone(text, i) : -1;
      if (end > 0) {
        out.push({ type: "PHONE", start: i, end });
        i = previousEnd = end;
      } else {
        i++;
      }
      continue;
    }
    if (!isAsciiAlnum(code)) {
      i++;
      continue;
    }
    const match = atBoundary ? matchAt(text, i, previousEnd) : null;
    if (match) {
      out.push({ type: match.type, start: i, end: match.end });
      i = previousEnd = match.end;
    } else {
      i = skipWord(text, i);
    }
  }
}
