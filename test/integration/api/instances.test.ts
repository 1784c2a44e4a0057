/**
 * Several API instances on one database (PostgreSQL when DATABASE_URL is set, as in CI; else two
 * processes' worth of apps on one SQLite file with the database rate-limit store).
 */
import { databaseUsageLedger, utcDay } from "../../../src/server/llm/usage";
import { rebuildTenantResults } from "../../../src/server/results/rollups";
import { runAlone } from "../../../src/server/store/cluster-lock";
import { body, createTestApi, onPostgres, type TestApi } from "../../support/api";

describe(`two API instances on one ${onPostgres ? "PostgreSQL" : "SQLite"} database`, () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    const rateLimit = { userMax: 4, ipMax: 3, windowMs: 60_000, store: "database" as const };
    first = await createTestApi({ config: { rateLimit } });
    second = await createTestApi({ sameDatabaseAs: first, config: { rateLimit } });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it("enforce one rate limit per user between them", async () => {
    const token = await first.token({ tenant: "t", user: "ana" });
    const codes = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 === 0 ? first : second;
      codes.push((await instance.inject({ method: "GET", url: "/api/v1/me", token })).statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await first.inject({ method: "GET", url: "/api/v1/me", token });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Another user still has their whole allowance, on either instance.
    const ben = await second.token({ tenant: "t", user: "ben" });
    expect((await second.inject({ method: "GET", url: "/api/v1/me", token: ben })).statusCode).toBe(200);
  });

  it("count refused tokens from one address together", async () => {
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 === 0 ? first : second)
          .inject({ method: "GET", url: "/api/v1/me", token: `guess-${i}`, remoteAddress: "10.1.0.9" })
          .then((r) => r.statusCode),
      ),
    );
    expect(codes.filter((c) => c === 401)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  it("share each learner's daily model quota, even under concurrent calls", async () => {
    const ledgers = [databaseUsageLedger(first.app.store.db), databaseUsageLedger(second.app.store.db)];
    const key = { tenantId: "t", userId: "quota", day: utcDay() };
    const granted = await Promise.all(
      Array.from({ length: 12 }, (_, i) => ledgers[i % 2]!.reserveCall(key, 5)),
    );
    expect(granted.filter(Boolean)).toHaveLength(5);
    expect((await ledgers[1]!.read(key)).requests).toBe(5);
  });

  it("record one learner's concurrent attempts on both, rollups equal to a recompute", async () => {
    const token = await first.token({ tenant: "t", user: "carla" });
    const at = Date.now();
    const submit = (instance: TestApi, i: number) =>
      instance.inject({
        method: "POST",
        url: "/api/v1/attempts",
        token,
        payload: {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
          exerciseId: "word-summarise-procedure-5-points",
          host: "word",
          lang: "fr",
          prompt: `Résume la procédure en ${i + 3} points pour un nouveau collègue, ton neutre.`,
          startedAt: new Date(at - 60_000 + i).toISOString(),
          submittedAt: new Date(at + i * 1000).toISOString(),
        },
      });
    // userMax is 4 per route and window: four attempts, two per instance, all at once.
    const codes = await Promise.all([0, 1, 2, 3].map((i) => submit(i % 2 ? second : first, i)));
    expect(codes.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(body(codes[3]!)).toHaveProperty("attempt.learnerLevel");
    // Whatever order the two instances committed in, the rollups are those of a full recompute.
    const db = first.app.store.db;
    const rollups = () =>
      db
        .selectFrom("result_learner_rollups")
        .selectAll()
        .where("tenant_id", "=", "t")
        .where("user_id", "=", "carla")
        .orderBy("scope")
        .execute();
    const added = await rollups();
    expect(added.map((r) => [r.scope, Number(r.attempts)])).toEqual([
      ["all", 4],
      ["word", 4],
    ]);
    await db.transaction().execute((trx) => rebuildTenantResults(trx, "t"));
    const rebuilt = await rollups();
    added.forEach((row, i) => {
      for (const [column, value] of Object.entries(rebuilt[i]!)) {
        if (column.startsWith("m_"))
          expect(Number(row[column as keyof typeof row])).toBeCloseTo(Number(value), 12);
        else expect({ column, value: row[column as keyof typeof row] }).toEqual({ column, value });
      }
    });
  });
});

// The advisory lock is PostgreSQL's; a single SQLite process needs none.
if (onPostgres) {
  describe("background jobs with two instances on one PostgreSQL", () => {
    let first: TestApi;
    let second: TestApi;
    beforeAll(async () => {
      first = await createTestApi();
      second = await createTestApi({ sameDatabaseAs: first });
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it("run each job on one instance at a time, and again once it is done", async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const onFirst = runAlone(first.app.store, "retention purge", async () => {
        started();
        await held;
        return "first";
      });
      await running;
      expect(await runAlone(second.app.store, "retention purge", async () => "second")).toEqual({
        ran: false,
      });
      // Another job is not held up by this one.
      expect(await runAlone(second.app.store, "xAPI forwarder", async () => "other")).toEqual({
        ran: true,
        value: "other",
      });
      release();
      expect(await onFirst).toEqual({ ran: true, value: "first" });
      expect(await runAlone(second.app.store, "retention purge", async () => "second")).toEqual({
        ran: true,
        value: "second",
      });
    });

    it("release the lock when the job fails", async () => {
      await expect(
        runAlone(first.app.store, "xAPI forwarder", async () => {
          throw new Error("record store down");
        }),
      ).rejects.toThrow("record store down");
      expect(await runAlone(second.app.store, "xAPI forwarder", async () => 1)).toEqual({
        ran: true,
        value: 1,
      });
    });
  });
}
