import { isValidLuhn, isValidNir, nirKey } from "./checksums";
import type { PersonalDataFinding } from "./findings";

/**
 * NIRs as people write them: compact or in groups (fields, threes, pairs), with single or double
 * spaces, tabs, dots or dashes — mixed too —, and the key after « clé », "key" or "/". A NIR whose key
 * is right is a `NIR`; one whose key is wrong, or that has no key (13 characters), is a `POSSIBLE_NIR`
 * when its fields still make sense (sex, month, department): a typo does not make it less personal.
 *
 * From each start ("1" or "2" at a word start) at most 15 characters of content and the separators
 * between them are read, so the scan is linear whatever the input.
 */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

const DOT = 0x2e;
const DASH = 0x2d;

/**
 * End of a separator starting at `pos` (up to three blanks, with at most one dot or dash among them),
 * or -1. `kinds` collects the punctuation seen, to tell dotted runs (versions) apart.
 */
function separatorEnd(text: string, pos: number, kinds: { dot: boolean; other: boolean }): number {
  let p = pos;
  let punctuation = 0;
  while (p - pos < 5) {
    const code = text.charCodeAt(p);
    if (isBlank(code)) {
      kinds.other = true;
    } else if ((code === DOT || code === DASH) && punctuation === 0) {
      punctuation++;
      if (code === DOT) kinds.dot = true;
      else kinds.other = true;
    } else {
      break;
    }
    p++;
  }
  return p > pos ? p : -1;
}

// The key after the 13 first characters: "/ 36", "clé 36", "clé : 36", "(clé 36)", "key: 36", "(36)".
// Also after a comma (« …084, clé 91 ») or in brackets alone (« …084 (91) »).
const KEY_AFTER_WORD =
  /[ \t\u00a0]{0,3},?[ \t\u00a0]{0,3}(?:\/[ \t\u00a0]{0,3}|\(?(?:cl[eé]|key)[ \t\u00a0]{0,2}:?[ \t\u00a0]{0,3}|\((?=\d{2}\)))(\d{2})\)?(?![0-9])/iy;

/** Sex, month and department make sense: the shape of a NIR, whatever its key. */
function plausibleBody(body: string): boolean {
  if (body[0] !== "1" && body[0] !== "2") return false;
  const month = Number(body.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const department = body.slice(5, 7).toUpperCase();
  if (department === "00") return false;
  const corsica = department === "2A" || department === "2B";
  for (let i = 0; i < body.length; i++) {
    if (corsica && (i === 5 || i === 6)) continue;
    if (!isDigit(body.charCodeAt(i))) return false;
  }
  return true;
}

interface NirMatch {
  type: "NIR" | "POSSIBLE_NIR";
  end: number;
}

/** The number goes on after `end` (a separator then a digit, or a glued letter or digit). */
function continuesAfter(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (isWordChar(code)) return true;
  const kinds = { dot: false, other: false };
  const after = separatorEnd(text, end, kinds);
  return after > 0 && isDigit(text.charCodeAt(after));
}

function matchNirAt(text: string, start: number): NirMatch | null {
  let chars = "";
  let pos = start;
  let groups = 0;
  let end13 = -1;
  const kinds = { dot: false, other: false };
  for (;;) {
    let end = pos;
    while (end < text.length && end - pos <= 15 && isAsciiAlnum(text.charCodeAt(end))) end++;
    const group = text.slice(pos, end);
    // Every group after the first (the sex digit) holds at least two characters: "1 2 3 4 …" is no NIR.
    if (groups > 0 && group.length < 2) break;
    if (chars.length + group.length > 15 || (end < text.length && isWordChar(text.charCodeAt(end)))) break;
    chars += group;
    groups++;
    if (chars.length === 13) end13 = end;
    if (chars.length === 15) {
      if (continuesAfter(text, end) && !isValidNir(chars)) return null;
      if (isValidNir(chars)) return { type: "NIR", end };
      // Fifteen digits written like a card (compact or in fours) that pass Luhn are left to the card reader.
      if (isValidLuhn(chars) && (groups === 1 || cardLike(text, start, end))) return null;
      return plausibleBody(chars.slice(0, 13)) && !onlyDots(kinds) ? { type: "POSSIBLE_NIR", end } : null;
    }
    if (chars.length > 13) break;
    if (chars.length === 13) {
      KEY_AFTER_WORD.lastIndex = end;
      const key = KEY_AFTER_WORD.exec(text);
      if (key) {
        const body = chars;
        if (!plausibleBody(body)) return null;
        const valid = Number(key[1]) === nirKey(body) && isValidNir(body + key[1]);
        return { type: valid ? "NIR" : "POSSIBLE_NIR", end: KEY_AFTER_WORD.lastIndex };
      }
    }
    const next = separatorEnd(text, end, kinds);
    if (next < 0 || !isAsciiAlnum(text.charCodeAt(next))) break;
    pos = next;
  }
  if (end13 > 0 && !continuesAfter(text, end13) && plausibleBody(chars.slice(0, 13)) && !onlyDots(kinds)) {
    return { type: "POSSIBLE_NIR", end: end13 };
  }
  return null;
}

/** Groups of four digits (the last one shorter), as card numbers are printed. */
function cardLike(text: string, start: number, end: number): boolean {
  const groups = text.slice(start, end).split(/[ \t-]+/);
  return groups.every((g, i) => (i < groups.length - 1 ? g.length === 4 : g.length >= 1 && g.length <= 4));
}

/** Groups joined by dots only are version numbers and references, not a NIR typed with a wrong key. */
function onlyDots(kinds: { dot: boolean; other: boolean }): boolean {
  return kinds.dot && !kinds.other;
}

/** A digit comes before `start` across a short separator: `start` is inside a longer number (an IBAN…). */
function continuesNumberBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 4 && (isBlank(text.charCodeAt(i)) || ".-\r\n".includes(text[i] as string)))
    i--;
  return i < start - 1 && i >= 0 && isDigit(text.charCodeAt(i));
}

/** Appends NIR and POSSIBLE_NIR findings in text order. */
export function detectNirs(text: string, out: PersonalDataFinding[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isAsciiAlnum(code)) {
      i++;
      continue;
    }
    const atBoundary = i === 0 || !isWordChar(text.charCodeAt(i - 1));
    const afterNumber = continuesNumberBefore(text, i);
    if (atBoundary && (code === 49 || code === 50)) {
      const match = matchNirAt(text, i);
      // A valid key speaks for itself; a possible NIR must not be the tail of a longer number.
      if (match && (match.type === "NIR" || !afterNumber)) {
        out.push({ type: match.type, start: i, end: match.end });
        i = match.end;
        continue;
      }
    }
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
  }
}
