import { sql, type Kysely } from "kysely";
import { exportUserData } from "../../../src/server/routes/me/export";
import type { Database } from "../../../src/server/store/schema";
import { purgeExpiredAttempts } from "../../../src/server/tenants/retention";
import { eraseUser } from "../../../src/server/tenants/user-admin";
import { USER_DATA_TABLES } from "../../../src/server/tenants/user-data";
import { DIALECTS, openTestStore, type TestStore } from "../results/store";

/** A column that names a person: `user_id`, `…_user_id`, `author_id`, `actor_id`, `…_by`. */
const USER_COLUMN = /^(?:(?:[a-z_]+_)?user_id|author_id|actor_id|[a-z_]+_by)$/;

interface LiveTable {
  name: string;
  columns: Array<{ name: string; numeric: boolean }>;
}

/** The tables of the migrated store, read from the database itself (not from schema.ts). */
async function liveTables(db: Kysely<Database>, dialect: string): Promise<LiveTable[]> {
  const schema =
    dialect === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s
      : undefined;
  const tables = await db.introspection.getTables();
  return tables
    .filter(
      (t) => !t.isView && !t.name.startsWith("sqlite_") && (schema === undefined || t.schema === schema),
    )
    .map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({
        name: c.name,
        numeric: /int|real|float|double|numeric|decimal/i.test(c.dataType),
      })),
    }));
}

const OLD = "2000-01-01T00:00:00.000Z";

describe.each(DIALECTS)("per-user data on %s", (dialect) => {
  let t: TestStore;
  let tables: LiveTable[];
  beforeEach(async () => {
    t = await openTestStore(dialect);
    tables = await liveTables(t.store.db, dialect);
  });
  afterEach(() => t.close());

  it("lists every table that holds a user id, found in the live schema", async () => {
    const found = tables.flatMap((table) =>
      table.columns.filter((c) => USER_COLUMN.test(c.name)).map((c) => `${table.name}.${c.name}`),
    );
    expect(found.length).toBeGreaterThan(10);
    const listed = USER_DATA_TABLES.map((e) => `${e.table}.${e.userColumn}`);
    expect(found.filter((f) => !listed.includes(f))).toEqual([]);
    // And the list names only columns that exist.
    const live = tables.flatMap((table) => table.columns.map((c) => `${table.name}.${c.name}`));
    expect(listed.filter((l) => !live.includes(l))).toEqual([]);
  });

  /**
   * One row per listed table for each of two learners of tenant t1: every text column holds the
   * user id (so the rows point at each other: a vote at the use case, a statement at the attempt),
   * every number 0, the dates the purge reads are long past.
   */
  async function seed(users: string[]) {
    const dated = new Set(
      USER_DATA_TABLES.flatMap((e) =>
        typeof e.retention === "object" && "olderThan" in e.retention
          ? [`${e.table}.${e.retention.olderThan}`]
          : [],
      ),
    );
    const seen = new Set<string>();
    // Parents first: the list ends with the users table and erases children first.
    for (const entry of [...USER_DATA_TABLES].reverse()) {
      if (seen.has(entry.table)) continue;
      seen.add(entry.table);
      const table = tables.find((x) => x.name === entry.table)!;
      for (const user of users) {
        const values = table.columns.map((c) => {
          if (c.name === "tenant_id") return "t1";
          if (c.numeric) return 0;
          return dated.has(`${table.name}.${c.name}`) ? OLD : user;
        });
        await sql`insert into ${sql.table(table.name)} (${sql.join(table.columns.map((c) => sql.ref(c.name)))})
          values (${sql.join(values)})`.execute(t.store.db);
      }
    }
  }

  const count = async (table: string, column: string, user: string) =>
    Number(
      (
        await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}
          where tenant_id = 't1' and ${sql.ref(column)} = ${user}`.execute(t.store.db)
      ).rows[0]!.n,
    );
  const total = async (table: string) =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.store.db)).rows[0]!
        .n,
    );

  it("erasure deletes or clears what the list says, keeps the rest and other learners' rows", async () => {
    await seed(["u1", "u2"]);
    const before = new Map<string, number>();
    for (const e of USER_DATA_TABLES) before.set(e.table, await total(e.table));

    const erased = await eraseUser(t.store.db, "t1", "u1", "admin");
    expect(erased).toMatchObject({ attempts: 1, statements: 1, useCases: 1, feedback: 1, savedPrompts: 1 });

    for (const e of USER_DATA_TABLES) {
      const mine = await count(e.table, e.userColumn, "u1");
      const theirs = await count(e.table, e.userColumn, "u2");
      expect({ table: e.table, column: e.userColumn, theirs }).toEqual({
        table: e.table,
        column: e.userColumn,
        theirs: 1,
      });
      if (e.erasure === "keep") {
        // The audit log gains the erasure itself.
        expect({ table: e.table, column: e.userColumn, kept: mine >= 1 }).toMatchObject({ kept: true });
      } else {
        expect({ table: e.table, column: e.userColumn, mine }).toMatchObject({ mine: 0 });
      }
      if (e.erasure === "clear") expect(await total(e.table)).toBe(before.get(e.table));
    }
  });

  it("retention purges the dated tables and what goes with them, and nothing else", async () => {
    await seed(["u1", "u2"]);
    const before = new Map<string, number>();
    for (const e of USER_DATA_TABLES) before.set(e.table, await total(e.table));

    expect(await purgeExpiredAttempts(t.store.db, new Date("2026-01-01T00:00:00.000Z"))).toEqual({ t1: 2 });

    for (const e of USER_DATA_TABLES) {
      const left = await total(e.table);
      if (typeof e.retention === "object")
        expect({ table: e.table, left }).toEqual({ table: e.table, left: 0 });
      else if (e.retention !== "recomputed" && e.table !== "audit_log")
        expect({ table: e.table, left }).toEqual({ table: e.table, left: before.get(e.table) });
    }
    const purge = await t.store.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "retention.purge")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(purge.details)).toEqual({ attempts: 2, realWorkUses: 2, retentionDays: 365 });
  });

  it("the learner's export has a section per exported table, with their rows only", async () => {
    await seed(["u1", "u2"]);
    const exported = await exportUserData(t.store.db, "t1", "u1");
    for (const e of USER_DATA_TABLES) {
      if (e.exportKey === null) continue;
      const section = exported[e.exportKey];
      const rows = Array.isArray(section) ? section : [section];
      expect({ key: e.exportKey, rows: rows.filter((r) => r !== null).length }).toEqual({
        key: e.exportKey,
        rows: 1,
      });
      expect(JSON.stringify(section)).not.toContain("u2");
    }
  });
});
