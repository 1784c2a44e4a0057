import { foldAccents } from "../text/normalize";
import { detectAccountNumbers } from "./accountNumbers";
import { detectAddresses } from "./addresses";
import { detectBirthDates } from "./birthDates";
import { detectEmails } from "./email";
import { PERSONAL_DATA_TYPES, type PersonalDataFinding, type PersonalDataType } from "./findings";
import { detectHealthTerms } from "./healthTerms";
import { detectNames } from "./names";
import { detectNirs } from "./nir";
import { normalizeForDetection, toOriginalSpan } from "./normalize";
import { detectNumberedIdentifiers } from "./numbers";
import { detectTenantIdentifiers, type TenantIdentifierDeclaration } from "./tenantIdentifiers";

const RANK: Record<PersonalDataType, number> = Object.fromEntries(
  PERSONAL_DATA_TYPES.map((type, index) => [type, index]),
) as Record<PersonalDataType, number>;

export interface DetectOptions {
  /** The tenant's own identifiers (member, contract, claim file numbers), validated when declared. */
  tenantIdentifiers?: readonly Pick<TenantIdentifierDeclaration, "label" | "pattern" | "caseInsensitive">[];
  /** People the context names (Outlook sender and recipients): found wherever their names appear. */
  knownNames?: readonly string[];
}

/**
 * Finds personal data in `text`: findings sorted by `start`, never overlapping, with spans in `text`
 * as given. Invisible characters (zero-width, soft hyphen), odd spaces and full-width forms are
 * normalised first, so "0６ 12…" or a NIR with zero-width spaces is found all the same. When two
 * detectors claim overlapping text (a phone number inside an e-mail address), the more sensitive
 * type is kept. Linear in the length of the text.
 */
export function detectPersonalData(text: string, options: DetectOptions = {}): PersonalDataFinding[] {
  const normalized = normalizeForDetection(text);
  const clean = normalized.text;
  const found: PersonalDataFinding[] = [];
  detectNirs(clean, found);
  detectNumberedIdentifiers(clean, found);
  if (options.tenantIdentifiers && options.tenantIdentifiers.length > 0) {
    detectTenantIdentifiers(clean, options.tenantIdentifiers, found);
  }
  detectEmails(clean, found);
  const folded = foldAccents(clean);
  detectAccountNumbers(folded, found);
  detectAddresses(clean, found);
  detectBirthDates(folded, found);
  detectNames(clean, folded, found, { knownNames: options.knownNames });
  detectHealthTerms(clean, folded, found);

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
  if (!normalized.origins) return kept;
  return kept.map((finding) => {
    const [start, end] = toOriginalSpan(normalized, finding.start, finding.end);
    return { ...finding, start, end };
  });
}
