import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { AttemptList } from "../../../src/core/api/attempts";
import type { Me } from "../../../src/core/api/me";

/** Nobody in tenant A ever reads or writes tenant B's data — even with the same user id. */
describe("tenant isolation", () => {
  let api: TestApi;
  let aliceA: string;
  let aliceB: string;
  let adminA: string;
  let adminB: string;
  let leadB: string;
  beforeAll(async () => {
    api = await createTestApi();
    aliceA = await api.token({ tenant: "tenant-a", user: "alice" });
    aliceB = await api.token({ tenant: "tenant-b", user: "alice" });
    adminA = await api.token({ tenant: "tenant-a", user: "admin", roles: ["Admin"] });
    adminB = await api.token({ tenant: "tenant-b", user: "admin", roles: ["Admin"] });
    leadB = await api.token({ tenant: "tenant-b", user: "lead", roles: ["PilotLead"] });
  });
  afterAll(async () => {
    await api.close();
  });

  const submit = (token: string, payload: object) =>
    api.inject({ method: "POST", url: "/api/v1/attempts", token, payload });

  it("keeps the same user id in two tenants apart", async () => {
    expect((await submit(aliceA, attemptBody())).statusCode).toBe(201);
    expect((await submit(aliceA, attemptBody())).statusCode).toBe(201);
    const meA = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: aliceA }));
    const meB = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: aliceB }));
    expect(meA.attemptCount).toBe(2);
    expect(meB.attemptCount).toBe(0);
    expect(meB.mastery.goal).toBe(0);
    const listB = body<AttemptList>(
      await api.inject({ method: "GET", url: "/api/v1/me/attempts", token: aliceB }),
    );
    expect(listB.attempts).toEqual([]);
    const exportB = body<{ attempts: unknown[] }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token: aliceB }),
    );
    expect(exportB.attempts).toEqual([]);
  });

  it("lets two tenants use the same attempt id independently", async () => {
    const attempt = attemptBody();
    expect((await submit(aliceA, attempt)).statusCode).toBe(201);
    expect((await submit(aliceB, attempt)).statusCode).toBe(201);
    expect((await submit(aliceB, { ...attempt, prompt: "Rédige un courriel de relance." })).statusCode).toBe(
      409,
    );
  });

  it("keeps settings, charter acceptance and exercises per tenant", async () => {
    const put = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: adminA,
      payload: { reportK: 9 },
    });
    expect(put.statusCode).toBe(200);
    const b = body<{ reportK: number }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/settings", token: adminB }),
    );
    expect(b.reportK).toBe(5);

    const exercise = { ...(await firstExercise()), id: "tenant-a-only", version: 1 };
    expect(
      (
        await api.inject({
          method: "PUT",
          url: "/api/v1/admin/exercises/tenant-a-only",
          token: adminA,
          payload: exercise,
        })
      ).statusCode,
    ).toBe(200);
    expect((await submit(aliceA, attemptBody({ exerciseId: "tenant-a-only" }))).statusCode).toBe(201);
    const inB = await submit(aliceB, attemptBody({ exerciseId: "tenant-a-only" }));
    expect(inB.statusCode).toBe(422);
    const deleteFromB = await api.inject({
      method: "DELETE",
      url: "/api/v1/admin/exercises/tenant-a-only",
      token: adminB,
    });
    expect(deleteFromB.statusCode).toBe(404);
  });

  it("lets an admin erase only users of their own tenant", async () => {
    const res = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/alice", token: adminB });
    expect(res.statusCode).toBe(200);
    const meA = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: aliceA }));
    expect(meA.attemptCount).toBeGreaterThan(0);
  });

  it("exports only the tenant's xAPI statements", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/xapi/statements", token: leadB });
    expect(res.statusCode).toBe(200);
    const { statements } = body<{ statements: Array<{ actor: { account: { homePage: string } } }> }>(res);
    expect(statements.every((s) => s.actor.account.homePage.endsWith("/tenants/tenant-b"))).toBe(true);
  });

  it("writes audit entries only to the acting tenant's log", async () => {
    const logB = body<{ entries: Array<{ action: string }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: adminB }),
    );
    expect(logB.entries.map((e) => e.action)).not.toContain("settings.update");
    expect(logB.entries.map((e) => e.action)).not.toContain("exercise.put");
  });
});

async function firstExercise(): Promise<Record<string, unknown>> {
  const { loadCatalog } = await import("../../../src/server/catalog/load");
  const catalog = await loadCatalog();
  const exercise = catalog.exercises[0];
  if (!exercise) throw new Error("empty catalog");
  return { ...exercise };
}
