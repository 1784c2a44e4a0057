import { signDevToken } from "../../../src/server/auth/dev-issuer";
import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";

const NUL = "\u0000";
const TENANT = "tenant-input";

/**
 * Input PostgreSQL cannot store (NUL characters, identities longer than their columns) is refused at
 * the edge with a 400 naming the field, on SQLite as on PostgreSQL — never a 500, which the pane's
 * offline queue would retry for ever — and nothing already stored is touched.
 */
describe("input both databases can store", () => {
  let api: TestApi;
  let learner: string;
  let admin: string;
  let lead: string;
  beforeAll(async () => {
    api = await createTestApi({ config: { retainPrompts: "full" } });
    learner = await api.token({ tenant: TENANT, user: "learner" });
    admin = await api.token({ tenant: TENANT, user: "admin", roles: ["Admin"] });
    lead = await api.token({ tenant: TENANT, user: "lead", roles: ["PilotLead"] });
  });
  afterAll(async () => {
    await api.close();
  });

  async function storedAttempts(): Promise<number> {
    const row = await api.app.store.db
      .selectFrom("attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", TENANT)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  it("refuses a NUL in a prompt kept in full, an exercise id or a self-report field with 400", async () => {
    const before = await storedAttempts();
    const cases = [
      attemptBody({ prompt: `Résume la procédure${NUL} en 5 points pour un collègue.` }),
      attemptBody({ exerciseId: `word-summarise${NUL}` }),
      attemptBody({ output: `Voici${NUL}` }),
    ];
    for (const payload of cases) {
      const res = await api.inject({ method: "POST", url: "/api/v1/attempts", token: learner, payload });
      expect(res.statusCode).toBe(400);
      expect(body(res)).toMatchObject({ code: "invalid_body" });
      expect(body<{ detail: string }>(res).detail).toMatch(/NUL/);
    }
    expect(await storedAttempts()).toBe(before);
    // The same attempt without the NUL is recorded: nothing was half-written.
    const ok = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: learner,
      payload: attemptBody(),
    });
    expect(ok.statusCode).toBe(201);
  });

  it("refuses a NUL in a chat request before anything else", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/llm/chat",
      token: learner,
      payload: { exerciseId: "x", prompt: "Résume", context: { text: `a${NUL}b` } },
    });
    expect(res.statusCode).toBe(400);
    expect(body(res)).toMatchObject({ code: "invalid_body", errors: [{ path: "context.text" }] });
  });

  it("refuses NUL in cursors, raw or hidden inside the base64", async () => {
    const forged = Buffer.from(`2026-01-01T00:00:00.000Z|ab${NUL}c`, "utf8").toString("base64url");
    const urls = [
      `/api/v1/me/attempts?cursor=${forged}`,
      `/api/v1/me/attempts?cursor=abc%00`,
      `/api/v1/xapi/statements?cursor=${forged}`,
    ];
    for (const url of urls) {
      const res = await api.inject({ method: "GET", url, token: url.includes("xapi") ? lead : learner });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(body(res)).toMatchObject({ code: "invalid_query" });
    }
  });

  it("refuses NUL in report filters and route parameters", async () => {
    const filter = await api.inject({ method: "GET", url: "/api/v1/results?cohort=big%00", token: lead });
    expect(filter.statusCode).toBe(400);
    expect(body(filter)).toMatchObject({ code: "invalid_query", errors: [{ path: "cohort" }] });
    const param = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/ab%00c", token: admin });
    expect(param.statusCode).toBe(400);
    expect(body(param)).toMatchObject({ code: "invalid_params" });
  });

  it("refuses NUL in admin fields and keeps what was stored", async () => {
    const before = body(await api.inject({ method: "GET", url: "/api/v1/admin/settings", token: admin }));
    const writes: Array<[string, string, unknown]> = [
      ["PUT", "/api/v1/admin/users", { users: [{ userId: "learner", cohort: `big${NUL}` }] }],
      ["PUT", "/api/v1/admin/users", { users: [{ userId: `learner${NUL}`, cohort: "big" }] }],
      [
        "PUT",
        "/api/v1/admin/settings",
        {
          charter: {
            version: "9",
            title: { fr: `Charte${NUL}`, en: "Charter" },
            sections: [{ title: { fr: "a", en: "a" }, body: { fr: "b", en: "b" } }],
          },
        },
      ],
      ["PUT", "/api/v1/admin/exercises/acme-one", { id: "acme-one", title: { fr: `x${NUL}`, en: "x" } }],
    ];
    for (const [method, url, payload] of writes) {
      const res = await api.inject({
        method: method as "PUT",
        url,
        token: admin,
        payload: payload as object,
      });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(body(res)).toMatchObject({ code: "invalid_body" });
    }
    const after = body(await api.inject({ method: "GET", url: "/api/v1/admin/settings", token: admin }));
    expect(after).toEqual(before);
    const user = await api.app.store.db
      .selectFrom("users")
      .select("cohort")
      .where("tenant_id", "=", TENANT)
      .where("user_id", "=", "learner")
      .executeTakeFirst();
    expect(user?.cohort).toBeNull();
  });

  it("answers 400 invalid_identity to a token whose tenant or user id cannot be stored", async () => {
    const issuer = api.app.devIssuer!;
    const claims = [
      { tenant: "t".repeat(65), user: "someone" },
      { tenant: TENANT, user: "u".repeat(129) },
      { tenant: TENANT, user: `ab${NUL}c` },
      { tenant: `t${NUL}`, user: "someone" },
    ];
    for (const claim of claims) {
      const token = await signDevToken(issuer, claim);
      for (const [method, url, payload] of [
        ["GET", "/api/v1/me", undefined],
        ["POST", "/api/v1/attempts", attemptBody()],
      ] as const) {
        const res = await api.inject({ method, url, token, ...(payload ? { payload } : {}) });
        expect({ user: claim.user.length, status: res.statusCode }).toEqual({
          user: claim.user.length,
          status: 400,
        });
        expect(body(res)).toMatchObject({ code: "invalid_identity" });
      }
    }
    // At the limits, the identity is fine.
    const longest = await signDevToken(issuer, { tenant: "t".repeat(64), user: "u".repeat(128) });
    expect((await api.inject({ method: "GET", url: "/api/v1/me", token: longest })).statusCode).toBe(200);
  });

  it("cleans profile claims to fit their columns instead of failing", async () => {
    const token = await signDevToken(api.app.devIssuer!, {
      tenant: TENANT,
      user: "claims",
      name: `Ana${NUL} ${"n".repeat(400)}`,
      cohort: "c".repeat(300),
      department: `d${NUL}ept`,
    });
    const res = await api.inject({ method: "GET", url: "/api/v1/me", token });
    expect(res.statusCode).toBe(200);
    const me = body<{ name: string; cohort: string; department: string }>(res);
    expect(me.cohort).toBe("c".repeat(128));
    expect(me.department).toBe("dept");
    expect(me.name.startsWith("Ana ")).toBe(true);
    expect(me.name.length).toBeLessThanOrEqual(256);
  });
});
