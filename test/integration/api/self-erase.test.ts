import { attemptBody } from "../../support/attempts";
import { body, createTestApi, onPostgres, type TestApi } from "../../support/api";
import { ResultsReportSchema } from "../../../src/core/results/schema";
import type { Me } from "../../../src/core/api/me";

/**
 * A learner erases their own data from the pane (`DELETE /api/v1/me`): their rows go, as an admin's
 * erasure does; colleagues, the same user id in another tenant and the tenant's content stay; the
 * pilot lead's results are recomputed without them; asking again changes nothing.
 */
describe(`a learner erases their own data on ${onPostgres ? "PostgreSQL" : "SQLite"}`, () => {
  let api: TestApi;
  let lea: string;
  let sam: string;
  let leaElsewhere: string;
  let lead: string;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    lea = await api.token({ tenant: "acme", user: "lea", name: "Léa Martin" });
    sam = await api.token({ tenant: "acme", user: "sam" });
    leaElsewhere = await api.token({ tenant: "beta", user: "lea" });
    lead = await api.token({ tenant: "acme", user: "pat", roles: ["PilotLead"] });
    admin = await api.token({ tenant: "acme", user: "root", roles: ["Admin"] });
    // Small groups shown, so the results count both learners before the erasure.
    await api.inject({ method: "PUT", url: "/api/v1/admin/settings", token: admin, payload: { reportK: 2 } });
    for (const token of [lea, lea, sam, sam, leaElsewhere]) {
      const res = await api.inject({
        method: "POST",
        url: "/api/v1/attempts",
        token,
        payload: attemptBody(),
      });
      expect(res.statusCode).toBe(201);
    }
    const saved = await api.inject({
      method: "POST",
      url: "/api/v1/me/prompts",
      token: lea,
      payload: { name: "Mon résumé", text: "Résume la procédure en 5 points.", host: "word" },
    });
    expect(saved.statusCode).toBe(201);
  });
  afterAll(() => api.close());

  const erase = (token: string) => api.inject({ method: "DELETE", url: "/api/v1/me", token });
  const exportOf = async (token: string) =>
    body<{ profile: unknown; attempts: unknown[]; savedPrompts: unknown[]; learner: unknown }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token }),
    );
  const results = async () =>
    ResultsReportSchema.parse(body(await api.inject({ method: "GET", url: "/api/v1/results", token: lead })));

  it("erases the caller's rows, keeps everyone else's, audits it, and answers the same the second time", async () => {
    const before = await results();
    expect(before.summary.activeLearners).toBe(2);
    expect(before.summary.attempts).toBe(4);

    const first = await erase(lea);
    expect(first.statusCode).toBe(200);
    expect(body(first)).toEqual({
      userId: "lea",
      attempts: 2,
      statements: 2,
      useCases: 0,
      feedback: 0,
      savedPrompts: 1,
    });

    const mine = await exportOf(lea);
    expect(mine).toMatchObject({ profile: null, attempts: [], savedPrompts: [], learner: null });
    // A colleague and the same user id in another tenant keep everything.
    expect((await exportOf(sam)).attempts).toHaveLength(2);
    expect((await exportOf(leaElsewhere)).attempts).toHaveLength(1);

    // The pilot lead's figures are recomputed without the erased learner (no name, no trace).
    const after = await results();
    expect(after.summary.activeLearners).toBe(1);
    expect(after.summary.attempts).toBe(2);
    expect(after.summary.enrolled).toBe(before.summary.enrolled - 1);
    expect(after.learners).toHaveLength(1);
    expect(before.learners.map((l) => l.pseudonym)).toContain(after.learners[0]!.pseudonym);

    // Idempotent: nothing left to erase, the same shape, no error.
    const again = await erase(lea);
    expect(again.statusCode).toBe(200);
    expect(body(again)).toEqual({
      userId: "lea",
      attempts: 0,
      statements: 0,
      useCases: 0,
      feedback: 0,
      savedPrompts: 0,
    });

    // Audited once, as the learner's own request, without their name or data.
    const audit = body<{
      entries: Array<{ action: string; actor: string; details: Record<string, unknown> }>;
    }>(await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: admin })).entries.filter(
      (e) => e.action === "user.erase",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "lea", details: { requestedBy: "user", attempts: 2 } });
    expect(JSON.stringify(audit)).not.toContain("Léa");
  });

  it("starts a new, empty profile that has not accepted the charter when the learner comes back", async () => {
    const me = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: lea }));
    expect(me).toMatchObject({ user: "lea", charterAccepted: false, attemptCount: 0 });
  });

  it("needs a signed-in user, and erases only the caller (no id to name)", async () => {
    expect((await api.inject({ method: "DELETE", url: "/api/v1/me" })).statusCode).toBe(401);
    const other = await api.inject({ method: "DELETE", url: "/api/v1/me?user=sam", token: lea });
    expect([200, 400]).toContain(other.statusCode);
    expect((await exportOf(sam)).attempts).toHaveLength(2);
  });
});
