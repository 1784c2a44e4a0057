/**
 * "Improve with AI" (`POST /llm/improve`) has its own daily allowance, apart from the Runs, kept in
 * the database like the Run quota (SQLite here, PostgreSQL when DATABASE_URL is set).
 */
import { databaseUsageLedger, utcDay } from "../../../src/server/llm/usage";
import { tenantsWithIncoherentQuotas, updateTenantSettings } from "../../../src/server/tenants/settings";
import { body, createTestApi, onPostgres, type TestApi } from "../../support/api";
import { startModelServer, type ModelServer } from "../../support/model-server";
import { answerOf, apiWithModel, chat, sseEvents } from "./gateway";
import { ApiProblem, errorKind } from "../../../src/taskpane/api/problem";
import { MESSAGES } from "../../../src/taskpane/i18n/messages";
import { problemTexts } from "../../../src/taskpane/i18n/problemTexts";
import { paneClient } from "../../support/pane-client";

const TENANT = "tenant-improve";
const EXERCISE = "word-summarise-procedure-5-points";
const PROMPT = "Résume la procédure pour un nouveau collègue.";

function improve(api: TestApi, token: string, payload: Record<string, unknown>) {
  return api.inject({ method: "POST", url: "/api/v1/llm/improve", token, payload });
}

describe(`Improve with AI on ${onPostgres ? "PostgreSQL" : "SQLite"}`, () => {
  let server: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server);
    await updateTenantSettings(api.app.store.db, TENANT, { dailyQuota: 3, dailyImproveQuota: 3 });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  const usageOf = (userId: string) =>
    databaseUsageLedger(api.app.store.db).read({ tenantId: TENANT, userId, day: utcDay() });

  it("streams the improved prompt; the API writes the instruction from the exercise's task", async () => {
    const token = await api.token({ tenant: TENANT, user: "ines" });
    server.enqueue({
      kind: "reply",
      text: "Résume la procédure en 5 points pour un nouveau collègue.",
      chunks: 3,
    });
    const res = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT, lang: "fr" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/event-stream/);
    const events = sseEvents(res);
    expect(answerOf(events)).toBe("Résume la procédure en 5 points pour un nouveau collègue.");
    expect(events.at(-1)!.event).toBe("done");

    const seen = server.requests[0]!.text;
    expect(seen).toContain("Améliore le prompt ci-dessous pour cette tâche");
    expect(seen).toContain(`"""${PROMPT}"""`);
    const usage = await usageOf("ines");
    expect(usage).toMatchObject({ requests: 0, improvements: 1 });
    expect(usage.totalTokens).toBeGreaterThan(0);
  });

  it("does not use up the Runs, and Runs do not use up the improvements", async () => {
    const token = await api.token({ tenant: TENANT, user: "jules" });
    for (let i = 0; i < 3; i++) {
      expect((await chat(api, token, { exerciseId: EXERCISE, prompt: `Run ${i}` })).statusCode).toBe(200);
    }
    const run = await chat(api, token, { exerciseId: EXERCISE, prompt: "Un Run de trop" });
    expect(run.statusCode).toBe(429);
    expect(body(run)).toMatchObject({ code: "quota_exceeded", limit: 3 });

    // Every Run of the day is spent: the three improvements are still there.
    for (let i = 0; i < 3; i++) {
      const res = await improve(api, token, { exerciseId: EXERCISE, prompt: `${PROMPT} (${i})` });
      expect(res.statusCode).toBe(200);
    }
    const refused = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT });
    expect(refused.statusCode).toBe(429);
    expect(body(refused)).toMatchObject({
      code: "improve_quota_exceeded",
      limit: 3,
      retryAfter: expect.any(Number),
      detail: "The daily limit of 3 prompt improvements is reached; it resets at midnight UTC",
    });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(6);
    expect(await usageOf("jules")).toMatchObject({ requests: 3, improvements: 3 });

    // Another learner improves first: their Runs are untouched.
    const kim = await api.token({ tenant: TENANT, user: "kim" });
    for (let i = 0; i < 3; i++) {
      expect((await improve(api, kim, { exerciseId: EXERCISE, prompt: PROMPT })).statusCode).toBe(200);
    }
    expect((await chat(api, kim, { exerciseId: EXERCISE, prompt: "Mon Run" })).statusCode).toBe(200);
  });

  it("lets only the allowance through when improvements arrive at once", async () => {
    const token = await api.token({ tenant: TENANT, user: "lou" });
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        improve(api, token, { exerciseId: EXERCISE, prompt: `${PROMPT} ${i}` }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(3);
    expect(results.filter((r) => r.statusCode === 429)).toHaveLength(4);
    expect(await usageOf("lou")).toMatchObject({ requests: 0, improvements: 3 });
  });

  it("gives the call back when the model fails before answering", async () => {
    const token = await api.token({ tenant: TENANT, user: "max" });
    server.enqueue({ kind: "status", status: 400, message: "bad request" });
    const failed = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT });
    expect(failed.statusCode).toBeGreaterThanOrEqual(400);
    expect((await usageOf("max")).improvements).toBe(0);
  });

  it("refuses an unknown exercise, a bad body and a prompt with an identifier, before the model", async () => {
    const token = await api.token({ tenant: TENANT, user: "nora" });
    const unknown = await improve(api, token, { exerciseId: "no-such-exercise", prompt: PROMPT });
    expect(unknown.statusCode).toBe(422);
    expect(body(unknown)).toMatchObject({ code: "unknown_exercise" });
    const empty = await improve(api, token, { exerciseId: EXERCISE, prompt: "   " });
    expect(empty.statusCode).toBe(400);
    const tooLong = await improve(api, token, { exerciseId: EXERCISE, prompt: "a".repeat(8001) });
    expect(tooLong.statusCode).toBe(400);
    const extra = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT, lang: "de" });
    expect(extra.statusCode).toBe(400);
    const iban = await improve(api, token, {
      exerciseId: EXERCISE,
      prompt: "Rembourse sur FR76 3000 6000 0112 3456 7890 189 et résume.",
    });
    expect(iban.statusCode).toBe(422);
    expect(body(iban)).toMatchObject({ code: "personal_data_blocked" });
    expect(server.requests).toHaveLength(0);
    expect(await usageOf("nora")).toMatchObject({ requests: 0, improvements: 0 });
  });

  it("is off when the tenant sets the allowance to 0, and the setting is validated", async () => {
    const admin = await api.token({ tenant: "tenant-off", user: "root", roles: ["Admin"] });
    const bad = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyImproveQuota: -1 },
    });
    expect(bad.statusCode).toBe(400);
    const set = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyImproveQuota: 0 },
    });
    expect(set.statusCode).toBe(200);
    expect(body(set)).toMatchObject({ dailyImproveQuota: 0, dailyQuota: 50 });
    // More improvements than Runs could not all be tried: refused with a stable code, nothing changed.
    for (const payload of [{ dailyImproveQuota: 51 }, { dailyQuota: 10, dailyImproveQuota: 11 }]) {
      const incoherent = await api.inject({
        method: "PUT",
        url: "/api/v1/admin/settings",
        token: admin,
        payload,
      });
      expect(incoherent.statusCode).toBe(422);
      expect(body(incoherent)).toMatchObject({ code: "improve_quota_above_run_quota" });
    }
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyImproveQuota: 5 },
    });
    const kept = body(await api.inject({ method: "GET", url: "/api/v1/admin/settings", token: admin }));
    expect(kept).toMatchObject({ dailyQuota: 50, dailyImproveQuota: 5 });
    // Lowering the Runs alone under the improvements takes them along, and the audit says so.
    const lowered = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyQuota: 4 },
    });
    expect(lowered.statusCode).toBe(200);
    expect(body(lowered)).toMatchObject({ dailyQuota: 4, dailyImproveQuota: 4 });
    const audit = body<{ entries: Array<{ action: string; details: Record<string, unknown> }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: admin }),
    ).entries.find((e) => e.action === "settings.update");
    expect(audit?.details).toEqual({ fields: ["dailyQuota"], dailyImproveQuota: "5→4" });
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyQuota: 50 },
    });
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { dailyImproveQuota: 0 },
    });

    const token = await api.token({ tenant: "tenant-off", user: "olga" });
    const refused = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT });
    expect(refused.statusCode).toBe(429);
    expect(body(refused)).toMatchObject({ code: "improve_quota_exceeded", limit: 0 });
    expect((await chat(api, token, { exerciseId: EXERCISE, prompt: "Mon Run" })).statusCode).toBe(200);
  });

  it("names, at start, the tenants whose stored quotas predate the check, and applies the Runs' quota", async () => {
    const now = new Date().toISOString();
    await api.app.store.db
      .insertInto("tenants")
      .values({
        tenant_id: "tenant-legacy",
        settings: JSON.stringify({ dailyQuota: 2, dailyImproveQuota: 9 }),
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect(
      (await tenantsWithIncoherentQuotas(api.app.store.db)).filter((t) => t.tenantId === "tenant-legacy"),
    ).toEqual([
      {
        tenantId: "tenant-legacy",
        code: "improve_quota_above_run_quota",
        dailyQuota: 2,
        dailyImproveQuota: 9,
        applied: 2,
      },
    ]);
    const token = await api.token({ tenant: "tenant-legacy", user: "leon" });
    for (let i = 0; i < 2; i++)
      expect((await improve(api, token, { exerciseId: EXERCISE, prompt: `${PROMPT} ${i}` })).statusCode).toBe(
        200,
      );
    const refused = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT });
    expect(body(refused)).toMatchObject({ code: "improve_quota_exceeded", limit: 2 });
  });

  it("stops at the day's token budget like a Run", async () => {
    await updateTenantSettings(api.app.store.db, "tenant-tokens", { dailyTokenQuota: 1 });
    const token = await api.token({ tenant: "tenant-tokens", user: "paul" });
    expect((await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT })).statusCode).toBe(200);
    const refused = await improve(api, token, { exerciseId: EXERCISE, prompt: PROMPT });
    expect(refused.statusCode).toBe(429);
    expect(body(refused)).toMatchObject({ code: "quota_exceeded", tokenLimit: 1 });
  });
});

describe("Improve with AI from the pane's API client", () => {
  let server: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    server = await startModelServer({ respond: () => "Résume la procédure en 5 points." });
    api = await apiWithModel(server);
    await api.app.listen({ port: 0, host: "127.0.0.1" });
    await updateTenantSettings(api.app.store.db, "tenant-pane", { dailyImproveQuota: 1 });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it("streams the version, then explains the spent allowance in French and English", async () => {
    const client = await paneClient(api, "tenant-pane", "rose");
    const chunks: string[] = [];
    await client.improve(
      { exerciseId: EXERCISE, lang: "fr", prompt: PROMPT },
      { onChunk: (text) => chunks.push(text) },
    );
    expect(chunks.join("")).toBe("Résume la procédure en 5 points.");

    const refused = await client
      .improve({ exerciseId: EXERCISE, lang: "fr", prompt: PROMPT }, { onChunk: () => undefined })
      .catch((problem: unknown) => problem);
    expect(refused).toBeInstanceOf(ApiProblem);
    expect(refused).toMatchObject({ status: 429, code: "improve_quota_exceeded" });
    const kind = errorKind(refused);
    expect(kind).toBe("improve_quota_exceeded");
    expect(problemTexts(MESSAGES.fr, kind).message).toBe(
      "Vous avez atteint la limite d’améliorations par l’IA du jour.",
    );
    expect(problemTexts(MESSAGES.en, kind).message).toBe(
      "You have reached today’s limit of AI improvements.",
    );
    // The Runs are untouched.
    await expect(
      client.chat({ exerciseId: EXERCISE, lang: "fr", prompt: PROMPT }, { onChunk: () => undefined }),
    ).resolves.toMatchObject({ totalTokens: expect.any(Number) });
  });
});

describe(`Improve with AI on two instances sharing one ${onPostgres ? "PostgreSQL" : "SQLite"} database`, () => {
  let server: ModelServer;
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    server = await startModelServer();
    const env = { LLM_PROVIDER: "compatible", LLM_BASE_URL: server.baseURL, LLM_MODEL: "loopback-model" };
    first = await createTestApi({ env });
    second = await createTestApi({ env, sameDatabaseAs: first });
    await updateTenantSettings(first.app.store.db, TENANT, { dailyImproveQuota: 4 });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await server.close();
  });

  it("share each learner's allowance, even under concurrent calls", async () => {
    const token = await first.token({ tenant: TENANT, user: "quinn" });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        improve(i % 2 ? second : first, token, { exerciseId: EXERCISE, prompt: `${PROMPT} ${i}` }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(4);
    expect(results.filter((r) => r.statusCode === 429).map((r) => body(r).code)).toEqual(
      Array(6).fill("improve_quota_exceeded"),
    );
    const usage = await databaseUsageLedger(second.app.store.db).read({
      tenantId: TENANT,
      userId: "quinn",
      day: utcDay(),
    });
    expect(usage).toMatchObject({ requests: 0, improvements: 4 });
  });
});
