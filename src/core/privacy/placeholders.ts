import type { Lang, Localized } from "../types";
import type { PersonalDataType } from "./findings";

interface PlaceholderWords {
  /** Numbered, and undone in the pane after the answer: `[PERSONNE_1]` → « Claire Fontaine ». */
  pseudonym: Localized;
  /** Replaces a value for good, unnumbered (`[DATE DE NAISSANCE]`); the pseudonym's word when absent. */
  redacted?: Localized;
}

const words = (fr: string, en: string): Localized => ({ fr, en });

/**
 * The one table of the words that stand for personal data in what is sent to a model, per type, in
 * both product languages. Pseudonymisation, redaction, the recognition of placeholders already in a
 * text, the model's instructions and the pane's examples all read it. Types that share a pseudonym
 * word share a numbered series (a possible NIR is numbered with the NIRs).
 */
export const PLACEHOLDERS: Record<PersonalDataType, PlaceholderWords> = {
  NIR: { pseudonym: words("NIR", "NIR") },
  POSSIBLE_NIR: { pseudonym: words("NIR", "NIR") },
  IBAN: { pseudonym: words("IBAN", "IBAN") },
  PAYMENT_CARD: { pseudonym: words("CARTE", "CARD"), redacted: words("CARTE BANCAIRE", "CARD NUMBER") },
  TENANT_IDENTIFIER: { pseudonym: words("IDENTIFIANT", "IDENTIFIER") },
  MEMBER_NUMBER: { pseudonym: words("ADHÉRENT", "MEMBER") },
  CONTRACT_NUMBER: { pseudonym: words("CONTRAT", "CONTRACT") },
  EMAIL: { pseudonym: words("E-MAIL", "EMAIL") },
  PHONE: { pseudonym: words("TÉLÉPHONE", "PHONE") },
  POSTAL_ADDRESS: { pseudonym: words("ADRESSE", "ADDRESS") },
  DATE_OF_BIRTH: {
    pseudonym: words("DATE_NAISSANCE", "BIRTH_DATE"),
    redacted: words("DATE DE NAISSANCE", "DATE OF BIRTH"),
  },
  PERSON_NAME: { pseudonym: words("PERSONNE", "PERSON") },
  HEALTH_TERM: { pseudonym: words("SANTÉ", "HEALTH") },
};

/** The words of a type's pseudonym series; a type this version does not know is its own word. */
export function pseudonymWords(type: string): Localized {
  return (PLACEHOLDERS as Partial<Record<string, PlaceholderWords>>)[type]?.pseudonym ?? words(type, type);
}

/** `[PERSONNE_1]`: the `n`th value of a pseudonym series. */
export function numberedPlaceholder(word: string, n: number): string {
  return `[${word}_${n}]`;
}

/** The first pseudonym of a type in a language, as an example: `[PERSONNE_1]`, `[PHONE_1]`. */
export function examplePlaceholder(type: PersonalDataType, lang: Lang): string {
  return numberedPlaceholder(PLACEHOLDERS[type].pseudonym[lang], 1);
}

/** What redaction writes for a type: its word in `lang`, or without a language the type code (`[EMAIL]`). */
export function redactedPlaceholder(type: PersonalDataType, lang?: Lang): string {
  const entry = PLACEHOLDERS[type];
  return `[${lang ? (entry.redacted ?? entry.pseudonym)[lang] : type}]`;
}

/** Every word a placeholder of ours may carry: pseudonym and redaction words, both languages, type codes. */
export const PLACEHOLDER_WORDS: readonly string[] = Object.entries(PLACEHOLDERS).flatMap(
  ([type, { pseudonym, redacted }]) => [
    type,
    pseudonym.fr,
    pseudonym.en,
    ...(redacted ? [redacted.fr, redacted.en] : []),
  ],
);
