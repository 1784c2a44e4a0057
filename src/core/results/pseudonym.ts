import type { Lang } from "../types";

/**
 * Learners appear in reports under a pseudonym that is stable within a tenant: 8 hex digits of an
 * HMAC of tenant + user (computed by the API with a per-tenant secret), shown as "7F3A-9C21".
 * 8 digits keep collisions unlikely even at 10,000 learners (about 1%), 4 would not.
 */
export function pseudonymFromDigest(hexDigest: string): string {
  const hex = hexDigest
    .replace(/[^0-9a-f]/gi, "")
    .slice(0, 8)
    .toUpperCase();
  if (hex.length < 8) throw new Error("digest too short for a pseudonym");
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

const LEARNER: Record<Lang, string> = { fr: "Apprenant", en: "Learner" };

/** What a report shows for a learner: the name when the tenant allows it, else "Apprenant 7F3A-9C21". */
export function learnerLabel(learner: { name: string | null; pseudonym: string }, lang: Lang): string {
  return learner.name ?? `${LEARNER[lang]} ${learner.pseudonym}`;
}
