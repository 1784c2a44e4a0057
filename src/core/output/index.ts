import type { Exercise, OutputCheck } from "../catalog/schema";
import { detectLanguage } from "../text/language";
import { foldAccents, words } from "../text/normalize";
import type { Localized } from "../types";

export interface OutputCheckResult {
  check: OutputCheck;
  /** What the check asks, for the learner: « 3 puces au plus », « mentionne le délai ». */
  label: Localized;
  passed: boolean;
  /** What was measured, for the learner: "87 mots (120 au plus)". */
  detail: Localized;
}

export interface OutputReport {
  checks: OutputCheckResult[];
  /** Every check passed (true when the exercise has none). */
  passed: boolean;
}

/** Evaluates an exercise's checks on the model's answer. Pure and linear in the answer's length. */
export function checkOutput(output: string, exercise: Pick<Exercise, "checks">): OutputReport {
  const checks = (exercise.checks ?? []).map((check) => evaluate(output, check));
  return { checks, passed: checks.every((c) => c.passed) };
}

/** What a check asks of the answer, in a few words: « 3 puces au plus », "mentions the deadline". */
export function checkLabel(check: OutputCheck): Localized {
  switch (check.type) {
    case "maxWords":
      return { fr: `${check.value} mots au plus`, en: `${check.value} words at most` };
    case "minWords":
      return { fr: `${check.value} mots au moins`, en: `${check.value} words at least` };
    case "bullets": {
      const min = check.min ?? 1;
      const unit = (n: number) => ({ fr: n > 1 ? "puces" : "puce", en: n > 1 ? "bullets" : "bullet" });
      if (check.max === undefined)
        return { fr: `${min} ${unit(min).fr} au moins`, en: `${min} ${unit(min).en} at least` };
      if (min === check.max) return { fr: `${min} ${unit(min).fr}`, en: `${min} ${unit(min).en}` };
      if (min <= 1)
        return {
          fr: `${check.max} ${unit(check.max).fr} au plus`,
          en: `${check.max} ${unit(check.max).en} at most`,
        };
      return { fr: `${min} à ${check.max} puces`, en: `${min} to ${check.max} bullets` };
    }
    case "language":
      return check.value === "fr"
        ? { fr: "en français", en: "in French" }
        : { fr: "en anglais", en: "in English" };
    case "table":
      return { fr: "un tableau", en: "a table" };
    case "maxSentences":
      return {
        fr: `${check.value} ${check.value > 1 ? "phrases" : "phrase"} au plus`,
        en: `${check.value} ${check.value > 1 ? "sentences" : "sentence"} at most`,
      };
    case "mentions":
      return { fr: `mentionne ${check.label.fr}`, en: `mentions ${check.label.en}` };
  }
}

function evaluate(output: string, check: OutputCheck): OutputCheckResult {
  return { ...measure(output, check), label: checkLabel(check) };
}

function measure(output: string, check: OutputCheck): Omit<OutputCheckResult, "label"> {
  switch (check.type) {
    case "maxWords": {
      const n = words(output).length;
      return {
        check,
        passed: n <= check.value,
        detail: { fr: `${n} mots (${check.value} au plus)`, en: `${n} words (at most ${check.value})` },
      };
    }
    case "minWords": {
      const n = words(output).length;
      return {
        check,
        passed: n >= check.value,
        detail: { fr: `${n} mots (${check.value} au moins)`, en: `${n} words (at least ${check.value})` },
      };
    }
    case "bullets": {
      const n = countBullets(output);
      const min = check.min ?? 1;
      const max = check.max ?? Number.POSITIVE_INFINITY;
      const range = rangeText(min, check.max);
      return {
        check,
        passed: n >= min && n <= max,
        detail: { fr: `${n} puces (${range.fr})`, en: `${n} bullets (${range.en})` },
      };
    }
    case "language": {
      const guess = detectLanguage(output, check.value === "fr" ? "en" : "fr");
      const passed = guess.lang === check.value && guess.counts[check.value] > 0;
      const names = { fr: { fr: "français", en: "anglais" }, en: { fr: "French", en: "English" } };
      return {
        check,
        passed,
        detail: {
          fr: `Réponse en ${names.fr[guess.lang]} (attendu : ${names.fr[check.value]})`,
          en: `Answer in ${names.en[guess.lang]} (expected: ${names.en[check.value]})`,
        },
      };
    }
    case "table": {
      const passed = hasTable(output);
      return {
        check,
        passed,
        detail: passed
          ? { fr: "La réponse contient un tableau.", en: "The answer contains a table." }
          : { fr: "Aucun tableau dans la réponse.", en: "No table in the answer." },
      };
    }
    case "maxSentences": {
      const n = countSentences(output);
      return {
        check,
        passed: n <= check.value,
        detail: {
          fr: `${n} phrases (${check.value} au plus)`,
          en: `${n} sentences (at most ${check.value})`,
        },
      };
    }
    case "mentions": {
      const folded = foldAccents(output);
      const found = check.anyOf.find((term) => containsWord(folded, foldAccents(term)));
      return {
        check,
        passed: found !== undefined,
        detail: found
          ? {
              fr: `Mentionne ${check.label.fr} (« ${found} »)`,
              en: `Mentions ${check.label.en} (“${found}”)`,
            }
          : { fr: `Ne mentionne pas ${check.label.fr}`, en: `Does not mention ${check.label.en}` },
      };
    }
  }
}

function rangeText(min: number, max: number | undefined): Localized {
  if (max === undefined) return { fr: `${min} au moins`, en: `at least ${min}` };
  if (min === max) return { fr: `${min} attendues`, en: `${min} expected` };
  return { fr: `entre ${min} et ${max}`, en: `between ${min} and ${max}` };
}

const BULLET_LINE = /^[ \t]*(?:[-*•–▪◦·]|\d{1,3}[.)])[ \t]+\S/gm;

function countBullets(text: string): number {
  BULLET_LINE.lastIndex = 0;
  let n = 0;
  while (BULLET_LINE.exec(text) !== null) n++;
  return n;
}

/** A Markdown table (header and |---| rule), an HTML table, or two or more tab-separated rows. */
function hasTable(text: string): boolean {
  if (/<table[\s>]/i.test(text)) return true;
  const lines = text.split("\n");
  let tabbed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (
      line.includes("|") &&
      next !== undefined &&
      /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/.test(next)
    ) {
      return true;
    }
    tabbed = line.split("\t").length >= 3 ? tabbed + 1 : 0;
    if (tabbed >= 2) return true;
  }
  return false;
}

/** Sentences end at . ! ? … or at a line break (a bullet is a sentence); empty pieces do not count. */
function countSentences(text: string): number {
  let n = 0;
  for (const piece of text.split(/[.!?…]+(?=\s|$)|\n+/)) if (/[\p{L}\p{N}]/u.test(piece)) n++;
  return n;
}

function containsWord(folded: string, term: string): boolean {
  if (term.length === 0) return false;
  let from = 0;
  for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, from)) {
    const before = folded[at - 1];
    const after = folded[at + term.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
  return false;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
