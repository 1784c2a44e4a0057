import path from "node:path";
import { checkCatalog, formatIssue, mergeCatalogs, type Catalog } from "../../core/catalog/parse";
import { checkTaskDefinitions } from "../../core/catalog/task-check";
import { HOSTS, LANGS, type Lang } from "../../core/types";
import { builtInCatalogDir, loadCatalog, packageRoot, readCatalogSources } from "../../server/catalog/load";
import { parseCommandArgs, UsageError, type CliIO, type Command } from "../command";

const usage = `Usage: parcours catalog validate [dir]
       parcours catalog list [--host word|outlook|excel] [--lang fr|en] [--tenant <dir>]

validate   Checks every *.json exercise file of <dir> (default: the built-in catalog,
           content/exercises): the schema, then each task definition against the examples
           (its own example fits it; at most 10% of the examples of other skills or
           deliverables, built-in ones included, do). Prints the number of exercises when
           valid; otherwise lists each problem as "file: field: message" and exits with code 1.
list       Prints the catalog as a table: id, host, skill, level, minutes, title.

Options (list):
  --host <host>    only exercises for this host
  --lang <lang>    language of the titles (default fr)
  --tenant <dir>   add or override exercises with a tenant content folder (default: CONTENT_DIR)
`;

export const catalogCommand: Command = {
  name: "catalog",
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "validate") return validate(rest, io);
    if (sub === "list") return list(rest, io);
    throw new UsageError(sub === undefined ? "missing subcommand" : `unknown subcommand "${sub}"`);
  },
};

async function validate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, { allowPositionals: true });
  if (positionals.length > 1) throw new UsageError("validate takes at most one folder");
  const given = positionals[0];
  const dir = given === undefined ? builtInCatalogDir() : path.resolve(given);
  // Built-in files are named relative to the package, a given folder as the user typed it.
  const root = packageRoot();
  const label = (file: string) =>
    given === undefined
      ? path.relative(root, file).split(path.sep).join("/")
      : path.join(given, path.basename(file));
  const sources = await readCatalogSources(dir, label);
  if (sources.length === 0) {
    io.stderr.write(`${given ?? dir}: no .json exercise files\n`);
    return 1;
  }
  const { catalog, issues } = checkCatalog(sources);
  if (issues.length === 0) {
    // A tenant's exercises are compared with the built-in examples too.
    const pool = given === undefined ? catalog : mergeCatalogs(await loadCatalog(), catalog);
    const fileOf = new Map<string, string>();
    for (const source of sources)
      for (const exercise of checkCatalog([source]).catalog.exercises) fileOf.set(exercise.id, source.path);
    for (const issue of checkTaskDefinitions(catalog.exercises, pool.exercises)) {
      const file = fileOf.get(issue.id) ?? "";
      const index = checkCatalog(sources.filter((s) => s.path === file)).catalog.exercises.findIndex(
        (e) => e.id === issue.id,
      );
      issues.push({ file, field: `exercises[${index}].taskDefinition`, message: issue.message });
    }
  }
  if (issues.length > 0) {
    for (const issue of issues) io.stderr.write(`${formatIssue(issue)}\n`);
    io.stderr.write(`${issues.length} problem${issues.length === 1 ? "" : "s"} found.\n`);
    return 1;
  }
  io.stdout.write(
    `${plural(catalog.exercises.length, "exercise")} valid in ${sources.length} file${sources.length === 1 ? "" : "s"} (${hostCounts(catalog)}).\n`,
  );
  return 0;
}

function hostCounts(catalog: Catalog): string {
  return HOSTS.map(
    (host) => `${host} ${catalog.exercises.filter((e) => e.hosts.includes(host)).length}`,
  ).join(", ");
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, {
    host: { type: "string" },
    lang: { type: "string" },
    tenant: { type: "string" },
  });
  const host = oneOf(values.host, HOSTS, "host");
  const lang: Lang = oneOf(values.lang, LANGS, "lang") ?? "fr";
  const tenantDir = values.tenant ?? (io.env.CONTENT_DIR || undefined);
  const catalog = await loadCatalog(tenantDir === undefined ? {} : { tenantDir });
  const exercises = catalog.exercises.filter((e) => host === undefined || e.hosts.includes(host));
  const rows = [
    ["id", "host", "skill", "level", "min", "title"],
    ...exercises.map((e) => [e.id, e.hosts.join(","), e.skill, e.level, String(e.minutes), e.title[lang]]),
  ];
  io.stdout.write(formatTable(rows));
  io.stdout.write(`${plural(exercises.length, "exercise")}\n`);
  return 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "),
    )
    .map((line) => `${line}\n`)
    .join("");
}
