import { JUDGED_CRITERIA } from "../../../src/server/judge";
import { databaseUsageLedger, utcDay } from "../../../src/server/llm/usage";
import { updateTenantSettings } from "../../../src/server/tenants/settings";
import { loadCatalog } from "../../../src/server/catalog/load";
import { attemptBody } from "../../support/attempts";
import { body, type TestApi } from "../../support/api";
import { startModelServer, type ModelServer } from "../../support/model-server";
import { answerOf, apiWithModel, chat, sseEvents } from "../llm/gateway";

const TENANT = "tenant-bounds";

function verdict(score: number): string {
  return JSON.stringify({
    criteria: Object.fromEntries(JUDGED_CRITERIA.map((id) => [id, { score, reason: "ok" }])),
    addressesGrader: false,
  });
}

/**
 * Every model call has one deadline covering tries, waits and the streamed answer; answers are
 * capped in tokens and in relayed size; tokens — the judge's too — count in the daily quota.
 */
describe("model calls are bounded", () => {
  let server: ModelServer;
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server, {
      LLM_TIMEOUT_MS: "1500",
      LLM_IDLE_TIMEOUT_MS: "1000",
      LLM_MAX_RETRIES: "3",
      LLM_MAX_ANSWER_CHARS: "1000",
    });
    token = await api.token({ tenant: TENANT, user: "ana" });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("does not wait out a Retry-After longer than the deadline: 503 at once, with the provider's advice", async () => {
    server.enqueue({ kind: "status", status: 429, headers: { "retry-after": "45" } });
    const res = await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(res.statusCode).toBe(503);
    expect(body(res)).toMatchObject({ code: "llm_rate_limited", retryAfter: 45 });
    expect(res.headers["retry-after"]).toBe("45");
    expect(server.requests).toHaveLength(1);
  });

  it("retries inside the deadline, honouring the provider's waits that fit", async () => {
    const failing = { kind: "status", status: 500, headers: { "retry-after-ms": "400" } } as const;
    server.enqueue(failing, failing);
    const res = await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(res.statusCode).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up at once when the next wait would pass the deadline", async () => {
    server.enqueue({ kind: "status", status: 500, headers: { "retry-after-ms": "2000" } });
    const res = await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(res.statusCode).toBe(502);
    expect(body(res)).toMatchObject({ code: "llm_unavailable" });
    expect(server.requests).toHaveLength(1);
  });

  it("answers 504 llm_timeout when the provider hangs, with no second try past the deadline", async () => {
    server.enqueue({ kind: "hang" });
    const res = await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(res.statusCode).toBe(504);
    expect(body(res)).toMatchObject({ code: "llm_timeout" });
    expect(server.requests).toHaveLength(1);
  });

  it("ends a stream that drips forever once the overall deadline passes", async () => {
    const text = "goutte ".repeat(100);
    // A piece every 100 ms never trips the 1 s silence timer; 100 pieces take 10 s.
    server.enqueue({ kind: "reply", text, chunks: 100, delayMs: 100 });
    const res = await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(res.statusCode).toBe(200);
    const events = sseEvents(res);
    expect(events[events.length - 1]).toMatchObject({
      event: "error",
      data: { status: 504, code: "llm_timeout" },
    });
    expect(answerOf(events).length).toBeLessThan(text.length);
  });

  it("relays at most LLM_MAX_ANSWER_CHARS and says the answer was cut", async () => {
    const huge = "x".repeat(30_000);
    server.enqueue({ kind: "reply", text: huge, chunks: 30 });
    const res = await chat(api, token, { exerciseId: "x", prompt: "Écris beaucoup." });
    const events = sseEvents(res);
    expect(answerOf(events)).toBe("x".repeat(1000));
    expect(events[events.length - 1]).toMatchObject({ event: "done", data: { truncated: true } });
    expect(res.body.length).toBeLessThan(5000);
  });

  it("asks for at most the exercise's output tokens, or LLM_MAX_OUTPUT_TOKENS", async () => {
    await chat(api, token, { exerciseId: "x", prompt: "Dis OK." });
    expect(server.requests[0]!.body.max_tokens).toBe(1024);

    const admin = await api.token({ tenant: TENANT, user: "admin", roles: ["Admin"] });
    const base = (await loadCatalog()).exercises.find((e) => e.hosts.includes("word"))!;
    const exercise = { ...base, id: "acme-short-answer", maxOutputTokens: 120 };
    const put = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/acme-short-answer",
      token: admin,
      payload: exercise,
    });
    expect(put.statusCode).toBeLessThan(300);
    await chat(api, token, { exerciseId: "acme-short-answer", prompt: "Dis OK." });
    expect(server.requests[1]!.body.max_tokens).toBe(120);
  });
});

describe("tokens in the daily quota", () => {
  let server: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server, { LLM_MAX_RETRIES: "0" });
    await updateTenantSettings(api.app.store.db, TENANT, { dailyQuota: 100, dailyTokenQuota: 300 });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it("refuses calls once the day's tokens are used, though calls are left", async () => {
    const token = await api.token({ tenant: TENANT, user: "bea" });
    server.enqueue({ kind: "reply", text: "y".repeat(2000) });
    expect((await chat(api, token, { exerciseId: "x", prompt: "Écris beaucoup." })).statusCode).toBe(200);
    const refused = await chat(api, token, { exerciseId: "x", prompt: "Encore." });
    expect(refused.statusCode).toBe(429);
    expect(body(refused)).toMatchObject({ code: "quota_exceeded", tokenLimit: 300 });
    expect(server.requests).toHaveLength(1);
    // Another learner of the tenant still has their own tokens.
    const other = await api.token({ tenant: TENANT, user: "carl" });
    expect((await chat(api, other, { exerciseId: "x", prompt: "Dis OK." })).statusCode).toBe(200);
  });

  it("counts the judge's tokens, and grades with the rubric alone once none are left", async () => {
    const token = await api.token({ tenant: TENANT, user: "dora" });
    const ledger = databaseUsageLedger(api.app.store.db);
    const key = { tenantId: TENANT, userId: "dora", day: utcDay() };
    server.requests.length = 0;
    server.enqueue({ kind: "reply", text: verdict(2) });
    const first = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody(),
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().attempt.scoring.method).toBe("rubric+judge");
    const used = await ledger.read(key);
    expect(used.totalTokens).toBeGreaterThan(300);
    expect(used.requests).toBe(0);

    const second = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody(),
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().attempt.scoring).toMatchObject({ method: "rubric", skipped: "quota_exceeded" });
    expect(server.requests).toHaveLength(1);
    // And the learner's chat is refused for the day too.
    expect((await chat(api, token, { exerciseId: "x", prompt: "Dis OK." })).statusCode).toBe(429);
  });

  it("records an attempt without waiting out a judge's long Retry-After", async () => {
    const token = await api.token({ tenant: TENANT, user: "emil" });
    server.enqueue({ kind: "status", status: 429, headers: { "retry-after": "45" } });
    const res = await api.inject({ method: "POST", url: "/api/v1/attempts", token, payload: attemptBody() });
    expect(res.statusCode).toBe(201);
    expect(res.json().attempt.scoring).toMatchObject({ method: "rubric", skipped: "judge_unavailable" });
  });
});
