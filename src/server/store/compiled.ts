import { createHash } from "node:crypto";
import { CompiledQuery, PostgresAdapter, type Compilable, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./schema";

/**
 * Statements of the hot write path, built with Kysely once and then only bound to new values.
 * Kysely builds an immutable query tree and compiles it to SQL on every call, which costs more CPU
 * than SQLite takes to run the statement. A `compiledOnce` statement is built the first time per
 * dialect (and shape) with a placeholder in place of each value, then every call reuses its SQL text
 * and puts the values where the placeholders were: the SQL is exactly what Kysely would have
 * produced. On PostgreSQL the statement is also given a name (`preparedName`), so each pooled
 * connection parses it once and then only binds values to it.
 *
 * The builder must pass its values through unchanged (no arithmetic, no branching on them): what
 * changes the SQL text goes into `shape` (a small JSON-able value: the builder sees it, and the SQL
 * is kept per shape). A placeholder that ends up in the SQL text, or altered, is refused when the
 * statement is first built.
 */
const MARK = "\u0000parcours-value:";

/** A parameter: the value under `key`, or a constant the builder wrote itself. */
type Slot = { key: string; constant?: undefined } | { key?: undefined; constant: unknown };

interface Template {
  keys: readonly string[];
  sql: string;
  slots: Slot[];
}

export type CompiledStatement<V extends Record<string, unknown>, R, S> = (
  db: Kysely<Database>,
  values: V,
  ...shape: S extends undefined ? [] : [S]
) => CompiledQuery<R>;

type Built<R> = Compilable<R> | RawBuilder<R>;

/** Templates kept per statement: dialects × shapes, a handful each. */
const MAX_SHAPES = 64;

export function compiledOnce<V extends Record<string, unknown>, R, S = undefined>(
  build: (db: Kysely<Database>, values: V, shape: S) => Built<R>,
): CompiledStatement<V, R, S> {
  // By dialect and shape; then by the values' keys (nearly always one set per shape).
  const templates = new Map<string, Template[]>();
  let count = 0;
  return (db, values, ...rest) => {
    const shape = rest[0] as S;
    const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
    const id = shape === undefined ? dialect : `${dialect}|${JSON.stringify(shape)}`;
    let known = templates.get(id);
    let template = known?.find((t) => sameKeys(t.keys, values));
    if (!template) {
      const keys = Object.keys(values);
      template = compileTemplate<V, R>(db, (placeholders) => build(db, placeholders, shape), keys);
      if (dialect === "postgres") namePrepared(template.sql);
      if (count >= MAX_SHAPES) {
        templates.clear();
        count = 0;
        known = undefined;
      }
      if (known) known.push(template);
      else templates.set(id, [template]);
      count++;
    }
    const slots = template.slots;
    const parameters = new Array<unknown>(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      parameters[i] = slot.key === undefined ? slot.constant : (values[slot.key] ?? null);
    }
    return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>;
  };
}

/** Whether `values` has exactly these keys, in this order. */
function sameKeys(keys: readonly string[], values: Record<string, unknown>): boolean {
  let i = 0;
  for (const key in values) {
    if (keys[i] !== key) return false;
    i++;
  }
  return i === keys.length;
}

function compileTemplate<V extends Record<string, unknown>, R>(
  db: Kysely<Database>,
  build: (values: V) => Built<R>,
  keys: string[],
): Template {
  const placeholders = Object.fromEntries(keys.map((k) => [k, `${MARK}${k}`])) as unknown as V;
  const built = build(placeholders);
  const compiled = "isRawBuilder" in built ? built.compile(db) : built.compile();
  if (compiled.sql.includes(MARK)) {
    throw new Error(`compiledOnce: a value was written into the SQL text: ${compiled.sql}`);
  }
  const slots = compiled.parameters.map((p): Slot => {
    if (typeof p === "string" && p.includes("\u0000")) {
      const key = p.slice(MARK.length);
      if (!p.startsWith(MARK) || !keys.includes(key)) {
        throw new Error(
          `compiledOnce: the builder changed a value instead of passing it on: ${JSON.stringify(p)}`,
        );
      }
      return { key };
    }
    return { constant: p };
  });
  return { keys, sql: compiled.sql, slots };
}

/**
 * PostgreSQL: several compiled statements sent as one, in one round trip — each a data-modifying
 * common table expression, run exactly once and to completion whatever `select` reads of them. They
 * all see the database as it was when the statement began, so none may depend on another's writes
 * (nor change a row another changes). `select` reads what the named ones return.
 */
export function together<R>(
  parts: ReadonlyArray<readonly [string, CompiledQuery]>,
  select: string,
): CompiledQuery<R> {
  const parameters: unknown[] = [];
  const ctes = parts.map(([name, query]) => {
    const offset = parameters.length;
    parameters.push(...query.parameters);
    const text =
      offset === 0
        ? query.sql
        : query.sql.replace(/\$(\d{1,5})\b/g, (_, n: string) => `$${Number(n) + offset}`);
    return `${name} as (${text})`;
  });
  const text = `with ${ctes.join(", ")} ${select}`;
  namePrepared(text);
  return CompiledQuery.raw(text, parameters) as CompiledQuery<R>;
}

/**
 * PostgreSQL: names of the statements each connection prepares once (parse and plan) and then only
 * binds, by their SQL text. Only the hot statements built here are named, and only those that name
 * every column they read and return: a prepared statement is re-planned by PostgreSQL after any
 * change to a table it uses (a migration adding a column, an index), and only a change of its result
 * type makes it fail ("cached plan must not change result type"), which `select *` or `returning *`
 * would meet on a column added by a migration while older instances still run. That rarer failure
 * (a column's type changed under a running instance) is handled by the connection (db.ts).
 */
const preparedNames = new Map<string, string>();
/** Bounds the names kept (the hot statements are a few dozen texts). */
const MAX_PREPARED = 512;

export function preparedName(sqlText: string): string | undefined {
  return preparedNames.get(sqlText);
}

function namePrepared(sqlText: string): void {
  if (preparedNames.has(sqlText) || !namesItsColumns(sqlText)) return;
  if (preparedNames.size >= MAX_PREPARED) return;
  preparedNames.set(sqlText, `parcours_${createHash("sha1").update(sqlText).digest("hex").slice(0, 20)}`);
}

/** No `select *`, `t.*` or `returning *`, whose columns a migration could change (`count(*)` and `2 * x` are fine). */
function namesItsColumns(sqlText: string): boolean {
  return !ALL_COLUMNS.test(sqlText);
}

const ALL_COLUMNS = /(?:\bselect|\breturning|\bdistinct|,|\.)\s*\*/i;
