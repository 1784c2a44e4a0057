import healthData from "../../../content/privacy/health-terms.json";
import type { PersonalDataFinding } from "./findings";

/**
 * Health vocabulary (GDPR art. 9 special category) in French and English, kept as data in
 * `content/privacy/health-terms.json` with its sources: conditions, treatments, acts of care and
 * specialties. Matching is on whole words, accent- and case-insensitive; each word may take a plural
 * or feminine ending (-s, -x, -e, -es); hyphens, apostrophes and spaces between words are
 * interchangeable ("burn-out" = "burn out"). Terms are indexed by their first word, so each word of the
 * text costs one map lookup and the scan is linear.
 */
export const HEALTH_TERMS: readonly string[] = [
  ...Object.values(healthData.fr).flat(),
  ...healthData.en.terms,
];

/** Acronyms that are also ordinary words in lower case ("aids", "ald"): matched in capitals only. */
export const HEALTH_ACRONYMS: readonly string[] = healthData.acronyms;

interface TermEntry {
  words: string[];
  /** Exact capitalised spelling required, for acronyms. */
  acronym?: string;
}

function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function splitWords(term: string): string[] {
  return foldWord(term)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Entries indexed by their first word, so each word in the text costs one map lookup. */
const BY_FIRST_WORD: ReadonlyMap<string, TermEntry[]> = (() => {
  const index = new Map<string, TermEntry[]>();
  const add = (entry: TermEntry) => {
    const first = entry.words[0] as string;
    const list = index.get(first) ?? [];
    list.push(entry);
    // Longest phrases first, so "affection de longue durée" wins over a shorter entry.
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(first, list);
  };
  for (const term of HEALTH_TERMS) add({ words: splitWords(term) });
  for (const acronym of HEALTH_ACRONYMS) add({ words: [acronym.toLowerCase()], acronym });
  return index;
})();

/**
 * The first three letters of every term's first word: a word of five letters or more that starts
 * otherwise is passed over without being cut out of the text (most words are not health terms).
 */
const prefixKey = (text: string, at: number) =>
  text.charCodeAt(at) * 0x100000000 + text.charCodeAt(at + 1) * 0x10000 + text.charCodeAt(at + 2);
const FIRST_PREFIXES: ReadonlySet<number> = new Set(
  [...BY_FIRST_WORD.keys()].filter((w) => w.length >= 3).map((w) => prefixKey(w, 0)),
);
/** Shorter words are looked up whole: one of their stems may be a first word of one or two letters. */
const PREFIX_FROM = 5;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x1fff);
}

/** Characters that may join the words of one term: one or two of space, hyphen, apostrophe. */
function isJoiner(code: number): boolean {
  return (
    code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2d || code === 0x27 || code === 0x2019
  );
}

/** Inflections a term's word may take: plural -s/-x, feminine -e, feminine plural -es. */
const ENDINGS = ["s", "x", "e", "es"];

function wordMatches(word: string, expected: string): boolean {
  if (word === expected) return true;
  const extra = word.length - expected.length;
  if (extra < 1 || extra > 2 || !word.startsWith(expected)) return false;
  return ENDINGS.includes(word.slice(expected.length));
}

/** Words of the text that may be an inflected form of `stem` ("dialysées" → "dialyse", "dialysee"). */
function stems(word: string): string[] {
  const out = [word];
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x73 || last === 0x78 || last === 0x65) out.push(word.slice(0, -1));
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  return out;
}

/** Insurance words after which a health term names a cover, not someone's health (« garantie hospitalisation »). */
const PRODUCT_WORDS = new Set([
  "garantie",
  "garanties",
  "forfait",
  "option",
  "formule",
  "offre",
  "pack",
  "module",
  "plafond",
  "poste",
  "cover",
  "benefit",
  "plan",
]);

/** The word just before `start` (one or two spaces away) is a product word. */
function namesProduct(folded: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 2 && folded.charCodeAt(end - 1) === 0x20) end--;
  if (end === start) return false;
  let begin = end;
  while (begin > 0 && end - begin < 12 && isWordCode(folded.charCodeAt(begin - 1))) begin--;
  return PRODUCT_WORDS.has(folded.slice(begin, end));
}

/**
 * Appends HEALTH_TERM findings. `folded` is the accent-folded lowercase text (same length as
 * `original`, which is needed to check acronyms are written in capitals).
 */
export function detectHealthTerms(original: string, folded: string, out: PersonalDataFinding[]): void {
  const n = folded.length;
  const wordEnd = (from: number) => {
    let end = from;
    while (end < n && isWordCode(folded.charCodeAt(end))) end++;
    return end;
  };
  /** Start of the word that follows `end` as part of the same term (1–2 joiners between), or -1. */
  const nextJoinedWord = (end: number) => {
    let p = end;
    while (p < n && p - end < 2 && isJoiner(folded.charCodeAt(p))) p++;
    return p > end && p < n && isWordCode(folded.charCodeAt(p)) && !isDigitCode(folded.charCodeAt(p))
      ? p
      : -1;
  };
  /** End of `entry` matched from the word [start, end), or -1. */
  const matchEntry = (entry: TermEntry, start: number, end: number, word: string) => {
    if (entry.acronym !== undefined) return original.slice(start, end) === entry.acronym ? end : -1;
    if (!wordMatches(word, entry.words[0] as string)) return -1;
    let last = end;
    for (let w = 1; w < entry.words.length; w++) {
      const next = nextJoinedWord(last);
      if (next < 0) return -1;
      const nextEnd = wordEnd(next);
      if (!wordMatches(folded.slice(next, nextEnd), entry.words[w] as string)) return -1;
      last = nextEnd;
    }
    return last;
  };

  // Words are read as the scan goes (no word list is built), so memory stays flat on long texts.
  for (let i = 0; i < n;) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(start);
    i = end;
    // No term starts with a digit.
    if (isDigitCode(folded.charCodeAt(start))) continue;
    if (end - start >= PREFIX_FROM && !FIRST_PREFIXES.has(prefixKey(folded, start))) continue;
    const word = folded.slice(start, end);
    let matched = -1;
    for (const stem of stems(word)) {
      for (const entry of BY_FIRST_WORD.get(stem) ?? []) {
        const matchEnd = matchEntry(entry, start, end, word);
        if (matchEnd > matched) matched = matchEnd;
      }
    }
    if (matched > 0) {
      if (!namesProduct(folded, start)) out.push({ type: "HEALTH_TERM", start, end: matched });
      i = matched;
    }
  }
}
