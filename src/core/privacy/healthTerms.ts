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
 * One word (accent-folded, lower case) that is by itself a health term, not an acronym: « kiné »,
 * "chemo". A first name that is also one (« Kiné ») names care, not a person, unless a cue says so.
 */
export function isHealthWord(folded: string): boolean {
  return !!BY_FIRST_WORD.get(folded)?.some((entry) => entry.words.length === 1 && !entry.acronym);
}

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

/**
 * Conditions the vocabulary does not list, recognised by their form: the suffixes medicine builds
 * names of diseases with (French -ite, -ose, -pathie, -émie, -algie, -ome, -plégie; English -itis, -osis,
 * -pathy, -emia, -algia, -oma, -plegia) and the adjectives that name people by them (« leucémique »,
 * "arthritic", "psychotic"). Ordinary words with the same endings (« limite », « propose », « académie »,
 * "website", "diploma", "empathy") are kept out by a short list and a minimum length.
 */
const CONDITION_SUFFIXES: readonly (readonly [suffix: string, minLength: number])[] = [
  ["ose", 7],
  ["oses", 8],
  ["pathie", 8],
  ["pathies", 9],
  ["pathe", 8],
  ["émie", 6],
  ["émies", 7],
  ["émique", 8],
  ["algie", 8],
  ["algies", 9],
  ["ome", 7],
  ["omes", 8],
  ["plégie", 9],
  ["plégique", 10],
  ["otique", 9],
  ["ectomie", 9],
  ["iasis", 7],
  ["stomie", 6],
  ["ectomy", 8],
  ["ostomy", 6],
  ["itique", 9],
  ["itis", 6],
  ["osis", 7],
  ["pathy", 7],
  ["pathic", 8],
  ["emia", 6],
  ["aemia", 7],
  ["emic", 7],
  ["algia", 7],
  ["oma", 6],
  ["omas", 7],
  ["plegia", 8],
  ["plegic", 8],
  ["otic", 8],
  ["itic", 8],
];

/** Ordinary words that end like a condition (accents kept, singular). */
const NOT_CONDITIONS = new Set(
  (
    "limite visite revisite parasite termite granite marmite guérite dynamite explicite implicite illicite " +
    "sollicite facilite réhabilite débite crédite précipite médite irrite agite hypocrite anthracite graphite " +
    "satellite marguerite transite favorite inscrite proscrite prescrite décrite interdite prédite subite " +
    "nécessite hérite délimite acquitte émérite démérite gravite palpite milite incite suscite ressuscite " +
    "récite exploite réussite faillite conduite poursuite ensuite gratuite petite écrite maudite insolite " +
    "météorite dolomite lignite website onsite offsite composite opposite definite infinite requisite " +
    "prerequisite exquisite appetite expedite reunite erudite contrite rewrite favourite " +
    "propose suppose expose impose dispose repose compose oppose arrose grandiose virtuose overdose morose " +
    "interpose superpose transpose décompose recompose indispose juxtapose présuppose prédispose entrepose " +
    "dépose explose implose apothéose métamorphose osmose cellulose glucose lactose fructose saccharose " +
    "symbiose hypnose diagnose ecchymose " +
    "sympathie empathie antipathie télépathie homéopathie ostéopathie naturopathie ostéopathe naturopathe " +
    "homéopathe sympathy empathy apathy antipathy telepathy homeopathy osteopathy naturopathy " +
    "telepathic empathic homeopathic osteopathic naturopathic " +
    "académie académique polémique épidémie pandémie endémie épidémique pandémique systémique academia " +
    "academic polemic epidemic pandemic systemic endemic " +
    "nostalgie nostalgia " +
    "autonome économe agronome métronome gastronome astronome ergonome idiome axiome majordome palindrome " +
    "hippodrome aérodrome vélodrome autodrome diplome binome chromosome " +
    "diploma aroma oklahoma " +
    "exotique patriotique chaotique robotique érotique despotique hypnotique narcotique antibiotique " +
    "politique critique analytique pratique éthique statistique informatique automatique " +
    "exotic patriotic chaotic robotic erotic despotic hypnotic idiotic narcotic antibiotic " +
    "politic critic analytic arthritic semitic underwrite despite cohabite purpose verbose hypnosis symbiosis " +
    "metamorphosis osmosis apotheosis"
  ).split(" "),
);
/** Person adjectives that do name a condition, kept although a common word shares their ending. */
const CONDITION_ADJECTIVES = new Set(["neurotic", "arthritic", "névrotique", "arthritique"]);

/**
 * Inflammations (-ite) by the roots medicine uses: « -ite » alone also ends verbs (« limite ») and, typed
 * without accents, every noun in -ité (« priorite », « qualite », « activite »).
 */
const ITE_ENDINGS = (
  "rthrite phrite strite ngite nchite usite atite stite ardite oïdite oidite ébite ebite iculite éphalite " +
  "ephalite ndinite hinite rtérite rterite ntérite nterite scularite onctivite myélite myelite uvéite uveite " +
  "colite otite dénite denite"
).split(" ");

const formCache = new Map<string, boolean>();
const FORM_CACHE_LIMIT = 20_000;

/** A single word (lowercase, accents kept) that names a condition by its form (cached: words repeat). */
export function hasConditionForm(word: string): boolean {
  if (word.length < 5) return false;
  const cached = formCache.get(word);
  if (cached !== undefined) return cached;
  const result = conditionForm(word);
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(word, result);
  return result;
}

function conditionForm(word: string): boolean {
  if (CONDITION_ADJECTIVES.has(word)) return true;
  if (/ites?$/.test(word)) {
    const singular = word.replace(/s$/, "");
    return word.length >= 5 && ITE_ENDINGS.some((ending) => singular.endsWith(ending));
  }
  if (NOT_CONDITIONS.has(word) || NOT_CONDITIONS.has(word.replace(/s$/, ""))) return false;
  // « droite », « retraite », « conduite »: a vowel before -ite is an ordinary word.
  if (/(?:come|some|close)s?$/.test(word) || /\d/.test(word)) return false;
  for (const [suffix, minLength] of CONDITION_SUFFIXES)
    if (word.length >= minLength && word.endsWith(suffix)) return true;
  return false;
}
