import type { Lang, Localized } from "../types";

/** Kinds of personal data the guard recognises, from most to least sensitive. */
export const PERSONAL_DATA_TYPES = [
  "NIR",
  "IBAN",
  "PAYMENT_CARD",
  "EMAIL",
  "PHONE",
  "DATE_OF_BIRTH",
  "HEALTH_TERM",
] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/**
 * One piece of personal data found in a text: `start` and `end` are JavaScript string indices
 * (UTF-16 code units), `end` exclusive. Findings never carry the matched value.
 */
export interface PersonalDataFinding {
  type: PersonalDataType;
  start: number;
  end: number;
}

/** Names of each type for people, in both product languages. */
export const PERSONAL_DATA_LABELS: Record<PersonalDataType, Localized> = {
  NIR: { fr: "numéro de sécurité sociale", en: "social security number" },
  IBAN: { fr: "IBAN", en: "IBAN" },
  PAYMENT_CARD: { fr: "numéro de carte bancaire", en: "payment card number" },
  EMAIL: { fr: "adresse de courriel", en: "email address" },
  PHONE: { fr: "numéro de téléphone", en: "phone number" },
  DATE_OF_BIRTH: { fr: "date de naissance", en: "date of birth" },
  HEALTH_TERM: { fr: "donnée de santé", en: "health information" },
};

/** Short placeholder labels used by `redact` when a language is asked for. */
export const PLACEHOLDER_LABELS: Record<Lang, Record<PersonalDataType, string>> = {
  fr: {
    NIR: "NIR",
    IBAN: "IBAN",
    PAYMENT_CARD: "CARTE BANCAIRE",
    EMAIL: "E-MAIL",
    PHONE: "TÉLÉPHONE",
    DATE_OF_BIRTH: "DATE DE NAISSANCE",
    HEALTH_TERM: "SANTÉ",
  },
  en: {
    NIR: "NIR",
    IBAN: "IBAN",
    PAYMENT_CARD: "CARD NUMBER",
    EMAIL: "EMAIL",
    PHONE: "PHONE",
    DATE_OF_BIRTH: "DATE OF BIRTH",
    HEALTH_TERM: "HEALTH",
  },
};

/** Identifier types: a health term close to one of these ties health data to a person. */
export const IDENTIFIER_TYPES: ReadonlySet<PersonalDataType> = new Set([
  "NIR",
  "IBAN",
  "PAYMENT_CARD",
  "EMAIL",
  "PHONE",
  "DATE_OF_BIRTH",
]);
