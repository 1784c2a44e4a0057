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
