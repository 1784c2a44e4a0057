import type { PersonalDataFinding } from "./findings";

/**
 * Health vocabulary (GDPR art. 9 special category) in French and English. Matching is on whole words,
 * accent- and case-insensitive, with an optional plural "s"/"x" on each word; hyphens, apostrophes and
 * spaces between words are interchangeable ("burn-out" = "burn out").
 */
export const HEALTH_TERMS: readonly string[] = [
  // French
  "diabète",
  "diabétique",
  "cancer",
  "cancéreux",
  "tumeur",
  "leucémie",
  "lymphome",
  "métastase",
  "chimiothérapie",
  "chimio",
  "radiothérapie",
  "affection de longue durée",
  "maladie chronique",
  "maladie professionnelle",
  "accident du travail",
  "grossesse",
  "enceinte",
  "fausse couche",
  "séropositif",
  "séropositive",
  "sida",
  "hépatite",
  "dépression",
  "dépressif",
  "dépressive",
  "burn-out",
  "schizophrénie",
  "schizophrène",
  "bipolaire",
  "trouble psychiatrique",
  "psychiatrie",
  "Alzheimer",
  "Parkinson",
  "sclérose en plaques",
  "épilepsie",
  "mucoviscidose",
  "myopathie",
  "handicap",
  "invalidité",
  "hospitalisation",
  "hospitalisé",
  "hospitalisée",
  "arrêt maladie",
  "arrêt de travail",
  "ordonnance",
  "dialyse",
  "infarctus",
  "insuffisance cardiaque",
  "insuffisance rénale",
  "greffe",
  "transplantation",
  "anorexie",
  "boulimie",
  "alcoolisme",
  "toxicomanie",
  "addiction",
  "obésité",
  "asthme",
  "pathologie",
  "diagnostic médical",
  "dossier médical",
  "certificat médical",
  "tentative de suicide",
  // English
  "diabetes",
  "diabetic",
  "tumour",
  "tumor",
  "leukaemia",
  "leukemia",
  "lymphoma",
  "chemotherapy",
  "radiotherapy",
  "long-term illness",
  "chronic illness",
  "chronic disease",
  "occupational disease",
  "pregnancy",
  "pregnant",
  "miscarriage",
  "hiv-positive",
  "hepatitis",
  "depression",
  "schizophrenia",
  "bipolar disorder",
  "mental illness",
  "multiple sclerosis",
  "epilepsy",
  "cystic fibrosis",
  "disability",
  "hospitalisation",
  "hospitalization",
  "hospitalised",
  "hospitalized",
  "sick leave",
  "sick note",
  "prescription",
  "dialysis",
  "heart attack",
  "heart failure",
  "kidney failure",
  "transplant",
  "anorexia",
  "bulimia",
  "alcoholism",
  "drug addiction",
  "obesity",
  "asthma",
  "medical record",
  "medical certificate",
  "diagnosis",
  "suicide attempt",
];

/** Acronyms that are also ordinary words in lower case ("aids", "ald"): matched in capitals only. */
export const HEALTH_ACRONYMS: readonly string[] = ["ALD", "VIH", "HIV", "AIDS", "IVG", "AVC"];

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

function wordMatches(word: string, expected: string): boolean {
  if (word === expected) return true;
  if (word.length !== expected.length + 1) return false;
  const last = word.charCodeAt(word.length - 1);
  return (last === 0x73 || last === 0x78) && word.startsWith(expected); // plural s / x
}

/**
 * Appends HEALTH_TERM findings. `folded` is the accent-folded lowercase text (same length as
 * `original`, which is needed to check acronyms are written in capitals).
 */
export function detectHealthTerms(original: string, folded: string, out: PersonalDataFinding[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = folded.length;
  for (let i = 0; i < n;) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(folded.charCodeAt(i))) i++;
    // No term starts with a digit; leaving numbers out keeps long runs of them cheap. A skipped
    // number still separates the words around it (the gap is no longer only joiners).
    if (isDigitCode(folded.charCodeAt(start))) continue;
    starts.push(start);
    ends.push(i);
  }
  const wordAt = (k: number) => folded.slice(starts[k], ends[k]);
  const joined = (k: number) => {
    // Words k and k+1 are adjacent in one term when only 1–2 joiner characters separate them.
    const gapStart = ends[k] as number;
    const gapEnd = starts[k + 1];
    if (gapEnd === undefined || gapEnd - gapStart > 2) return false;
    for (let p = gapStart; p < gapEnd; p++) if (!isJoiner(folded.charCodeAt(p))) return false;
    return true;
  };

  for (let k = 0; k < starts.length;) {
    const word = wordAt(k);
    const candidates = BY_FIRST_WORD.get(word) ?? BY_FIRST_WORD.get(word.slice(0, -1)) ?? [];
    let matchedWords = 0;
    for (const entry of candidates) {
      if (entry.acronym !== undefined) {
        if (original.slice(starts[k], ends[k]) === entry.acronym) matchedWords = 1;
      } else if (entry.words.length <= starts.length - k) {
        let ok = wordMatches(word, entry.words[0] as string);
        for (let w = 1; ok && w < entry.words.length; w++) {
          ok = joined(k + w - 1) && wordMatches(wordAt(k + w), entry.words[w] as string);
        }
        if (ok) matchedWords = entry.words.length;
      }
      if (matchedWords > 0) break;
    }
    if (matchedWords > 0) {
      out.push({
        type: "HEALTH_TERM",
        start: starts[k] as number,
        end: ends[k + matchedWords - 1] as number,
      });
      k += matchedWords;
    } else {
      k++;
    }
  }
}
