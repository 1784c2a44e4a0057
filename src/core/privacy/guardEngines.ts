import type { RE2JS, RE2JSException } from "re2js";

/** First and last names, "|"-separated (`content/privacy/names.json`). */
export interface NameData {
  first: string;
  last: string;
  /** Surnames that are also common French or English words, "|"-separated. */
  lastCommon: string;
  /** First names that are also common French or English words in lower case, "|"-separated. */
  firstCommon: string;
  /** Chinese, Korean and Vietnamese family names in Latin letters, "|"-separated. */
  eastAsianSurnames: string;
  /** Common French and English words in lower case (Hunspell dictionaries, folded), "|"-separated. */
  commonWords: string;
}

export interface RegexEngine {
  RE2JS: typeof RE2JS;
  RE2JSException: typeof RE2JSException;
}

let names: NameData | null = null;
let regexEngine: RegexEngine | null = null;

/** Called once by `guardData.ts`. */
export function registerGuardData(data: { names: NameData; regexEngine: RegexEngine }): void {
  names = data.names;
  regexEngine = data.regexEngine;
}

const NOT_LOADED =
  "The privacy guard's data is not loaded: import detection from src/core/privacy (its index), not from its modules.";

/** The name dataset; throws rather than detect names without it. */
export function guardNames(): NameData {
  if (!names) throw new Error(NOT_LOADED);
  return names;
}

/** The linear-time regex engine for tenant patterns; throws rather than skip a check. */
export function guardRegexEngine(): RegexEngine {
  if (!regexEngine) throw new Error(NOT_LOADED);
  return regexEngine;
}
