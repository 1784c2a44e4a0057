import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CompiledQuery } from "kysely";
import pg from "pg";
import {
  inOneTrip,
  isStalePlan,
  migrateToLatest,
  NamingClient,
  openStore,
  thenCommit,
} from "../../../src/server/store/db";
import { compiledOnce } from "../../../src/server/store/compiled";

describe("SQLite store", () => {
  it("lets several instances migrate one file at the same time", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-store-"));
    const sqliteFile = path.join(dir, "parcours.sqlite");
    const stores = [0, 1, 2].map(() =>
      openStore({ databaseUrl: undefined, databaseSchema: undefined, sqliteFile }),
    );
    try {
      const results = await Promise.allSettled(stores.map((s) => migrateToLatest(s)));
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const first = stores[0];
      if (!first) throw new Error("no store");
      const tables = await first.db.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["attempts", "users", "mastery", "audit_log", "xapi_outbox"]),
      );
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs with WAL, foreign keys and a busy timeout", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-store-"));
    const store = openStore({
      databaseUrl: undefined,
      databaseSchema: undefined,
      sqliteFile: path.join(dir, "p.sqlite"),
    });
    try {
      const { sql } = await import("kysely");
      const pragma = async (name: string) =>
        (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0];
      expect(Object.values((await pragma("journal_mode")) ?? {})).toEqual(["wal"]);
      expect(Object.values((await pragma("foreign_keys")) ?? {})).toEqual([1]);
      expect(Object.values((await pragma("busy_timeout")) ?? {})).toEqual([5000]);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// PostgreSQL runs when DATABASE_URL is set (as in CI), like the rest of the integration suite.
const postgresUrl = process.env.DATABASE_URL;
if (postgresUrl) describePostgresStore(postgresUrl);

function describePostgresStore(postgresUrl: string) {
  describe("PostgreSQL store", () => {
    it("migrates the connection's own schema even when another schema already holds Kysely's tables", async () => {
      const suffix = `${process.pid}_${Date.now().toString(36)}`;
      const other = `other_${suffix}`;
      const fresh = `fresh_${suffix}`;
      const admin = openStore({ databaseUrl: postgresUrl, databaseSchema: other, sqliteFile: "" });
      const { sql } = await import("kysely");
      // A schema of another deployment (or test) that already has its migration tables.
      await migrateToLatest(admin, other);
      await sql`create schema ${sql.id(fresh)}`.execute(admin.db);
      // No DATABASE_SCHEMA: the schema comes from the connection's search_path, as on a plain database.
      const url = new URL(postgresUrl);
      url.searchParams.set("options", `-c search_path=${fresh}`);
      const store = openStore({ databaseUrl: url.toString(), databaseSchema: undefined, sqliteFile: "" });
      try {
        await migrateToLatest(store);
        const tables = await store.db.introspection.getTables({ withInternalKyselyTables: true });
        const mine = tables.filter((t) => t.schema === fresh).map((t) => t.name);
        expect(mine).toEqual(expect.arrayContaining(["attempts", "users", "kysely_migration_lock"]));
      } finally {
        await store.close();
        await sql`drop schema ${sql.id(fresh)} cascade`.execute(admin.db);
        await sql`drop schema ${sql.id(other)} cascade`.execute(admin.db);
        await admin.close();
      }
    });

    it("sends begin with a transaction's first statement, and commit with the statement marked to go with it", async () => {
      const { sql } = await import("kysely");
      const schema = `fold_${process.pid}_${Date.now().toString(36)}`;
      const store = openStore({ databaseUrl: postgresUrl, databaseSchema: schema, sqliteFile: "" });
      const sent: Array<{ text: string; waiting: number }> = [];
      let waiting = 0;
      const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
      try {
        await sql`create schema ${sql.id(schema)}`.execute(store.db);
        await sql`create table notes (id int primary key, note text)`.execute(store.db);
        const insert = (id: number) => CompiledQuery.raw("insert into notes values ($1, 'n')", [id]);
        const ids = async () =>
          (await sql<{ id: number }>`select id from notes order by id`.execute(store.db)).rows.map(
            (r) => r.id,
          );
        pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
          // What was sent and not yet answered when this statement was written.
          sent.push({
            text: typeof args[0] === "string" ? args[0] : String((args[0] as { text: string }).text),
            waiting,
          });
          waiting++;
          const result = query.apply(this, args) as Promise<unknown>;
          void result.then(
            () => waiting--,
            () => waiting--,
          );
          return result;
        } as typeof pg.Client.prototype.query;

        await store.db.transaction().execute(async (trx) => {
          await trx.executeQuery(insert(1));
          await trx.executeQuery(thenCommit(insert(2)));
        });
        expect(sent.map((s) => [s.text, s.waiting])).toEqual([
          ["begin", 0],
          [insert(1).sql, 1],
          [insert(2).sql, 0],
          ["commit", 1],
        ]);
        expect(await ids()).toEqual([1, 2]);

        // The marked statement fails: its commit rolls the whole transaction back.
        const failed = await store.db
          .transaction()
          .execute(async (trx) => {
            await trx.executeQuery(insert(3));
            await trx.executeQuery(thenCommit(insert(1)));
          })
          .catch((err: unknown) => err);
        expect((failed as { code?: string }).code).toBe("23505");
        expect(await ids()).toEqual([1, 2]);

        // Nothing may follow the marked statement; a transaction that sends nothing sends nothing.
        sent.length = 0;
        const late = await store.db
          .transaction()
          .execute(async (trx) => {
            await trx.executeQuery(thenCommit(insert(4)));
            await trx.executeQuery(insert(5));
          })
          .catch((err: unknown) => err);
        expect(String(late)).toMatch(/after its transaction's commit/);
        await store.db.transaction().execute(async () => undefined);
        expect(sent.map((s) => s.text)).toEqual(["begin", insert(4).sql, "commit"]);
        expect(await ids()).toEqual([1, 2, 4]);

        // Outside a transaction the mark is dropped: the statement commits by itself, the next one runs.
        sent.length = 0;
        await store.db.executeQuery(thenCommit(insert(6)));
        await store.db.executeQuery(insert(7));
        expect(sent.map((s) => s.text)).toEqual([insert(6).sql, insert(7).sql]);
        expect(await ids()).toEqual([1, 2, 4, 6, 7]);
      } finally {
        pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
        await store.close();
      }
    });

    it("sends a lock and its reads in one round trip, the reads seeing what the lock's holder committed", async () => {
      const { sql } = await import("kysely");
      const schema = `trip_${process.pid}_${Date.now().toString(36)}`;
      const store = openStore({ databaseUrl: postgresUrl, databaseSchema: schema, sqliteFile: "" });
      const holder = new pg.Client({ connectionString: postgresUrl });
      await holder.connect();
      const sent: string[] = [];
      const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
      try {
        await sql`create schema ${sql.id(schema)}`.execute(store.db);
        await sql`create table people (id int primary key)`.execute(store.db);
        await sql`create table notes (person int, note text)`.execute(store.db);
        await sql`insert into people values (1)`.execute(store.db);
        const lock = CompiledQuery.raw("select id from people where id = $1 for update", [1]);
        const read = CompiledQuery.raw(
          "select note from notes where person = $1 order by note",
          [1],
        ) as CompiledQuery<{
          note: string;
        }>;

        const count = CompiledQuery.raw(
          "select count(*) as notes from notes where person = $1",
          [1],
        ) as CompiledQuery<{ notes: number }>;

        // Another transaction holds the lock and writes; the reads wait behind the lock for its commit.
        await holder.query(`set search_path = "${schema}"`);
        await holder.query("begin");
        await holder.query("select id from people where id = 1 for update");
        pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
          if (this !== holder) sent.push(typeof args[0] === "string" ? args[0] : "named");
          return query.apply(this, args);
        } as typeof pg.Client.prototype.query;
        const trips = NamingClient.roundTrips;
        const all = store.db.transaction().execute((trx) => inOneTrip(trx, lock, read, count));
        await new Promise((resolve) => setTimeout(resolve, 100));
        await holder.query("insert into notes values (1, 'written by the holder')");
        await holder.query("commit");
        const [locked, notes, counted] = await all;
        expect(locked).toEqual([{ id: 1 }]);
        expect(notes).toEqual([{ note: "written by the holder" }]);
        expect(counted).toEqual([{ notes: 1 }]);
        expect(sent).toEqual(["begin", lock.sql, read.sql, count.sql, "commit"]);
        // begin, the lock and both reads in one write; commit in another.
        expect(NamingClient.roundTrips - trips).toBe(2);
      } finally {
        pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
        await holder.end();
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
        await store.close();
      }
    });

    it("prepares a hot statement once per connection, and a migration under it does not break it", async () => {
      const { sql } = await import("kysely");
      const schema = `prep_${process.pid}_${Date.now().toString(36)}`;
      const store = openStore({ databaseUrl: postgresUrl, databaseSchema: schema, sqliteFile: "" });
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const migrate = (ddl: string) => admin.query(`set search_path = "${schema}"; ${ddl}`);
      const note = compiledOnce(
        (_db, v: { id: number }) => sql<{ note: string }>`select note from notes where id = ${v.id}`,
      );
      const listAll = compiledOnce(
        (_db, v: { id: number }) => sql<{ note: string }>`select * from notes where id = ${v.id}`,
      );
      try {
        await sql`create schema ${sql.id(schema)}`.execute(store.db);
        await migrate(
          "create table notes (id int primary key, note text); insert into notes values (1, 'a')",
        );
        await store.db.connection().execute(async (db) => {
          const read = async () => (await db.executeQuery(note(db, { id: 1 }))).rows;
          const prepared = async () =>
            (
              await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)
            ).rows.map((r) => r.statement);
          expect(await read()).toEqual([{ note: "a" }]);
          expect(await read()).toEqual([{ note: "a" }]);
          const text = note(db, { id: 1 }).sql;
          expect(await prepared()).toEqual([text]);
          // `select *` is never prepared: a column added by a migration would change its result.
          expect((await db.executeQuery(listAll(db, { id: 1 }))).rows).toEqual([{ id: 1, note: "a" }]);
          expect(await prepared()).toEqual([text]);

          // A rolling upgrade: another instance migrates while this connection holds the statement.
          await migrate("alter table notes add column extra int default 7; create index on notes (note)");
          expect(await read()).toEqual([{ note: "a" }]);
          expect((await db.executeQuery(listAll(db, { id: 1 }))).rows).toEqual([
            { id: 1, note: "a", extra: 7 },
          ]);

          // A column's type changed under it: refused once by PostgreSQL, prepared anew at once.
          await migrate("alter table notes alter column note type varchar(20)");
          expect(await read()).toEqual([{ note: "a" }]);
          expect(await prepared()).toHaveLength(2);

          // In a transaction the refusal aborts it; the caller can tell, and the next use succeeds.
          await migrate("alter table notes alter column note type text");
          await sql`begin`.execute(db);
          const failed = await read().then(
            () => undefined,
            (err: unknown) => err,
          );
          await sql`rollback`.execute(db);
          expect(isStalePlan(failed)).toBe(true);
          expect(await read()).toEqual([{ note: "a" }]);
        });
      } finally {
        await store.close();
        await admin.query(`drop schema if exists "${schema}" cascade`);
        await admin.end();
      }
    });
  });
}
