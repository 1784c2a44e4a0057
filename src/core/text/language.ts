import type { Lang } from "../types";
import { words } from "./normalize";

/** Frequent function words; a text's language is the one whose list it uses most. */
export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    "le la les un une des du de d l au aux et ou mais donc car ni que qui quoi dont ou est sont etre avoir ai as a avons avez ont ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle nous vous ils elles on en dans sur sous avec sans pour par pas ne plus tres bien aussi comme si tout tous toute toutes afin chez entre vers apres avant depuis lors merci bonjour madame monsieur redige resume ecris fais peux pouvez veuillez selon cela ceci".split(
      " ",
    ),
  ),
  en: new Set(
    "the a an and or but so of to in on at for with without by from as is are was were be been being have has had do does did this that these those my your his her its our their i you he she we they it not no more very well also like if all any each please thank hello dear write summarize summarise draft make can could would should will into about than then there which who what when where how".split(
      " ",
    ),
  ),
};

export interface LanguageGuess {
  lang: Lang;
  /** 0–1: how clearly one language dominates (0 when no evidence). */
  confidence: number;
  /** Both languages are substantially present. */
  mixed: boolean;
  counts: Record<Lang, number>;
}

/** Detects French or English from function words; `fallback` when there is no evidence. */
export function detectLanguage(text: string, fallback: Lang = "fr"): LanguageGuess {
  const counts: Record<Lang, number> = { fr: 0, en: 0 };
  for (const w of words(text)) {
    if (STOPWORDS.fr.has(w)) counts.fr++;
    if (STOPWORDS.en.has(w)) counts.en++;
  }
  const total = counts.fr + counts.en;
  if (total === 0) return { lang: fallback, confidence: 0, mixed: false, counts };
  const lang: Lang = counts.fr === counts.en ? fallback : counts.fr > counts.en ? "fr" : "en";
  const minority = Math.min(counts.fr, counts.en);
  return {
    lang,
    confidence: Math.abs(counts.fr - counts.en) / total,
    mixed: total >= 6 && minority / total >= 0.3,
    counts,
  };
}
