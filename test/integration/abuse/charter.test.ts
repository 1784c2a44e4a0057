import { attemptBody } from "../../support/attempts";
import { body, type TestApi } from "../../support/api";
import { startModelServer, type ModelServer } from "../../support/model-server";
import { apiWithModel, chat } from "../llm/gateway";

const TENANT = "tenant-charter";
const NEW_CHARTER = {
  version: "2027-01",
  title: { fr: "Charte IA 2027", en: "AI charter 2027" },
  sections: [
    { title: { fr: "Règle", en: "Rule" }, body: { fr: "Pas de NIR.", en: "No social security numbers." } },
  ],
};

/** The API, not only the pane, keeps a learner who has not accepted the current charter away from the model and the record. */
describe("charter enforced by the API", () => {
  let server: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server);
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  async function attemptsOf(user: string): Promise<number> {
    const row = await api.app.store.db
      .selectFrom("attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", TENANT)
      .where("user_id", "=", user)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  it("refuses chat and attempts with 409 charter_version_mismatch until the charter is accepted", async () => {
    const token = await api.token({ tenant: TENANT, user: "newcomer" }, { acceptCharter: false });
    const me = body<{ charterAccepted: boolean; charter: { version: string } }>(
      await api.inject({ method: "GET", url: "/api/v1/me", token }),
    );
    expect(me.charterAccepted).toBe(false);

    const run = await chat(api, token, { exerciseId: "x", prompt: "Résume ce courrier en trois points." });
    expect(run.statusCode).toBe(409);
    expect(body(run)).toMatchObject({
      code: "charter_version_mismatch",
      currentVersion: me.charter.version,
      acceptedVersion: null,
    });
    expect(server.requests).toHaveLength(0);

    const attempt = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody(),
    });
    expect(attempt.statusCode).toBe(409);
    expect(body(attempt)).toMatchObject({ code: "charter_version_mismatch" });
    expect(await attemptsOf("newcomer")).toBe(0);

    await api.inject({
      method: "POST",
      url: "/api/v1/me/charter",
      token,
      payload: { version: me.charter.version },
    });
    expect((await chat(api, token, { exerciseId: "x", prompt: "Résume ce courrier." })).statusCode).toBe(200);
    const recorded = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody(),
    });
    expect(recorded.statusCode).toBe(201);
    expect(await attemptsOf("newcomer")).toBe(1);
  });

  it("refuses a learner who accepted an older version once the charter changes", async () => {
    const token = await api.token({ tenant: TENANT, user: "veteran" });
    const admin = await api.token({ tenant: TENANT, user: "admin", roles: ["Admin"] });
    expect((await chat(api, token, { exerciseId: "x", prompt: "Résume ce courrier." })).statusCode).toBe(200);
    const before = server.requests.length;
    const old = body<{ charterVersionAccepted: string }>(
      await api.inject({ method: "GET", url: "/api/v1/me", token }),
    ).charterVersionAccepted;

    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { charter: NEW_CHARTER },
    });

    const run = await chat(api, token, { exerciseId: "x", prompt: "Résume ce courrier." });
    expect(run.statusCode).toBe(409);
    expect(body(run)).toMatchObject({
      code: "charter_version_mismatch",
      currentVersion: "2027-01",
      acceptedVersion: old,
    });
    expect(server.requests.length).toBe(before);
    const attempt = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody(),
    });
    expect(attempt.statusCode).toBe(409);
    expect(await attemptsOf("veteran")).toBe(0);
  });

  it("keeps each tenant's charter apart", async () => {
    // Accepted in one tenant, the same user id in another tenant has accepted nothing there.
    await api.token({ tenant: TENANT, user: "twin" });
    const elsewhere = await api.token({ tenant: "tenant-other", user: "twin" }, { acceptCharter: false });
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: elsewhere,
      payload: attemptBody(),
    });
    expect(res.statusCode).toBe(409);
  });
});
