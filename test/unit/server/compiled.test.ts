import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from "kysely";
import { compiledOnce, together } from "../../../src/server/store/compiled";
import type { Database } from "../../../src/server/store/schema";

const postgres = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const sqlite = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

type Key = { tenantId: string; userId: string; at: string };
const build = (db: Kysely<Database>, v: Key) =>
  db
    .selectFrom("attempts")
    .select(["id", "score"])
    .where("tenant_id", "=", v.tenantId)
    .where("user_id", "=", v.userId)
    .where((eb) => eb.or([eb("submitted_at", "<", v.at), eb("created_at", "<", v.at)]))
    .limit(3);

describe("statements compiled once", () => {
  it("give the SQL and parameters Kysely gives, on each dialect, call after call", () => {
    const statement = compiledOnce(build);
    for (const db of [postgres, sqlite]) {
      for (const values of [
        { tenantId: "t1", userId: "u1", at: "2026-01-01T00:00:00.000Z" },
        { tenantId: "t2", userId: "u'2", at: "2026-02-01T00:00:00.000Z" },
      ]) {
        const mine = statement(db, values);
        const kysely = build(db, values).compile();
        expect(mine.sql).toBe(kysely.sql);
        expect(mine.parameters).toEqual(kysely.parameters);
      }
    }
    expect(statement(postgres, { tenantId: "t", userId: "u", at: "x" }).sql).toContain("$1");
    expect(statement(sqlite, { tenantId: "t", userId: "u", at: "x" }).sql).not.toContain("$1");
  });

  it("keep one SQL text per shape", () => {
    const statement = compiledOnce((db, v: { tenantId: string }, shape: { limit: number }) =>
      db.selectFrom("attempts").select("id").where("tenant_id", "=", v.tenantId).limit(shape.limit),
    );
    const one = statement(sqlite, { tenantId: "t" }, { limit: 1 });
    const two = statement(sqlite, { tenantId: "t" }, { limit: 2 });
    expect(one.parameters).toEqual(["t", 1]);
    expect(two.parameters).toEqual(["t", 2]);
  });

  it("bind a missing value as null", () => {
    const statement = compiledOnce((db, row: { tenant_id: string; sent_at: string | undefined }) =>
      db.updateTable("xapi_outbox").set({ sent_at: row.sent_at }).where("tenant_id", "=", row.tenant_id),
    );
    expect(statement(postgres, { tenant_id: "t", sent_at: undefined }).parameters).toEqual([null, "t"]);
  });

  it("refuse a builder that writes a value into the SQL text or changes it", () => {
    const inlined = compiledOnce((_db, v: { name: string }) => sql`select ${sql.lit(v.name)} as x`);
    expect(() => inlined(postgres, { name: "a" })).toThrow(/written into the SQL text/);
    const changed = compiledOnce((_db, v: { name: string }) => sql`select ${v.name.toUpperCase()} as x`);
    expect(() => changed(postgres, { name: "a" })).toThrow(/changed a value/);
  });

  it("send several PostgreSQL statements as one, each keeping its own values", () => {
    const first = postgres
      .insertInto("mastery")
      .values({ tenant_id: "t", user_id: "u", state: "{}", updated_at: "now" })
      .compile();
    const second = postgres
      .updateTable("xapi_outbox")
      .set({ tries: 3 })
      .where("tenant_id", "=", "t")
      .where("attempt_id", "=", "a")
      .returning("statement_id")
      .compile();
    const both = together(
      [
        ["m", first],
        ["o", second],
      ],
      "select count(*) from o",
    );
    expect(both.sql).toBe(
      `with m as (${first.sql}), o as (${second.sql.replace("$1", "$5").replace("$2", "$6").replace("$3", "$7")}) select count(*) from o`,
    );
    expect(both.parameters).toEqual(["t", "u", "{}", "now", 3, "t", "a"]);
  });
});
