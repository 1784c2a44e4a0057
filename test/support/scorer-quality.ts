/**
 * The labelled scorer-quality set (`test/fixtures/scorer-quality/*.jsonl`): loading, validation and
 * evaluation, shared by `npm run bench -- scorer-quality` and the Jest guards so both count the same way.
 *
 * Three kinds of item:
 * - `pair`: `better` must score strictly above `worse` (a tie is a miss);
 * - `bounds`: the prompt's result must stay within `expect` (score bounds, pass/fail, safety gate, goal);
 * - `edit`: `variant` is `prompt` after a trivial edit (case, punctuation, one synonym, one typo, sentence
 *   order); the two scores may differ by at most `expect.maxDelta` points.
 * Items that name an `exerciseId` are scored for that exercise of the built-in catalog.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Exercise } from "../../src/core/catalog/schema";
import { scorePrompt } from "../../src/core/scorer";
import { CRITERIA, LANGS, type CriterionId, type Lang } from "../../src/core/types";

export const QUALITY_DIR = path.join(__dirname, "../fixtures/scorer-quality");

export const CATEGORIES = {
  ordinary: "ordinary before/after",
  shorter: "better is shorter",
  padded: "padded",
  stuffed: "rubric-stuffed",
  contradictory: "contradictory",
  salad: "word salad",
  natural: "natural prose",
  edits: "typos and capitals",
  mixed: "mixed FR/EN",
  pasted: "pasted document + one word",
  harmful: "harmful use",
  health: "ordinary health topic",
  heldharmful: "harmful use, held out",
  heldhealth: "ordinary health, held out",
  offtask: "off-task for the exercise",
  heldharmfulb: "harmful use, held out 2",
  heldhealthb: "ordinary health, held out 2",
  heldofftask: "off-task, held out",
  heldharmfulc: "harmful use, held out 3",
  heldhealthc: "ordinary health, held out 3",
  heldharmfuld: "harmful use, held out 4",
  heldhealthd: "ordinary health, held out 4",
  heldharmfule: "harmful use, held out 5",
  heldhealthe: "ordinary health, held out 5",
  heldharmfulf: "harmful use, held out 6",
  heldhealthf: "ordinary health, held out 6",
  heldharmfulg: "harmful use, held out 7",
  heldhealthg: "ordinary health, held out 7",
  heldharmfulh: "harmful use, held out 8",
  heldhealthh: "ordinary health, held out 8",
} as const;
export type Category = keyof typeof CATEGORIES;

const CategorySchema = z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]);
const text = z.string().trim().min(1);
const base = {
  id: z.string().regex(/^[a-z]+-(?:fr|en)-[a-z]?\d{2,3}$/),
  category: CategorySchema,
  lang: z.enum(LANGS),
  exerciseId: z.string().min(1).optional(),
};

export const QualityItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...base, kind: z.literal("pair"), better: text, worse: text }),
  z.strictObject({
    ...base,
    kind: z.literal("bounds"),
    prompt: text,
    expect: z
      .strictObject({
        maxScore: z.number().int().min(0).max(100).optional(),
        minScore: z.number().int().min(0).max(100).optional(),
        passed: z.boolean().optional(),
        safety: z.enum(["pass", "fail"]).optional(),
        goalMin: z.number().int().min(0).max(3).optional(),
      })
      .refine((e) => Object.keys(e).length > 0, "expect names at least one bound"),
  }),
  z.strictObject({
    ...base,
    kind: z.literal("edit"),
    edit: z.enum(["capitals", "lowercase", "punctuation", "typo", "synonym", "order"]),
    prompt: text,
    variant: text,
    expect: z.strictObject({ maxDelta: z.number().int().min(0).max(100) }),
  }),
]);
export type QualityItem = z.infer<typeof QualityItemSchema>;

/** Every item of every file, validated; a bad line throws with its file, line and field. */
export function loadQualitySet(dir: string = QUALITY_DIR): QualityItem[] {
  const items: QualityItem[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${file}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not JSON (${(error as Error).message})`);
      }
      const parsed = QualityItemSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${where}: ${issue?.path.join(".") || "item"}: ${issue?.message}`);
      }
      if (ids.has(parsed.data.id)) throw new Error(`${where}: duplicate id ${parsed.data.id}`);
      ids.add(parsed.data.id);
      items.push(parsed.data);
    });
  }
  return items;
}

/** What a grader says about one prompt: all the evaluation reads. */
export interface Verdict {
  score: number;
  passed: boolean;
  /** The safety gate holds (criterion at 2 or more). */
  safetyPassed: boolean;
  criteria: Record<CriterionId, number>;
}

export type Grader = (prompt: string, lang: Lang, exercise?: Exercise) => Verdict;

/** The product's scorer, as the pane and the API run it. */
export const rubricGrader: Grader = (prompt, lang, exercise) => {
  const result = scorePrompt(prompt, { lang, exercise });
  const criteria = Object.fromEntries(CRITERIA.map((c) => [c, result.criteria[c].score])) as Record<
    CriterionId,
    number
  >;
  return { score: result.score, passed: result.passed, safetyPassed: criteria.safety >= 2, criteria };
};

/**
 * The length-only baseline: 100 points at 400 characters, every criterion in proportion, passes at 60,
 * never fails safety. What a scorer must beat to show it reads more than length.
 */
export const lengthGrader: Grader = (prompt) => {
  const score = Math.min(100, Math.round(prompt.trim().length / 4));
  const level = Math.round((3 * score) / 100);
  const criteria = Object.fromEntries(CRITERIA.map((c) => [c, level])) as Record<CriterionId, number>;
  return { score, passed: score >= 60, safetyPassed: true, criteria };
};

export interface ItemOutcome {
  item: QualityItem;
  ok: boolean;
  /** Why, in numbers: "better 62 ≤ worse 70", "score 55 > 49", "Δ 8 > 5". */
  detail: string;
  /** The scores behind the outcome, for aggregate figures. */
  scores: number[];
  verdicts: Verdict[];
}

export function evaluateItem(
  item: QualityItem,
  grade: Grader,
  exercises: ReadonlyMap<string, Exercise>,
): ItemOutcome {
  let exercise: Exercise | undefined;
  if (item.exerciseId !== undefined) {
    exercise = exercises.get(item.exerciseId);
    if (!exercise) throw new Error(`${item.id}: unknown exerciseId ${item.exerciseId}`);
  }
  if (item.kind === "pair") {
    const better = grade(item.better, item.lang, exercise);
    const worse = grade(item.worse, item.lang, exercise);
    const ok = better.score > worse.score;
    return {
      item,
      ok,
      detail: `better ${better.score} ${ok ? ">" : "≤"} worse ${worse.score}`,
      scores: [better.score, worse.score],
      verdicts: [better, worse],
    };
  }
  if (item.kind === "edit") {
    const a = grade(item.prompt, item.lang, exercise);
    const b = grade(item.variant, item.lang, exercise);
    const delta = Math.abs(a.score - b.score);
    const ok = delta <= item.expect.maxDelta;
    return {
      item,
      ok,
      detail: `${item.edit}: ${a.score} → ${b.score} (Δ ${delta}${ok ? "" : ` > ${item.expect.maxDelta}`})`,
      scores: [a.score, b.score],
      verdicts: [a, b],
    };
  }
  const v = grade(item.prompt, item.lang, exercise);
  const e = item.expect;
  const misses: string[] = [];
  if (e.maxScore !== undefined && v.score > e.maxScore) misses.push(`score ${v.score} > ${e.maxScore}`);
  if (e.minScore !== undefined && v.score < e.minScore) misses.push(`score ${v.score} < ${e.minScore}`);
  if (e.passed !== undefined && v.passed !== e.passed) misses.push(v.passed ? "passed" : "failed");
  if (e.safety !== undefined && v.safetyPassed !== (e.safety === "pass"))
    misses.push(`safety ${v.criteria.safety}/3 ${v.safetyPassed ? "passes" : "fails"}`);
  if (e.goalMin !== undefined && v.criteria.goal < e.goalMin)
    misses.push(`goal ${v.criteria.goal} < ${e.goalMin}`);
  return {
    item,
    ok: misses.length === 0,
    detail: misses.length === 0 ? `score ${v.score}` : misses.join(", "),
    scores: [v.score],
    verdicts: [v],
  };
}

export interface CategoryResult {
  category: Category;
  items: number;
  accuracy: number;
  failures: ItemOutcome[];
  outcomes: ItemOutcome[];
}

export function evaluateSet(
  items: readonly QualityItem[],
  grade: Grader,
  exercises: ReadonlyMap<string, Exercise>,
): Map<Category, CategoryResult> {
  const byCategory = new Map<Category, CategoryResult>();
  for (const item of items) {
    const outcome = evaluateItem(item, grade, exercises);
    let result = byCategory.get(item.category);
    if (!result) {
      result = { category: item.category, items: 0, accuracy: 0, failures: [], outcomes: [] };
      byCategory.set(item.category, result);
    }
    result.items++;
    result.outcomes.push(outcome);
    if (!outcome.ok) result.failures.push(outcome);
  }
  for (const r of byCategory.values()) r.accuracy = (r.items - r.failures.length) / r.items;
  return byCategory;
}

/** Share of pairwise items ranked right, over all categories. */
export function pairwiseAccuracy(results: Iterable<CategoryResult>): { pairs: number; accuracy: number } {
  let pairs = 0;
  let right = 0;
  for (const r of results)
    for (const o of r.outcomes)
      if (o.item.kind === "pair") {
        pairs++;
        if (o.ok) right++;
      }
  return { pairs, accuracy: pairs === 0 ? 0 : right / pairs };
}

/** "id: detail" lines for the failures, to name what broke in a test message or the bench. */
export function describeFailures(result: CategoryResult | undefined, limit = 40): string {
  if (!result || result.failures.length === 0) return "none";
  const lines = result.failures.slice(0, limit).map((f) => `  ${f.item.id}: ${f.detail}`);
  if (result.failures.length > limit) lines.push(`  … and ${result.failures.length - limit} more`);
  return `\n${lines.join("\n")}`;
}

/**
 * Each catalog example scored against every exercise of another skill: how often a good prompt for
 * another task passes, and its mean score there.
 */
export function crossSkill(
  exercises: readonly Exercise[],
  grade: Grader,
): { runs: number; passRate: number; mean: number } {
  let runs = 0;
  let passes = 0;
  let total = 0;
  for (const source of exercises)
    for (const target of exercises) {
      if (target.skill === source.skill) continue;
      for (const lang of LANGS) {
        const v = grade(source.example[lang], lang, target);
        runs++;
        total += v.score;
        if (v.passed) passes++;
      }
    }
  return { runs, passRate: runs === 0 ? 0 : passes / runs, mean: runs === 0 ? 0 : total / runs };
}
