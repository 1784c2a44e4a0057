import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator, sql } from "kysely";
import pg from "pg";
import { migrateToLatest, openStore } from "../../../src/server/store/db";
import { migrations } from "../../../src/server/store/migrations";
import { rebuildTenantResults } from "../../../src/server/results/rollups";
import { DIALECTS, addAttempts, addTenant, addUser } from "../results/store";
import { attemptBody, WORD_EXERCISE } from "../../support/attempts";
import { body, createTestApi, onPostgres, type TestApi } from "../../support/api";
import type { AttemptRecorded } from "../../../src/core/api/attempts";

/**
 * What the attempt write decides from one indexed read instead of the learner's whole history: the
 * transfer attempt (first at an exercise, by submission time then id) and the copy check against the
 * better versions shown before.
 */
describe("recording an attempt without reading the learner's history", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const submit = async (token: string, overrides: Parameters<typeof attemptBody>[0]) => {
    const submittedAt = overrides?.submittedAt ?? at(1);
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody({
        ...overrides,
        submittedAt,
        startedAt: new Date(Date.parse(submittedAt) - 60_000).toISOString(),
      }),
    });
    expect(res.statusCode).toBe(201);
    return body<AttemptRecorded>(res).attempt;
  };
  const transfers = async (user: string) =>
    (
      await api.app.store.db
        .selectFrom("attempts")
        .select(["id", "transfer"])
        .where("tenant_id", "=", "tenant-w")
        .where("user_id", "=", user)
        .orderBy("submitted_at")
        .orderBy("id")
        .execute()
    ).map((r) => r.transfer);

  it("keeps the transfer place on the first attempt, and moves it to one delivered late", async () => {
    const token = await api.token({ tenant: "tenant-w", user: "late" });
    await submit(token, { submittedAt: at(30) });
    await submit(token, { submittedAt: at(20) });
    await submit(token, { submittedAt: at(10) });
    expect(await transfers("late")).toEqual([1, 0, 0]);
    // From an offline queue: submitted before all of them, delivered last.
    await submit(token, { submittedAt: at(40) });
    expect(await transfers("late")).toEqual([1, 0, 0, 0]);
  });

  it("keeps the results rollups equal to a recompute when a retry arrives out of order", async () => {
    // The second attempt extends both of the learner's rollup rows; the third comes before the latest,
    // which on PostgreSQL refuses the writes sent with commit and records it the careful way.
    const token = await api.token({ tenant: "tenant-o", user: "order" });
    await submit(token, { submittedAt: at(30) });
    await submit(token, { submittedAt: at(10) });
    await submit(token, { submittedAt: at(20) });
    const snapshot = async () => ({
      learners: (
        await sql<Record<string, unknown>>`
          select * from result_learner_rollups where tenant_id = 'tenant-o' order by user_id, scope`.execute(
          api.app.store.db,
        )
      ).rows,
      weeks: (
        await sql<Record<string, unknown>>`
          select * from result_weekly_rollups where tenant_id = 'tenant-o' order by user_id, scope, week`.execute(
          api.app.store.db,
        )
      ).rows,
    });
    const added = await snapshot();
    expect(added.learners.map((r) => [r.scope, Number(r.attempts)])).toEqual([
      ["all", 3],
      ["word", 3],
    ]);
    await api.app.store.db.transaction().execute((trx) => rebuildTenantResults(trx, "tenant-o"));
    const rebuilt = await snapshot();
    expect(added.weeks).toEqual(rebuilt.weeks);
    added.learners.forEach((row, i) => {
      for (const [column, value] of Object.entries(rebuilt.learners[i]!)) {
        if (column.startsWith("m_")) expect(Number(row[column])).toBeCloseTo(Number(value), 12);
        else expect({ column, value: row[column] }).toEqual({ column, value });
      }
    });
  });

  it("orders attempts submitted at the same instant by id", async () => {
    const token = await api.token({ tenant: "tenant-w", user: "tie" });
    const instant = at(5);
    await submit(token, { id: "00000000-0000-4000-8000-00000000000b", submittedAt: instant });
    expect(await transfers("tie")).toEqual([1]);
    await submit(token, { id: "00000000-0000-4000-8000-00000000000c", submittedAt: instant });
    expect(await transfers("tie")).toEqual([1, 0]);
    await submit(token, { id: "00000000-0000-4000-8000-00000000000a", submittedAt: instant });
    expect(await transfers("tie")).toEqual([1, 0, 0]);
    const first = await api.app.store.db
      .selectFrom("attempts")
      .select("id")
      .where("tenant_id", "=", "tenant-w")
      .where("user_id", "=", "tie")
      .where("transfer", "=", 1)
      .execute();
    expect(first).toEqual([{ id: "00000000-0000-4000-8000-00000000000a" }]);
  });

  it("recognises a better version shown many attempts ago, each version kept once", async () => {
    const token = await api.token({ tenant: "tenant-w", user: "paste" });
    const shown = (await submit(token, { prompt: "Fais une note.", submittedAt: at(50) })).feedback.fix;
    expect(shown).not.toBeNull();
    for (let i = 0; i < 5; i++) await submit(token, { prompt: "Fais une note.", submittedAt: at(40 - i) });
    const versions = await api.app.store.db
      .selectFrom("shown_versions")
      .select("sketch_key")
      .where("tenant_id", "=", "tenant-w")
      .where("user_id", "=", "paste")
      .where("exercise_id", "=", WORD_EXERCISE)
      .execute();
    expect(versions).toHaveLength(1);
    const pasted = await submit(token, {
      prompt: shown!.text.replace(/\bla\b/, "cette"),
      submittedAt: at(2),
    });
    expect(pasted.copied).toBe(true);
    // Another learner was never shown it: the same text is their own work.
    const other = await api.token({ tenant: "tenant-w", user: "other" });
    const own = await submit(other, { prompt: shown!.text.replace(/\bla\b/, "cette"), submittedAt: at(2) });
    expect(own.copied).toBeUndefined();
  });
});

// The hot statements are prepared once per pooled connection on PostgreSQL (src/server/store/compiled.ts).
if (onPostgres)
  describe("a rolling upgrade on PostgreSQL", () => {
    it("keeps recording and replaying attempts on connections that prepared their statements before a migration", async () => {
      const api = await createTestApi();
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const token = await api.token({ tenant: "tenant-r", user: "rolling" });
        const post = (payload: ReturnType<typeof attemptBody>) =>
          api.inject({ method: "POST", url: "/api/v1/attempts", token, payload });
        const first = attemptBody({
          startedAt: new Date(Date.now() - 6 * 60_000).toISOString(),
          submittedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
        });
        const stored = await post(first);
        expect(stored.statusCode).toBe(201);
        for (let i = 0; i < 6; i++) expect((await post(attemptBody())).statusCode).toBe(201);
        const prepared = await sql<{ n: number }>`
          select count(*) as n from pg_prepared_statements where name like 'parcours_%'`.execute(
          api.app.store.db,
        );
        expect(Number(prepared.rows[0]?.n)).toBeGreaterThan(3);

        // A newer instance migrates: a column (and an index) on every table this one writes and reads.
        const schema = api.config.databaseSchema!;
        const { rows: tables } = await admin.query<{ name: string }>(
          "select table_name as name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE'",
          [schema],
        );
        expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["attempts", "mastery", "users"]));
        for (const { name } of tables) {
          await admin.query(`alter table "${schema}"."${name}" add column rollout_note text default 'new'`);
          await admin.query(`create index on "${schema}"."${name}" (rollout_note)`);
        }

        for (let i = 0; i < 3; i++) expect((await post(attemptBody())).statusCode).toBe(201);
        const replayed = await post(first);
        expect(replayed.statusCode).toBe(200);
        expect(body<AttemptRecorded>(replayed)).toEqual(body<AttemptRecorded>(stored));
        const count = await api.app.store.db
          .selectFrom("attempts")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("tenant_id", "=", "tenant-r")
          .executeTakeFirst();
        expect(Number(count?.n)).toBe(10);
        const outbox = await api.app.store.db
          .selectFrom("xapi_outbox")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("tenant_id", "=", "tenant-r")
          .executeTakeFirst();
        expect(Number(outbox?.n)).toBe(10);
      } finally {
        await admin.end();
        await api.close();
      }
    });
  });

describe.each(DIALECTS)("migration 1320 on %s", (dialect) => {
  it("keeps each better version already shown once per learner and exercise", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-1320-"));
    const url = dialect === "postgres" ? process.env.DATABASE_URL : undefined;
    const schema = url ? `m1320_${process.pid}_${randomBytes(4).toString("hex")}` : undefined;
    const store = openStore({
      databaseUrl: url,
      databaseSchema: schema,
      sqliteFile: path.join(dir, "m.sqlite"),
    });
    try {
      if (schema) await sql`create schema ${sql.id(schema)}`.execute(store.db);
      const migrator = new Migrator({
        db: store.db,
        provider: { getMigrations: async () => migrations },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      expect((await migrator.migrateTo("1300_real_work_uses")).error).toBeUndefined();
      await addTenant(store, "t");
      await addUser(store, "t", "u");
      await addAttempts(store, "t", "u", [
        { at: "2026-02-01", score: 20, exercise: "e" },
        { at: "2026-02-02", score: 30, exercise: "e" },
        { at: "2026-02-03", score: 40, exercise: "e" },
        { at: "2026-02-04", score: 50, exercise: "f" },
      ]);
      const sketches = [
        '{"words":[1],"shingles":[2]}',
        '{"words":[1],"shingles":[2]}',
        '{"words":[3],"shingles":[4]}',
      ];
      const ids = await store.db.selectFrom("attempts").select("id").orderBy("submitted_at").execute();
      for (const [i, sketch] of sketches.entries())
        await store.db
          .updateTable("attempts")
          .set({ shown_sketch: sketch })
          .where("id", "=", ids[i]!.id)
          .execute();
      await migrateToLatest(store, schema);
      const rows = await store.db
        .selectFrom("shown_versions")
        .select(["exercise_id", "sketch_key", "sketch", "first_shown_at"])
        .orderBy("first_shown_at")
        .execute();
      const key = (text: string) => createHash("sha256").update(text).digest("hex");
      expect(rows).toEqual([
        {
          exercise_id: "e",
          sketch_key: key(sketches[0]!),
          sketch: sketches[0],
          first_shown_at: "2026-02-01T09:00:00.000Z",
        },
        {
          exercise_id: "e",
          sketch_key: key(sketches[2]!),
          sketch: sketches[2],
          first_shown_at: "2026-02-03T09:00:00.000Z",
        },
      ]);
    } finally {
      await store.close();
      if (url && schema) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
