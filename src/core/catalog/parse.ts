import type { z } from "zod";
import { LENGTH_BUCKETS, type Host, type HostMode } from "../types";
import { CatalogFileSchema, type Exercise, type OutputCheck } from "./schema";

/** The exercises available to learners, in catalog order, with an index by id. */
export interface Catalog {
  exercises: Exercise[];
  byId: Map<string, Exercise>;
}

/** A catalog file as read from disk (or sent by a test): its path is used in error messages. */
export interface CatalogSource {
  path: string;
  content: string;
}

/** One problem in a catalog file, located by file and field path (`exercises[3].title.fr`). */
export interface CatalogIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(issue: CatalogIssue): string {
  return issue.field === ""
    ? `${issue.file}: ${issue.message}`
    : `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Thrown by `parseCatalog`; the message lists every issue, one per line. */
export class CatalogError extends Error {
  override name = "CatalogError";
  readonly code = "catalog_invalid";
  constructor(readonly issues: CatalogIssue[]) {
    super(issues.map(formatIssue).join("\n"));
  }
}

/** Modes each host can be in; an exercise whose `fits.modes` no host of its own can reach never fits. */
const HOST_MODES_BY_HOST: Record<Host, HostMode[]> = {
  word: ["edit"],
  excel: ["edit"],
  outlook: ["read", "compose"],
};

/** `exercises[3].title.fr` from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

function zodMessage(issue: z.core.$ZodIssue): string {
  // A missing field reads better as "Required" than as a type mismatch against undefined.
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return "Required";
  return issue.message;
}

/** Validates one file; returns its exercises (when valid) and its issues. */
function parseFile(source: CatalogSource): { exercises: Exercise[]; issues: CatalogIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(source.content);
  } catch (err) {
    return {
      exercises: [],
      issues: [{ file: source.path, field: "", message: `invalid JSON: ${(err as Error).message}` }],
    };
  }
  const result = CatalogFileSchema.safeParse(data);
  if (!result.success) {
    return {
      exercises: [],
      issues: result.error.issues.map((issue) => ({
        file: source.path,
        field: fieldPath(issue.path),
        message: zodMessage(issue),
      })),
    };
  }
  const issues: CatalogIssue[] = [];
  result.data.exercises.forEach((exercise, index) => {
    const at = `exercises[${index}]`;
    const modes = exercise.fits.modes;
    if (modes && !exercise.hosts.some((host) => HOST_MODES_BY_HOST[host].some((m) => modes.includes(m)))) {
      issues.push({
        file: source.path,
        field: `${at}.fits.modes`,
        message: `no mode among [${modes.join(", ")}] is possible in hosts [${exercise.hosts.join(", ")}]`,
      });
    }
    const { minLength, maxLength } = exercise.fits;
    if (minLength && maxLength && LENGTH_BUCKETS.indexOf(minLength) > LENGTH_BUCKETS.indexOf(maxLength)) {
      issues.push({ file: source.path, field: `${at}.fits.maxLength`, message: "is shorter than minLength" });
    }
    for (const issue of outputCheckIssues(exercise.checks)) {
      issues.push({ file: source.path, field: `${at}.checks[${issue.index}]`, message: issue.message });
    }
    exercise.required.forEach((criterion, i) => {
      if (
        !exercise.targets.includes(criterion) &&
        criterion !== "safety" &&
        !(criterion in exercise.weights)
      ) {
        // Requiring a criterion the exercise neither targets nor weights is almost always a typo.
        issues.push({
          file: source.path,
          field: `${at}.required[${i}]`,
          message: `"${criterion}" is required but not among targets`,
        });
      }
    });
  });
  return { exercises: issues.length === 0 ? result.data.exercises : [], issues };
}

/**
 * Checks on the answer that no answer could meet or that say one thing twice: a range upside down,
 * a minimum of words above the maximum, more bullets required than sentences allowed, two checks of
 * one kind (but `mentions`), a term to mention that is blank or shorter than two characters.
 */
export function outputCheckIssues(checks: readonly OutputCheck[]): Array<{ index: number; message: string }> {
  const issues: Array<{ index: number; message: string }> = [];
  const first = new Map<string, number>();
  checks.forEach((check, index) => {
    if (check.type !== "mentions") {
      const earlier = first.get(check.type);
      if (earlier !== undefined)
        issues.push({ index, message: `a second "${check.type}" check (see checks[${earlier}])` });
      else first.set(check.type, index);
    }
    if (
      check.type === "bullets" &&
      check.min !== undefined &&
      check.max !== undefined &&
      check.min > check.max
    ) {
      issues.push({ index, message: "min is greater than max" });
    }
    if (check.type === "mentions") {
      check.anyOf.forEach((term, t) => {
        if (term.trim().length < 2) issues.push({ index, message: `anyOf[${t}] is too short to be found` });
      });
    }
  });
  const of = <T extends OutputCheck["type"]>(type: T) => {
    const index = first.get(type);
    return index === undefined
      ? undefined
      : { index, check: checks[index] as Extract<OutputCheck, { type: T }> };
  };
  const most = of("maxWords");
  const least = of("minWords");
  if (most && least && least.check.value > most.check.value) {
    issues.push({
      index: least.index,
      message: `asks for at least ${least.check.value} words but maxWords is ${most.check.value}`,
    });
  }
  const bullets = of("bullets");
  const sentences = of("maxSentences");
  if (bullets && sentences && (bullets.check.min ?? 1) > sentences.check.value) {
    issues.push({
      index: bullets.index,
      message: `asks for at least ${bullets.check.min ?? 1} bullets but maxSentences is ${sentences.check.value}`,
    });
  }
  if (bullets && most && (bullets.check.min ?? 1) * 2 > most.check.value) {
    issues.push({
      index: bullets.index,
      message: `${bullets.check.min ?? 1} bullets cannot fit in ${most.check.value} words`,
    });
  }
  return issues;
}

/** Validates catalog files and collects every issue instead of stopping at the first. */
export function checkCatalog(sources: readonly CatalogSource[]): {
  catalog: Catalog;
  issues: CatalogIssue[];
} {
  const issues: CatalogIssue[] = [];
  const exercises: Exercise[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const parsed = parseFile(source);
    issues.push(...parsed.issues);
    parsed.exercises.forEach((exercise, index) => {
      const first = seen.get(exercise.id);
      if (first !== undefined) {
        issues.push({
          file: source.path,
          field: `exercises[${index}].id`,
          message: `duplicate id "${exercise.id}" (already defined in ${first})`,
        });
        return;
      }
      seen.set(exercise.id, source.path);
      exercises.push(exercise);
    });
  }
  return { catalog: toCatalog(exercises), issues };
}

/** Parses catalog files; throws a `CatalogError` naming the file and field of every problem. */
export function parseCatalog(sources: readonly CatalogSource[]): Catalog {
  const { catalog, issues } = checkCatalog(sources);
  if (issues.length > 0) throw new CatalogError(issues);
  return catalog;
}

export function toCatalog(exercises: readonly Exercise[]): Catalog {
  return { exercises: [...exercises], byId: new Map(exercises.map((e) => [e.id, e])) };
}

/**
 * A tenant's exercises on top of the built-in ones: same id replaces (in place, keeping the
 * catalog order), a new id is appended. Neither input is modified.
 */
export function mergeCatalogs(base: Catalog, overrides: Catalog): Catalog {
  const merged = base.exercises.map((exercise) => overrides.byId.get(exercise.id) ?? exercise);
  const added = overrides.exercises.filter((exercise) => !base.byId.has(exercise.id));
  return toCatalog([...merged, ...added]);
}
