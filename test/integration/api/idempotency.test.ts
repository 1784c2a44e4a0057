import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { AttemptRecorded } from "../../../src/core/api/attempts";

/** The API keeps no state of its own: two instances on one database behave as one. */
describe("idempotent attempts across two instances", () => {
  let first: TestApi;
  let second: TestApi;
  let token: string;
  beforeAll(async () => {
    first = await createTestApi();
    second = await createTestApi({ sameDatabaseAs: first });
    token = await first.token({ tenant: "tenant-a", user: "dana" });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const submit = (api: TestApi, payload: object) =>
    api.inject({ method: "POST", url: "/api/v1/attempts", token, payload });

  it("accepts a token from either instance and sees the same user", async () => {
    expect((await second.inject({ method: "GET", url: "/api/v1/me", token })).statusCode).toBe(200);
  });

  it("replays on the other instance with 200 and the same result", async () => {
    const attempt = attemptBody();
    const created = await submit(first, attempt);
    expect(created.statusCode).toBe(201);
    const replayed = await submit(second, attempt);
    expect(replayed.statusCode).toBe(200);
    expect(body<AttemptRecorded>(replayed)).toEqual(body<AttemptRecorded>(created));
  });

  it("detects a conflicting replay on the other instance", async () => {
    const attempt = attemptBody();
    expect((await submit(first, attempt)).statusCode).toBe(201);
    const res = await submit(second, { ...attempt, selfReport: { minutesSaved: 30 } });
    expect(res.statusCode).toBe(409);
  });

  it("records a burst of concurrent replays on both instances exactly once", async () => {
    const attempt = attemptBody();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => submit(i % 2 === 0 ? first : second, attempt)),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 200)).toHaveLength(7);
    const scores = new Set(responses.map((r) => body<AttemptRecorded>(r).attempt.score));
    expect(scores.size).toBe(1);
    const rows = await first.app.store.db
      .selectFrom("attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", "tenant-a")
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(1);
    const statements = await first.app.store.db
      .selectFrom("xapi_outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("attempt_id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(Number(statements.n)).toBe(1);
    // The replays that lost the race wrote nothing that stayed: the rollups and weeks count each
    // of the learner's stored attempts once.
    const db = first.app.store.db;
    const stored = await db
      .selectFrom("attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", "tenant-a")
      .where("user_id", "=", "dana")
      .executeTakeFirstOrThrow();
    const rolled = await db
      .selectFrom("result_learner_rollups")
      .select("attempts")
      .where("tenant_id", "=", "tenant-a")
      .where("user_id", "=", "dana")
      .where("scope", "=", "all")
      .executeTakeFirstOrThrow();
    const weeks = await db
      .selectFrom("result_weekly_rollups")
      .select((eb) => eb.fn.sum<number>("attempts").as("n"))
      .where("tenant_id", "=", "tenant-a")
      .where("user_id", "=", "dana")
      .where("scope", "=", "all")
      .executeTakeFirstOrThrow();
    expect(Number(rolled.attempts)).toBe(Number(stored.n));
    expect(Number(weeks.n)).toBe(Number(stored.n));
  });

  it("counts concurrent different attempts of one user in mastery on both instances", async () => {
    const eve = await first.token({ tenant: "tenant-a", user: "eve" });
    const attempts = Array.from({ length: 6 }, () => attemptBody());
    const responses = await Promise.all(
      attempts.map((a, i) =>
        (i % 2 === 0 ? first : second).inject({
          method: "POST",
          url: "/api/v1/attempts",
          token: eve,
          payload: a,
        }),
      ),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const me = body<{ attemptCount: number }>(
      await second.inject({ method: "GET", url: "/api/v1/me", token: eve }),
    );
    expect(me.attemptCount).toBe(6);
  });
});
