import { attemptBody, WORD_EXERCISE } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { AttemptRecorded, AttemptList } from "../../../src/core/api/attempts";
import type { Me } from "../../../src/core/api/me";

describe("attempts", () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await createTestApi();
    token = await api.token({ tenant: "tenant-a", user: "alice", name: "Alice" });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (payload: unknown, t = token) =>
    api.inject({ method: "POST", url: "/api/v1/attempts", token: t, payload: payload as object });

  it("scores and records a new attempt (201) and updates mastery", async () => {
    const attempt = attemptBody();
    const res = await post(attempt);
    expect(res.statusCode).toBe(201);
    const { attempt: result } = body<AttemptRecorded>(res);
    expect(result.id).toBe(attempt.id);
    expect(result.exerciseId).toBe(WORD_EXERCISE);
    expect(result.score).toBeGreaterThan(0);
    expect(Object.keys(result.criteria)).toHaveLength(8);
    expect(result.mastery.goal).toBeGreaterThan(0);

    const me = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token }));
    expect(me.attemptCount).toBe(1);
    expect(me.streak).toBe(1);
    expect(me.mastery.goal).toBeCloseTo(result.mastery.goal ?? -1);
  });

  it("scores the prompt for the exercise: a good prompt for another task fails, with coaching that says so", async () => {
    const res = await post(
      attemptBody({
        prompt:
          "Rédige une réponse à l'adhérent sur son remboursement, ton cordial, 5 lignes, sans promettre de date.",
      }),
    );
    expect(res.statusCode).toBe(201);
    const { attempt } = body<AttemptRecorded>(res);
    expect(attempt.passed).toBe(false);
    expect(attempt.score).toBeLessThanOrEqual(40);
    expect(attempt.feedback.flags.offTask).toBe(true);
    expect(attempt.feedback.improvement?.criterion).toBe("goal");
    expect(attempt.feedback.improvement?.message.fr).toContain("un résumé");
  });

  it("returns the stored result with 200 for the same id and body", async () => {
    const attempt = attemptBody();
    const first = await post(attempt);
    const again = await post(attempt);
    expect(again.statusCode).toBe(200);
    expect(body(again)).toEqual(body(first));
  });

  it("refuses the same id with a different body (409 attempt_conflict)", async () => {
    const attempt = attemptBody();
    expect((await post(attempt)).statusCode).toBe(201);
    const res = await post({ ...attempt, prompt: `${attempt.prompt} Merci.` });
    expect(res.statusCode).toBe(409);
    expect(body(res)).toMatchObject({ code: "attempt_conflict" });
  });

  it("refuses an attempt id another user of the tenant already used", async () => {
    const attempt = attemptBody();
    expect((await post(attempt)).statusCode).toBe(201);
    const bob = await api.token({ tenant: "tenant-a", user: "bob" });
    const res = await post(attempt, bob);
    expect(res.statusCode).toBe(409);
  });

  it("answers 422 unknown_exercise for an exercise the tenant does not have", async () => {
    const res = await post(attemptBody({ exerciseId: "no-such-exercise" }));
    expect(res.statusCode).toBe(422);
    expect(body(res)).toMatchObject({ code: "unknown_exercise" });
  });

  it("does not keep the prompt by default (RETAIN_PROMPTS=none)", async () => {
    const attempt = attemptBody();
    await post(attempt);
    const row = await api.app.store.db
      .selectFrom("attempts")
      .select(["prompt", "result", "c_goal", "minutes_saved"])
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.prompt).toBeNull();
    expect(row.result).not.toContain("procédure");
    expect(row.minutes_saved).toBe(10);
  });

  it("lists my attempts newest first with a cursor", async () => {
    const carol = await api.token({ tenant: "tenant-a", user: "carol" });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const started = new Date(Date.UTC(2026, 0, 1 + i, 9));
      const attempt = attemptBody({
        startedAt: started.toISOString(),
        submittedAt: new Date(started.getTime() + 1000).toISOString(),
      });
      ids.push(attempt.id);
      expect((await post(attempt, carol)).statusCode).toBe(201);
    }
    const page1 = body<AttemptList>(
      await api.inject({ method: "GET", url: "/api/v1/me/attempts?limit=2", token: carol }),
    );
    expect(page1.attempts.map((a) => a.id)).toEqual([ids[4], ids[3]]);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = body<AttemptList>(
      await api.inject({
        method: "GET",
        url: `/api/v1/me/attempts?limit=2&cursor=${page1.nextCursor}`,
        token: carol,
      }),
    );
    expect(page2.attempts.map((a) => a.id)).toEqual([ids[2], ids[1]]);
    const page3 = body<AttemptList>(
      await api.inject({
        method: "GET",
        url: `/api/v1/me/attempts?limit=2&cursor=${page2.nextCursor}`,
        token: carol,
      }),
    );
    expect(page3.attempts.map((a) => a.id)).toEqual([ids[0]]);
    expect(page3.nextCursor).toBeNull();
    expect(page3.attempts[0]?.criteria.goal).toEqual(expect.any(Number));
  });
});

describe("attempts with prompts kept redacted", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ config: { retainPrompts: "redacted" } });
  });
  afterAll(async () => {
    await api.close();
  });

  it("stores the prompt with personal data replaced", async () => {
    const token = await api.token({ tenant: "t", user: "u" });
    const attempt = attemptBody({
      prompt: "Rédige une réponse à marie.dupont@example.fr pour lui confirmer le remboursement.",
    });
    expect(
      (await api.inject({ method: "POST", url: "/api/v1/attempts", token, payload: attempt })).statusCode,
    ).toBe(201);
    const row = await api.app.store.db
      .selectFrom("attempts")
      .select("prompt")
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.prompt).toContain("Rédige une réponse");
    expect(row.prompt).not.toContain("marie.dupont@example.fr");
  });
});
