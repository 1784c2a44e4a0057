import { foldAccents } from "../text/normalize";
import type { PersonalDataFinding } from "./findings";

/**
 * Postal addresses: a house number, a street type and the street's name (« 12 rue des Lilas »,
 * « 3 bis, avenue Jean Jaurès », "221B Baker Street"), then, on the same or the next line, an optional
 * postcode and town (« 69003 Lyon », « 75008 Paris Cedex 08 ») or a French postcode and town alone
 * after a street. Every quantifier is bounded and each match starts at a house number, so the scan is
 * linear.
 */

const FR_STREET_TYPES = [
  "rue",
  "avenue",
  "av",
  "boulevard",
  "bd",
  "bld",
  "place",
  "pl",
  "allée",
  "allee",
  "impasse",
  "imp",
  "chemin",
  "ch",
  "route",
  "rte",
  "quai",
  "cours",
  "square",
  "passage",
  "lotissement",
  "résidence",
  "residence",
  "chaussée",
  "faubourg",
  "fg",
  "voie",
  "sentier",
  "rond-point",
  "esplanade",
  "promenade",
  "hameau",
  "lieu-dit",
  "parvis",
  "villa",
  "cité",
  "cite",
  "montée",
  "traverse",
  "ruelle",
];
const EN_STREET_TYPES = [
  "street",
  "st",
  "road",
  "rd",
  "avenue",
  "ave",
  "lane",
  "ln",
  "drive",
  "dr",
  "close",
  "way",
  "court",
  "ct",
  "place",
  "square",
  "terrace",
  "crescent",
  "gardens",
  "grove",
  "boulevard",
  "blvd",
];

/** Longest first; each word in lower case or with a capital ("[Rr]ue"), since the patterns are case-sensitive. */
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join("|");

// A street name word: a particle in lower case, or a capitalised or numbered word.
const STREET_WORD =
  "(?:[ \\u00a0'’-]{1,2}(?:de|du|des|la|le|les|l|d|sur|sous|en|aux?|et|saint|sainte|st|ste|\\p{Lu}[\\p{L}'’.-]{0,30}|\\d{1,4}(?:e|er|ème)?)(?![\\p{L}\\d]))";
const POSTCODE_TOWN =
  "(?:,?[ \\u00a0]{0,2}(?:\\r?\\n[ \\t]{0,8})?(?:F-)?\\d{5}[ \\u00a0]{1,2}\\p{Lu}[\\p{L}'’-]{0,30}(?:[ \\u00a0-]\\p{L}[\\p{L}'’-]{0,30}){0,3}(?:[ \\u00a0]{1,2}\\d{1,2}(?!\\d))?)";

const FRENCH = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,4}(?:[ \\u00a0]?(?:bis|ter|quater|[ABCabc])(?![\\p{L}]))?,?[ \\u00a0]{1,2}(?:${alternation(
    FR_STREET_TYPES,
  )})\\.?(?![\\p{L}])${STREET_WORD}{1,8}${POSTCODE_TOWN}?`,
  "gu",
);
const ENGLISH = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,4}[A-Za-z]?,?(?:[ \\u00a0]\\p{Lu}[\\p{L}'’-]{0,30}){1,4}[ \\u00a0](?:${alternation(
    EN_STREET_TYPES,
  )})\\.?(?![\\p{L}])(?:,[ \\u00a0]\\p{Lu}[\\p{L}-]{1,30}(?![\\p{L}\\d])(?:[ \\u00a0]\\p{Lu}[\\p{L}-]{1,30}(?![\\p{L}\\d])){0,2})?(?:,?[ \\u00a0][A-Z]{1,2}\\d[A-Z\\d]?[ \\u00a0]\\d[A-Z]{2})?`,
  "gu",
);

const TRAILING_WORD = /[ \u00a0'’-](?:de|du|des|la|le|les|l|d|sur|sous|en|au|aux|et|\d{1,4}(?:e|er|ème)?)$/u;

const SENTENCE_END = /\p{L}{4}\.[ \u00a0]{1,2}\p{Lu}/u;

/** The match without trailing separators, particles and bare numbers (a Cedex number stays). */
function trimAddress(match: string): string {
  // A sentence ends after a word of four letters or more (« rue des Lilas. Notre agence… »); a dot after
  // a shorter word is an abbreviation (« av. Victor Hugo », "St. Mary").
  const stop = SENTENCE_END.exec(match);
  let value = stop ? match.slice(0, stop.index + stop[0].indexOf(".")) : match;
  for (;;) {
    value = value.replace(/[ \u00a0,.'’-]+$/u, "");
    const tail = TRAILING_WORD.exec(value);
    if (!tail || /cedex$/i.test(value.slice(0, tail.index))) return value;
    value = value.slice(0, tail.index);
  }
}

/**
 * Words saying the address is a service's own, public one: an office, a branch, a meeting place
 * (« nos bureaux », « notre agence », « siège », « rendez-vous au », "our office", "venue").
 */
const SERVICE_CUE =
  /(?:^|[^a-z])(?:agences?|bureaux|locaux|siege|accueil|rendez-vous|reunion|formation|seminaire|atelier|salle|permanence|centre de gestion|offices?|branch|headquarters|hq|meeting|training|workshop|venue|reception)(?![a-z])/;
/**
 * Words saying the address is a person's: a home, a member, a move (« domicile », « habite »,
 * « son adresse », « chez », « adhérent », "lives at", "her address", "member").
 */
const PERSON_CUE =
  /(?:^|[^a-z])(?:domicil\w*|demeurant|habit\w*|resid\w*|chez|demenag\w*|(?:son|sa|mon|ma|votre|leur|nouvelle) (?:nouvelle )?adresse|adresse (?:perso|privee)\w*|adherent\w*|assure\w*|beneficiaire\w*|patient\w*|m|mme|mlle|monsieur|madame|lives?|living|home|(?:his|her|their|your|my|new|private) address|member|policyholder|moved?|mr|mrs|ms|miss|dr)(?![a-z])/;

/** The sentence around a match, at most `reach` characters each side, accent-folded in lower case. */
function sentenceAround(text: string, start: number, end: number, reach: number): [string, string] {
  let from = start;
  while (from > 0 && start - from < reach && !".!?\n;".includes(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !".!?\n;".includes(text[to] as string)) to++;
  return [foldAccents(text.slice(from, start)).toLowerCase(), foldAccents(text.slice(end, to)).toLowerCase()];
}

/**
 * A service's public address, said so in its sentence (« Rendez-vous au 12 rue Jean Jaurès, salle
 * Marie Curie », "our office at 5 Baker Street"), and nothing there points to a person's home: not
 * personal data. A member's address (« domicile : … », "she lives at …") and an address with no cue
 * stay masked.
 */
function serviceAddress(text: string, start: number, end: number): boolean {
  const [before, after] = sentenceAround(text, start, end, 80);
  return SERVICE_CUE.test(before) && !PERSON_CUE.test(before) && !PERSON_CUE.test(after);
}

/** Appends POSTAL_ADDRESS findings. */
export function detectAddresses(text: string, out: PersonalDataFinding[]): void {
  for (const pattern of [FRENCH, ENGLISH]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // A street name does not end on a particle, a bare number or a separator ("5 place Bellecour le 3 mars").
      const end = m.index + trimAddress(m[0]).length;
      if (serviceAddress(text, m.index, end)) continue;
      out.push({ type: "POSTAL_ADDRESS", start: m.index, end });
    }
  }
}
