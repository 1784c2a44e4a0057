import type { Lang } from "../../core/types";
import type { Messages } from "./en";

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

const loaded = new Map<Lang, Promise<Messages>>();

/**
 * One language's texts, fetched once: the pane ships only the language it opens in before its first
 * suggestion; the other arrives when the browser is idle or when the user switches. A failed fetch is
 * not kept, so asking again retries.
 */
export function loadMessages(lang: Lang): Promise<Messages> {
  let pending = loaded.get(lang);
  if (!pending) {
    pending = (
      lang === "fr"
        ? import(/* webpackChunkName: "i18n-fr" */ "./fr").then((m) => m.fr)
        : import(/* webpackChunkName: "i18n-en" */ "./en").then((m) => m.en)
    ).catch((err: unknown) => {
      loaded.delete(lang);
      throw err;
    });
    loaded.set(lang, pending);
  }
  return pending;
}
