import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateToLatest, openStore } from "../../../src/server/store/db";

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
  });
}
