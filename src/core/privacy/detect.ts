import { foldAccents } from "../text/normalize";
import { detectBirthDates } from "./birthDates";
import { detectEmails } from "./email";
import { PERSONAL_DATA_TYPES, type PersonalDataFinding, type PersonalDataType } from "./findings";
import { detectHealthTerms } from "./healthTerms";
import { detectNumberedIdentifiers } from "./numbers";

const RANK: Record<PersonalDataType, number> = Object.fromEntries(
  PERSONAL_DATA_TYPES.map((type, index) => [type, index]),
) as Record<PersonalDataType, number>;

/**
 * Finds personal data in `text`: findings sorted by `start`, never overlapping. When two detectors
 * claim overlapping text (a phone number inside an e-mail address), the more sensitive type is kept.
 * Linear in the length of the text.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  detectNumberedIdentifiers(text, found);
  detectEmails(text, found);
  const folded = foldAccents(text);
  detectBirthDates(folded, found);
  detectHealthTerms(text, folded, found);

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (!last || finding.start >= last.end) {
      kept.push(finding);
    } else if (RANK[finding.type] < RANK[last.type]) {
      // `finding` starts at or after `last`, so it cannot overlap anything kept before `last`.
      kept[kept.length - 1] = finding;
    }
  }
  return kept;
}
