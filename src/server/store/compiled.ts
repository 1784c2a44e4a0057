import { CompiledQuery, PostgresAdapter, type Compilable, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./schema";

/**
 * Statements of the hot write path, built with Kysely once and then only bound to new values.
 * Kysely builds an immutable query tree and compiles it to SQL on every call, which costs more CPU
 * than SQLite takes to run the statement. A `compiledOnce` statement is built the first time per
 * dialect (and shape) with a placeholder in place of each value, then every call reuses its SQL text
 * and puts the values where the placeholders were: the SQL is exactly what Kysely would have
 * produced. Nothing is prepared on the server, so nothing goes stale across a migration.
 *
 * The builder must pass its values through unchanged (no arithmetic, no branching on them): what
 * changes the SQL text goes into `shape` (a small JSON-able value: the builder sees it, and the SQL
 * is kept per shape). A placeholder that ends up in the SQL text, or altered, is refused when the
 * statement is first built.
 */
const MARK = "\u0000parcours-value:";

type Slot = { key: string } | { constant: unknown };

interface Template {
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
  const templates = new Map<string, Template>();
  return (db, values, ...rest) => {
    const shape = rest[0] as S;
    const keys = Object.keys(values);
    const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
    const id = `${dialect}|${JSON.stringify(shape ?? null)}|${keys.join(",")}`;
    let template = templates.get(id);
    if (!template) {
      template = compileTemplate<V, R>(db, (placeholders) => build(db, placeholders, shape), keys);
      if (templates.size >= MAX_SHAPES) templates.clear();
      templates.set(id, template);
    }
    const parameters = template.slots.map((slot) =>
      "key" in slot ? (values[slot.key] ?? null) : slot.constant,
    );
    return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>;
  };
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
  return { sql: compiled.sql, slots };
}
