import type { Lang } from "../../core/types";

const STORAGE_KEY = "parcours.lang";

/** French for any French locale (fr-FR, fr-CA…), English otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^fr\b/i.test(locale) ? "fr" : "en";
}

/** The language the user chose with the switch, if any; it wins over Office's display language. */
export function storedLang(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): Lang | null {
  const value = storage?.getItem(STORAGE_KEY);
  return value === "fr" || value === "en" ? value : null;
}

export function storeLang(lang: Lang, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  storage?.setItem(STORAGE_KEY, lang);
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    // Storage can be blocked in some Office web frames.
    return undefined;
  }
}
