import type { Localized } from "../types";

/** Kinds of personal data the guard recognises, from most to least sensitive. */
export const PERSONAL_DATA_TYPES = [
  "NIR",
  /** 13 digits shaped like a NIR without its key, or 15 with a wrong key: a typo is still a NIR. */
  "POSSIBLE_NIR",
  "IBAN",
  "PAYMENT_CARD",
  /** A number matching a pattern the tenant declared (member, contract, claim file); carries `label`. */
  "TENANT_IDENTIFIER",
  /** A number introduced as a member's number (« n° d’adhérent », "member ID"). */
  "MEMBER_NUMBER",
  /** A number introduced as a contract, policy or claim file number. */
  "CONTRACT_NUMBER",
  "EMAIL",
  "PHONE",
  "POSTAL_ADDRESS",
  "DATE_OF_BIRTH",
  "PERSON_NAME",
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
  /** For `TENANT_IDENTIFIER`: the label the tenant gave the pattern (« N° adhérent »). */
  label?: string;
}

/** Names of each type for people, in both product languages. */
export const PERSONAL_DATA_LABELS: Record<PersonalDataType, Localized> = {
  NIR: { fr: "numéro de sécurité sociale", en: "social security number" },
  POSSIBLE_NIR: { fr: "numéro de sécurité sociale probable", en: "likely social security number" },
  IBAN: { fr: "IBAN", en: "IBAN" },
  PAYMENT_CARD: { fr: "numéro de carte bancaire", en: "payment card number" },
  TENANT_IDENTIFIER: { fr: "identifiant interne", en: "internal identifier" },
  MEMBER_NUMBER: { fr: "numéro d’adhérent", en: "member number" },
  CONTRACT_NUMBER: { fr: "numéro de contrat ou de dossier", en: "contract or file number" },
  EMAIL: { fr: "adresse de courriel", en: "email address" },
  PHONE: { fr: "numéro de téléphone", en: "phone number" },
  POSTAL_ADDRESS: { fr: "adresse postale", en: "postal address" },
  DATE_OF_BIRTH: { fr: "date de naissance", en: "date of birth" },
  PERSON_NAME: { fr: "nom de personne", en: "person’s name" },
  HEALTH_TERM: { fr: "donnée de santé", en: "health information" },
};

/** Identifier types: a health term close to one of these ties health data to a person. */
export const IDENTIFIER_TYPES: ReadonlySet<PersonalDataType> = new Set<PersonalDataType>(
  PERSONAL_DATA_TYPES.filter((type) => type !== "HEALTH_TERM"),
);
