import { detectPersonalData } from "./detect";
import type { PersonalDataType } from "./findings";

/** What the guard refuses in text colleagues and pilot leads will read: personal data, or a person named. */
export type SharedTextFinding = PersonalDataType | "PERSON_NAME";

/**
 * A courtesy title followed by a capitalised word: « Mme Martin », « M. Dupont », "Dr Smith".
 * One bounded pass, no nested quantifiers, so linear on any input.
 */
const TITLED_NAME =
  /(?:^|[^\p{L}])(?:M\.|MM\.|Mme|Mmes|Mlle|Madame|Monsieur|Mademoiselle|Docteur|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)\s{1,3}\p{Lu}[\p{Ll}'’-]{1,40}/u;

/**
 * The kinds of personal data in a text meant to be stored and shown to colleagues (use cases,
 * comments): identifiers, contact details, dates of birth, health terms, and people named with a
 * courtesy title. Empty when the text may be stored. Never returns the matched values.
 */
export function personalDataInSharedText(text: string): SharedTextFinding[] {
  const types = new Set<SharedTextFinding>(detectPersonalData(text).map((f) => f.type));
  if (TITLED_NAME.test(text)) types.add("PERSON_NAME");
  return [...types];
}
