import { randomUUID } from "node:crypto";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { RealWorkUse } from "../../../src/core/api/real-work";
import { purgeExpiredAttempts } from "../../../src/server/tenants/retention";

const EXERCISE = "word-summarise-procedure-5-points";

describe("real-work uses", () => {
  let api: TestApi;
  let lea: string;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    lea = await api.token({ tenant: "mutuelle", user: "lea" });
    admin = await api.token({ tenant: "mutuelle", user: "root", roles: ["Admin"] });
  });
  afterAll(() => api.close());

  const report = (payload: object, token: string | undefined = lea) =>
    api.inject({ method: "POST", url: "/api/v1/me/real-work-uses", token, payload });

  it("records an insertion once, however often the pane retries it", async () => {
    const clientId = randomUUID();
    const first = await report({ clientId, kind: "insert", host: "word", exerciseId: EXERCISE });
    expect(first.statusCode).toBe(201);
    const recorded = body<RealWorkUse>(first);
    expect(recorded).toMatchObject({ clientId, kind: "insert", host: "word", exerciseId: EXERCISE });

    const again = await report({ clientId, kind: "insert", host: "word", exerciseId: EXERCISE });
    expect(again.statusCode).toBe(200);
    expect(body<RealWorkUse>(again)).toEqual(recorded);
    const rows = await api.app.store.db
      .selectFrom("real_work_uses")
      .selectAll()
      .where("client_id", "=", clientId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: "mutuelle", user_id: "lea", kind: "insert" });
  });

  it("refuses a replay that says something else with 409, keeping the first", async () => {
    const clientId = randomUUID();
    expect((await report({ clientId, kind: "copy", host: "excel" })).statusCode).toBe(201);
    const conflict = await report({ clientId, kind: "formula", host: "excel" });
    expect(conflict.statusCode).toBe(409);
    expect(body(conflict)).toMatchObject({ code: "real_work_use_conflict" });
    const row = await api.app.store.db
      .selectFrom("real_work_uses")
      .select("kind")
      .where("client_id", "=", clientId)
      .executeTakeFirstOrThrow();
    expect(row.kind).toBe("copy");
  });

  it("keeps each user's client ids apart", async () => {
    const sam = await api.token({ tenant: "mutuelle", user: "sam" });
    const clientId = randomUUID();
    expect((await report({ clientId, kind: "reply", host: "outlook" })).statusCode).toBe(201);
    expect((await report({ clientId, kind: "values", host: "excel" }, sam)).statusCode).toBe(201);
  });

  it.each([
    ["an unknown kind", { kind: "paste", host: "word" }],
    ["an unknown host", { kind: "insert", host: "powerpoint" }],
    ["the answer's text", { kind: "insert", host: "word", text: "Bonjour Mme Martin" }],
    ["a malformed exercise id", { kind: "insert", host: "word", exerciseId: "../x" }],
  ])("rejects %s with a clear problem and stores nothing", async (_, fields) => {
    const clientId = randomUUID();
    const res = await report({ clientId, ...fields });
    expect(res.statusCode).toBe(400);
    expect(body(res)).toMatchObject({ code: "invalid_body" });
    const rows = await api.app.store.db
      .selectFrom("real_work_uses")
      .select("id")
      .where("client_id", "=", clientId)
      .execute();
    expect(rows).toEqual([]);
  });

  it("rejects an exercise the tenant does not have, and anonymous callers", async () => {
    const unknown = await report({
      clientId: randomUUID(),
      kind: "insert",
      host: "word",
      exerciseId: "no-such-one",
    });
    expect(unknown.statusCode).toBe(422);
    expect(body(unknown)).toMatchObject({ code: "unknown_exercise" });
    const anonymous = await api.inject({
      method: "POST",
      url: "/api/v1/me/real-work-uses",
      payload: { clientId: randomUUID(), kind: "insert", host: "word" },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lists the route in the OpenAPI document", async () => {
    const doc = body<{ paths: Record<string, unknown> }>(
      await api.inject({ method: "GET", url: "/api/v1/openapi.json" }),
    );
    expect(Object.keys(doc.paths)).toContain("/api/v1/me/real-work-uses");
  });

  it("gives the uses in the user's export, without any text, and erases them with the user", async () => {
    const noa = await api.token({ tenant: "mutuelle", user: "noa" });
    await report({ clientId: randomUUID(), kind: "replace", host: "word", exerciseId: EXERCISE }, noa);
    await report({ clientId: randomUUID(), kind: "copy", host: "word" }, noa);
    const exported = body<{ realWorkUses: Array<Record<string, unknown>> }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token: noa }),
    );
    expect(exported.realWorkUses.map((u) => [u.kind, u.host, u.exercise_id])).toEqual([
      ["replace", "word", EXERCISE],
      ["copy", "word", null],
    ]);
    expect(Object.keys(exported.realWorkUses[0] ?? {}).sort()).toEqual([
      "exercise_id",
      "host",
      "kind",
      "occurred_at",
    ]);

    const erased = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/noa", token: admin });
    expect(erased.statusCode).toBe(200);
    const left = await api.app.store.db
      .selectFrom("real_work_uses")
      .select("id")
      .where("tenant_id", "=", "mutuelle")
      .where("user_id", "=", "noa")
      .execute();
    expect(left).toEqual([]);
  });

  it("purges uses older than the tenant's retention period, in tenants with no attempts too", async () => {
    const db = api.app.store.db;
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const row = (tenant: string, clientId: string, occurredAt: string) => ({
      tenant_id: tenant,
      id: randomUUID(),
      user_id: "ana",
      client_id: clientId,
      kind: "insert" as const,
      host: "word" as const,
      exercise_id: null,
      occurred_at: occurredAt,
    });
    await db
      .insertInto("real_work_uses")
      .values([
        row("quiet-tenant", "old-use-1", old),
        row("quiet-tenant", "new-use-1", new Date().toISOString()),
      ])
      .execute();
    await purgeExpiredAttempts(db);
    const left = await db
      .selectFrom("real_work_uses")
      .select("client_id")
      .where("tenant_id", "=", "quiet-tenant")
      .execute();
    expect(left.map((r) => r.client_id)).toEqual(["new-use-1"]);
  });
});
