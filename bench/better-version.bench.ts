/**
 * Is the better version better? For every exercise of the built-in catalog, in French and English,
 * three weak prompts ("Summarise this.", "Write a reply.", "Analyse the table") in the exercise's host
 * and mode are scored, then their better version is scored the same way. Prints how many better
 * versions score higher than the prompt (target: all), the mean gain, and how many pass (≥ 60 with
 * the required criteria met). `npm run bench -- better-version`.
 */
import { scorePrompt } from "../src/core/scorer";
import type { ContextFeatures, Lang } from "../src/core/types";
import { loadBuiltInCatalog } from "../src/server/catalog/load";

const WEAK: Record<Lang, string[]> = {
  fr: ["Résume ça.", "Fais une réponse.", "Analyse le tableau"],
  en: ["Summarise this.", "Write a reply.", "Analyse the table"],
};

const OPEN: Record<string, Partial<ContextFeatures>> = {
  word: { host: "word", mode: "edit", kind: "report" },
  outlook: { host: "outlook", mode: "read", kind: "member_request" },
  excel: { host: "excel", mode: "edit", kind: "table_of_figures", hasTable: true, isSelection: true },
};

async function main(): Promise<void> {
  const catalog = await loadBuiltInCatalog();
  let total = 0;
  let better = 0;
  let passed = 0;
  let gain = 0;
  let unchanged = 0;
  for (const exercise of catalog.exercises) {
    const host = exercise.hosts[0]!;
    for (const lang of ["fr", "en"] as const) {
      const context = {
        lang,
        lengthBucket: "medium",
        wordCount: 200,
        hasFigures: true,
        hasDates: true,
        hasNames: false,
        hasTable: false,
        isSelection: false,
        threadDepth: 0,
        formality: "neutral",
        ...OPEN[host],
        ...(exercise.fits.modes ? { mode: exercise.fits.modes[0] } : {}),
      } as ContextFeatures;
      for (const prompt of WEAK[lang]) {
        const before = scorePrompt(prompt, { lang, exercise, context });
        if (before.fix.kind === "none") unchanged++;
        const after = scorePrompt(before.fix.text, { lang, exercise, context });
        total++;
        if (after.score > before.score) better++;
        if (after.passed) passed++;
        gain += after.score - before.score;
      }
    }
  }
  console.log(`weak prompts: ${total} (${catalog.exercises.length} exercises × 2 languages × 3 prompts)`);
  console.log(`better version scores higher: ${better} of ${total} (target: all)`);
  console.log(`mean gain: +${(gain / total).toFixed(1)} points`);
  console.log(`better version passes: ${passed} of ${total} (${((100 * passed) / total).toFixed(0)} %)`);
  console.log(`"nothing to change" on a weak prompt: ${unchanged}`);
}

void main();
