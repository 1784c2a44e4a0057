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

/** The match without trailing separators, particles and bare numbers (a Cedex number stays). */
function trimAddress(match: string): string {
  let value = match;
  for (;;) {
    value = value.replace(/[ \u00a0,.'’-]+$/u, "");
    const tail = TRAILING_WORD.exec(value);
    if (!tail || /cedex$/i.test(value.slice(0, tail.index))) return value;
    value = value.slice(0, tail.index);
  }
}

/** Appends POSTAL_ADDRESS findings. */
export function detectAddresses(text: string, out: PersonalDataFinding[]): void {
  for (const pattern of [FRENCH, ENGLISH]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // A street name does not end on a particle, a bare number or a separator ("5 place Bellecour le 3 mars").
      const end = m.index + trimAddress(m[0]).length;
      out.push({ type: "POSTAL_ADDRESS", start: m.index, end });
    }
  }
}
