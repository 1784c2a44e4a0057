import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql, type MigrationResultSet } from "kysely";
import { startCheckpointer, type Checkpointer } from "./checkpointer";
import { FifoSqliteDialect } from "./fifo-sqlite";
import pg from "pg";
import type { AppConfig } from "../config";
import { migrations } from "./migrations";
import { preparedName } from "./compiled";
import type { Database } from "./schema";

export type DialectName = "sqlite" | "postgres";

/** The open database: one Kysely instance for the whole app, plus what the app needs around it. */
export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Throws when the database does not answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

type StoreConfig = Pick<AppConfig, "databaseUrl" | "databaseSchema" | "sqliteFile">;

export interface StoreOptions {
  /**
   * SQLite only: checkpoint the write-ahead log from a worker thread instead of inside commits (a
   * long-running server; see checkpointer.ts). Commands that open the store briefly keep SQLite's own.
   */
  backgroundCheckpoints?: { onError: (message: string) => void };
}

/** Opens PostgreSQL when `databaseUrl` is set, else the SQLite file (created with its folder). */
export function openStore(config: StoreConfig, options: StoreOptions = {}): Store {
  const dialect: DialectName = config.databaseUrl ? "postgres" : "sqlite";
  let checkpointer: Checkpointer | undefined;
  const background = options.backgroundCheckpoints;
  const db = new Kysely<Database>({
    dialect: config.databaseUrl
      ? postgresDialect(config.databaseUrl, config.databaseSchema)
      : sqliteDialect(config.sqliteFile, (database) => {
          if (!background) return;
          // A safety net only (40 MB of log), should the worker fall behind.
          database.pragma("wal_autocheckpoint = 10000");
          checkpointer = startCheckpointer(config.sqliteFile, CHECKPOINT_EVERY_MS, background.onError);
        }),
  });
  let closed = false;
  return {
    db,
    dialect,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await checkpointer?.stop();
    },
  };
}

const CHECKPOINT_EVERY_MS = 200;

function sqliteDialect(file: string, opened: (database: SQLite.Database) => void): FifoSqliteDialect {
  return new FifoSqliteDialect({
    database: async () => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const database = new SQLite(file);
      // WAL lets readers run while one writer commits; busy_timeout lets two processes share the file.
      database.pragma("journal_mode = WAL");
      database.pragma("foreign_keys = ON");
      database.pragma("busy_timeout = 5000");
      database.pragma("synchronous = NORMAL");
      opened(database);
      return withStatementCache(database);
    },
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs as much as running a small one. The same SQL
 * text reuses its prepared statement (Kysely runs them synchronously, one at a time per connection).
 */
function withStatementCache(database: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== "prepare") {
        const value = Reflect.get(target, property, receiver) as unknown;
        // Native methods must be called on the real database object.
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

/** `count(*)` (int8) and `avg()` (numeric) come back as numbers, as they do on SQLite. */
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (v: string) => Number(v);
    if (oid === 1700) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (o: number, f?: "text" | "binary") => unknown)(oid, format);
  },
};

/** SQLSTATE 0A000 with this message: a prepared statement's result type changed under it (a migration). */
const STALE_RESULT_TYPE = /cached plan must not change result type/;

/** Appended (an SQL comment) to a transaction's last statement: it is sent with `commit` (`thenCommit`). */
export const THEN_COMMIT = " /* then commit */";

/**
 * PostgreSQL: the transaction's last statement, sent with its `commit` in one round trip (see
 * `NamingClient`). Elsewhere the marker is a comment and the transaction commits as usual.
 */
export function thenCommit<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return CompiledQuery.raw(query.sql + THEN_COMMIT, query.parameters as unknown[]) as CompiledQuery<R>;
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

/** Between two statements sent together by `inOneTrip`, with the number of the values before it. */
const TRIP = /\n\/\* then, after (\d+) values: \*\/\n/g;

/** The rows each of the statements gives, in their order. */
export type RowsOf<Q extends readonly CompiledQuery<unknown>[]> = {
  [K in keyof Q]: Q[K] extends CompiledQuery<infer R> ? R[] : never;
};

/**
 * PostgreSQL: statements written together and answered in order, in one round trip (the pool's
 * connections run in pipeline mode). PostgreSQL still runs them one after the other, each with its own
 * snapshot: a read sent after a lock runs once the lock is granted, and sees what the lock's previous
 * holder committed. Each is sent as it would be alone (prepared when named).
 */
export async function inOneTrip<Q extends readonly CompiledQuery<unknown>[]>(
  db: Kysely<Database>,
  ...queries: Q
): Promise<RowsOf<Q>> {
  let text = "";
  const parameters: unknown[] = [];
  for (const query of queries) {
    if (text) text += `\n/* then, after ${parameters.length} values: */\n`;
    text += query.sql;
    parameters.push(...query.parameters);
  }
  const joined = CompiledQuery.raw(text, parameters) as CompiledQuery<{ results: RowsOf<Q> }>;
  const row = (await db.executeQuery(joined)).rows[0];
  if (!row) throw new Error("inOneTrip: no results");
  return row.results;
}

/** The statements `inOneTrip` joined, each with its values. */
function splitTrip(text: string, values: unknown[]): Array<[string, unknown[]]> | undefined {
  const parts: Array<[string, unknown[]]> = [];
  let from = 0;
  let valuesFrom = 0;
  for (const trip of text.matchAll(TRIP)) {
    const split = Number(trip[1]);
    parts.push([text.slice(from, trip.index), values.slice(valuesFrom, split)]);
    from = trip.index + trip[0].length;
    valuesFrom = split;
  }
  if (parts.length === 0) return undefined;
  parts.push([text.slice(from), values.slice(valuesFrom)]);
  return parts;
}

/** What PostgreSQL answers `begin`, `commit` or `rollback` with, for one the connection folded into another. */
const folded = (command: string) => Promise.resolve({ command, rowCount: null, rows: [], fields: [] });

/**
 * A pooled connection (in pg's pipeline mode: statements are written without waiting for the answer
 * to the one before) that spares an attempt round trips and PostgreSQL parsing and planning:
 *
 * - The hot statements (those `compiledOnce` named) go as prepared statements: parsed and planned once
 *   per connection, then only bound. Every other statement goes as before, unnamed.
 * - `begin` is held back and written together with the transaction's first statement: one round trip.
 *   Should `begin` fail, so does that statement.
 * - A statement marked `THEN_COMMIT` is written together with `commit`; the transaction's `commit` (or
 *   `rollback`) that follows is then answered here. If the statement fails, PostgreSQL's `commit`
 *   rolls the transaction back. No statement may follow it in the transaction; outside one, the mark is
 *   dropped.
 * - Statements joined by `inOneTrip` are written together and answered together.
 *
 * Should a migration change the type of a column a prepared statement returns while this instance
 * runs, PostgreSQL refuses the statement once; the connection then prepares it anew under another
 * name, at once when no transaction was open, else on the next use (the transaction fails as any
 * failed statement would, and `isStalePlan` lets a caller retry it).
 */
export class NamingClient extends pg.Client {
  /** Round trips of every connection of the process: writes whose answers the caller waits for (the bench). */
  static roundTrips = 0;
  /** Bumped when a prepared statement of this connection went stale: the next names are new ones. */
  private generation = 0;
  /** `begin` asked for and not yet sent. */
  private beginHeld = false;
  /** The transaction's `commit` was sent with its last statement. */
  private committedAhead = false;
  /** Between `begin` and `commit` or `rollback`, as asked for by the caller. */
  private inTransaction = false;

  constructor(config?: pg.ClientConfig) {
    super({ ...config, pipeline: true } as pg.ClientConfig);
  }

  override query(...args: unknown[]): never {
    const [text, values, callback] = args;
    if (
      typeof text !== "string" ||
      (values !== undefined && !Array.isArray(values)) ||
      callback !== undefined
    ) {
      // Not the form Kysely uses: sent as it is, after a `begin` held back.
      if (this.beginHeld) void this.send("begin", undefined).catch(() => undefined);
      this.beginHeld = false;
      NamingClient.roundTrips++;
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    return this.fold(text, values as unknown[] | undefined) as never;
  }

  private fold(text: string, values: unknown[] | undefined): Promise<unknown> {
    const command = values === undefined || values.length === 0 ? text.trim().toLowerCase() : "";
    if (command === "begin") {
      this.beginHeld = true;
      this.committedAhead = false;
      this.inTransaction = true;
      return folded("BEGIN");
    }
    if (command === "commit" || command === "rollback") {
      this.inTransaction = false;
      // Nothing was sent since `begin`, or `commit` went with the last statement.
      if (this.beginHeld || this.committedAhead) {
        this.beginHeld = false;
        this.committedAhead = false;
        return folded(command.toUpperCase());
      }
      NamingClient.roundTrips++;
      return this.send(text, values);
    }
    if (this.committedAhead) {
      return Promise.reject(new Error("a statement was sent after its transaction's commit"));
    }
    const withBegin = this.beginHeld;
    this.beginHeld = false;
    const trip = values ? splitTrip(text, values) : undefined;
    if (trip) {
      return this.corked(() => [
        withBegin ? this.send("begin", undefined) : undefined,
        ...trip.map(([statement, statementValues]) => this.send(statement, statementValues)),
      ]).then(([, ...answers]) => ({
        command: "SELECT",
        rowCount: 1,
        rows: [{ results: answers.map((answer) => (answer as pg.QueryResult).rows) }],
        fields: [],
      }));
    }
    const marked = text.endsWith(THEN_COMMIT);
    // Outside a transaction the statement commits by itself: the mark is dropped.
    const commitAfter = marked && this.inTransaction;
    const statement = marked ? text.slice(0, -THEN_COMMIT.length) : text;
    if (!withBegin && !commitAfter) {
      NamingClient.roundTrips++;
      return this.send(statement, values);
    }
    if (commitAfter) this.committedAhead = true;
    return this.corked(() => [
      withBegin ? this.send("begin", undefined) : undefined,
      this.send(statement, values),
      commitAfter ? this.send("commit", undefined) : undefined,
    ]).then(([, result, committed]) => {
      if ((committed as { command?: string } | undefined)?.command === "ROLLBACK")
        throw new Error("the transaction was rolled back at commit");
      return result;
    });
  }

  /**
   * Sends the statements `send` queues in one write to the socket (pg writes each as it is queued),
   * and waits for all of their answers.
   */
  private corked(send: () => Array<Promise<unknown> | undefined>): Promise<unknown[]> {
    const stream = (this as unknown as { connection: { stream: Corkable } }).connection.stream;
    NamingClient.roundTrips++;
    stream.cork();
    let sent: Array<Promise<unknown> | undefined>;
    try {
      sent = send();
    } finally {
      stream.uncork();
    }
    return Promise.all(sent);
  }

  private send(text: string, values: unknown[] | undefined): Promise<unknown> {
    const query = super.query.bind(this) as (...a: unknown[]) => Promise<unknown>;
    const name = values ? preparedName(text) : undefined;
    if (name === undefined) return values ? query(text, values) : query(text);
    const named = () => query({ name: this.generation ? `${name}_${this.generation}` : name, text, values });
    // In a transaction the failed statement has aborted it: only its caller can start it again.
    const alone = !this.inTransaction;
    return named().catch((err: unknown) => {
      if (!isStalePlan(err)) throw err;
      this.generation++;
      if (!alone) throw err;
      return named();
    });
  }
}

/** Whether PostgreSQL refused a prepared statement whose result type a migration changed. */
export function isStalePlan(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === "0A000" && typeof e.message === "string" && STALE_RESULT_TYPE.test(e.message);
}

function postgresDialect(url: string, schema: string | undefined): PostgresDialect {
  const pool = new pg.Pool({
    Client: NamingClient,
    connectionString: url,
    max: 10,
    types: pgTypes as pg.CustomTypesConfig,
    // Names the API's sessions in pg_stat_activity, for the administrator (and the bench).
    application_name: "parcours",
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}

/** Runs pending migrations (creating the PostgreSQL schema first when one is configured). */
export async function migrateToLatest(store: Store, schema?: string): Promise<MigrationResultSet> {
  if (store.dialect === "postgres" && schema) {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(store.db);
  }
  // Name the schema of Kysely's own tables explicitly: without it, Kysely takes a migration table in any
  // other schema of the database (another deployment's, a test's) as its own and never creates one here.
  const migrationTableSchema =
    store.dialect === "postgres" ? (schema ?? (await currentSchema(store.db))) : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  let result = await migrator.migrateToLatest();
  // Two processes migrating one SQLite file at once (Kysely takes no lock there): the loser's migration
  // fails ("already exists", or busy) and is rolled back; once the winner has committed, a retry finds
  // nothing left to do. A migration that is really broken fails every time and is reported.
  for (let retry = 0; retry < 5 && result.error && store.dialect === "sqlite"; retry++) {
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    result = await migrator.migrateToLatest();
  }
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${reason}`);
  }
  return result;
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const name = rows[0]?.schema;
  if (!name) throw new Error("PostgreSQL has no current schema: set DATABASE_SCHEMA");
  return name;
}
