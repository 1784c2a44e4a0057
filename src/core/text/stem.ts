import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en";
import StemmerFr from "@nlpjs/lang-fr/src/stemmer-fr";
import type { Lang } from "../types";
import { foldAccents } from "./normalize";

/**
 * Snowball stems (the French and English algorithms, from NLP.js), folded afterwards so that "résumé",
 * "résumez", "resumer" and "Résumer" meet on one key. Stemming runs on every keystroke in the pane, so
 * stems are cached; the cache is bounded (the library's own cache grows without limit).
 */
const stemmers: Record<Lang, SnowballStemmer> = { fr: new StemmerFr(), en: new StemmerEn() };
const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
const CACHE_LIMIT = 20_000;

/** The folded Snowball stem of one lowercase word in `lang`. */
export function stem(word: string, lang: Lang): string {
  const cache = caches[lang];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stemmer = stemmers[lang];
  stemmer.setCurrent(word);
  stemmer.innerStem();
  const result = foldAccents(stemmer.getCurrent());
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
