import type { Lang } from "../../core/types";
import type { Messages } from "./messages";

/** The few words shown before a dictionary has arrived (the first frame, or a dictionary that failed). */
export const BOOT_TEXTS: Record<Lang, { appName: string; loading: string; failed: string; retry: string }> = {
  fr: {
    appName: "Parcours",
    loading: "Chargement de Parcours…",
    failed: "Parcours n'a pas pu se charger. Vérifiez la connexion.",
    retry: "Réessayer",
  },
  en: {
    appName: "Parcours",
    loading: "Loading Parcours…",
    failed: "Parcours could not load. Check the connection.",
    retry: "Try again",
  },
};

/**
 * The dictionary handed out for each language. It starts with the first screen's texts and is completed
 * in place by the rest (`loadMessages`): the shell and Home read only the first part, and every other
 * screen's code waits for `textsComplete` before it renders, so no screen reads a text not yet there.
 */
const dictionaries = new Map<Lang, Promise<Messages>>();
const completed = new Map<Lang, Promise<Messages>>();
/** The dictionaries that have arrived, for a first frame that needs no wait. */
const arrived = new Map<Lang, Messages>();

/** The language's dictionary if it has already arrived (as `loadFirstMessages` gives it). */
export function messagesNow(lang: Lang): Messages | undefined {
  return arrived.get(lang);
}

/**
 * One language's dictionary as soon as the first screen's texts are there (the rest follows in place).
 * The pane opens with this: it ships only its language's first-screen texts before its first suggestion.
 * A failed fetch is not kept, so asking again retries.
 */
export function loadFirstMessages(lang: Lang): Promise<Messages> {
  let pending = dictionaries.get(lang);
  if (!pending) {
    pending = (
      lang === "fr"
        ? import(/* webpackChunkName: "i18n-fr" */ "./fr").then((m) => m.frFirst)
        : import(/* webpackChunkName: "i18n-en" */ "./en").then((m) => m.enFirst)
    ).then(
      // Completed in place by loadMessages; until then only the first screen reads it (see above).
      (first) => {
        const dictionary = { ...first } as Messages;
        arrived.set(lang, dictionary);
        return dictionary;
      },
      (err: unknown) => {
        dictionaries.delete(lang);
        throw err;
      },
    );
    dictionaries.set(lang, pending);
  }
  return pending;
}

/**
 * One language's texts, whole: the other language, when the user switches to it or the browser is idle.
 * A failed fetch is not kept, so asking again retries.
 */
export function loadMessages(lang: Lang): Promise<Messages> {
  let pending = completed.get(lang);
  if (!pending) {
    const later =
      lang === "fr"
        ? import(/* webpackChunkName: "i18n-fr-later" */ "./fr-later").then((m) => m.frLater)
        : import(/* webpackChunkName: "i18n-en-later" */ "./en-later").then((m) => m.enLater);
    pending = Promise.all([loadFirstMessages(lang), later]).then(
      ([dictionary, rest]) => Object.assign(dictionary, rest),
      (err: unknown) => {
        completed.delete(lang);
        throw err;
      },
    );
    completed.set(lang, pending);
  }
  return pending;
}

/**
 * Resolves once every dictionary handed out is whole: the code of every screen but Home (and of Home's
 * later parts) waits for it, fetching the rest of the texts if need be.
 */
export function textsComplete(): Promise<void> {
  return Promise.all([...dictionaries.keys()].map((lang) => loadMessages(lang))).then(() => undefined);
}
