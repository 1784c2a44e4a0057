import { fitPasses, scorePrompt } from "../scorer";
import { analyze, type Analysis } from "../scorer/analyze";
import { assessTaskFit } from "../scorer/task";
import { LANGS } from "../types";
import type { Exercise } from "./schema";

/** One problem with an exercise's task definition, located by exercise id. */
export interface TaskDefinitionIssue {
  id: string;
  message: string;
}

/** At most this share of the examples of other skills or deliverables may fit an exercise's task. */
export const MAX_FOREIGN_FIT = 0.1;

/**
 * Checks each exercise's task definition against the catalog's examples: its own example (FR and EN)
 * must fit it, and the examples of exercises of another skill or another deliverable must not (at
 * most MAX_FOREIGN_FIT of them may). `checked` are the exercises to report on; `pool` is every
 * exercise whose examples are tried (a tenant's exercises are compared with the built-in ones).
 */
export function checkTaskDefinitions(
  checked: readonly Exercise[],
  pool: readonly Exercise[] = checked,
): TaskDefinitionIssue[] {
  const issues: TaskDefinitionIssue[] = [];
  // Each example is read once (its analysis and stems do not depend on the exercise), then fitted to
  // every task: the check stays fast on large catalogs.
  const analyses = new Map<string, Analysis>();
  const analysisOf = (exercise: Exercise, lang: (typeof LANGS)[number]): Analysis => {
    const key = `${exercise.id}\u0000${lang}`;
    let a = analyses.get(key);
    if (!a) analyses.set(key, (a = analyze(exercise.example[lang])));
    return a;
  };
  for (const exercise of checked) {
    const task = exercise.taskDefinition;
    if (!task) continue;
    for (const lang of LANGS) {
      const fit = scorePrompt(exercise.example[lang], { lang, exercise }).taskFit;
      if (fit && !fit.passes) {
        issues.push({
          id: exercise.id,
          message: `its ${lang} example does not fit it: ${reason(fit, lang)}`,
        });
      }
    }
    // Benchmarks are broad on purpose (one per host) and never practised: they do not count here.
    const foreign = pool.filter(
      (other) =>
        other.id !== exercise.id &&
        !other.benchmark &&
        (other.skill !== exercise.skill ||
          (other.taskDefinition !== undefined &&
            !other.taskDefinition.deliverable.some((kind) => task.deliverable.includes(kind)))),
    );
    const fitting: string[] = [];
    for (const other of foreign)
      for (const lang of LANGS)
        if (fitPasses(assessTaskFit(analysisOf(other, lang), task))) fitting.push(`${other.id} (${lang})`);
    const runs = foreign.length * LANGS.length;
    if (runs > 0 && fitting.length / runs > MAX_FOREIGN_FIT) {
      issues.push({
        id: exercise.id,
        message:
          `${fitting.length} of ${runs} examples of other skills or deliverables fit it (at most ` +
          `${Math.round(MAX_FOREIGN_FIT * 100)}%): ${fitting.slice(0, 5).join(", ")}` +
          `${fitting.length > 5 ? ", …" : ""}; name what sets this task apart in mustName or mustNot`,
      });
    }
  }
  return issues;
}

function reason(fit: NonNullable<ReturnType<typeof scorePrompt>["taskFit"]>, lang: "fr" | "en"): string {
  if (!fit.deliverable)
    return fit.otherDeliverable
      ? `it asks for ${fit.otherDeliverable[lang]}`
      : "it names none of the deliverables";
  if (fit.otherMaterial) return "it works on another kind of material";
  if (fit.violated.length > 0)
    return `it asks for what mustNot rules out (${fit.violated.map((t) => t[lang]).join(", ")})`;
  return `it names too few of mustName (missing: ${fit.missing.map((t) => t[lang]).join(", ")})`;
}
