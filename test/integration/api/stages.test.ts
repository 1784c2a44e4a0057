import { body, createTestApi, type TestApi } from "../../support/api";
import type { ResultsReport } from "../../../src/core/results/schema";
import type { Stage } from "../../../src/core/results/stages";
import { addAttempts, addTenant, addUser } from "../results/store";

const STAGE_1 = {
  name: "Étape 1 — découverte",
  startsOn: "2026-01-05",
  endsOn: "2026-02-01",
  cohorts: ["Vague 1"],
  targets: [
    { metric: "weeklyActiveShare", min: 0.7 },
    { metric: "benchmarkChange", min: 15 },
    { metric: "minutesSavedPerWeek", min: 30 },
  ],
};

describe("pilot stages", () => {
  let api: TestApi;
  let admin: string;
  let lead: string;
  let learner: string;
  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.token({ tenant: "mutuelle", user: "root", roles: ["Admin"] });
    lead = await api.token({ tenant: "mutuelle", user: "pat", roles: ["PilotLead"] });
    learner = await api.token({ tenant: "mutuelle", user: "lea" });
  });
  afterAll(() => api.close());

  const put = (id: string, payload: unknown, token = admin) =>
    api.inject({ method: "PUT", url: `/api/v1/admin/stages/${id}`, token, payload: payload as object });

  it("lets an Admin define a stage, audited, and pilot leads read it", async () => {
    const created = await put("etape-1", STAGE_1);
    expect(created.statusCode).toBe(201);
    expect(body<Stage>(created)).toMatchObject({ id: "etape-1", ...STAGE_1 });
    const replaced = await put("etape-1", { ...STAGE_1, name: "Étape 1" });
    expect(replaced.statusCode).toBe(200);

    const list = await api.inject({ method: "GET", url: "/api/v1/stages", token: lead });
    expect(list.statusCode).toBe(200);
    expect(body<{ stages: Stage[] }>(list).stages.map((s) => [s.id, s.name])).toEqual([
      ["etape-1", "Étape 1"],
    ]);

    const audit = await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: admin });
    const entries = body<{ entries: Array<{ action: string; target: string; details: object }> }>(
      audit,
    ).entries;
    expect(entries.filter((e) => e.action === "stage.put")).toHaveLength(2);
    expect(entries.find((e) => e.action === "stage.put")?.details).toMatchObject({
      startsOn: "2026-01-05",
      targets: ["weeklyActiveShare", "benchmarkChange", "minutesSavedPerWeek"],
    });
  });

  it("refuses learners and pilot leads who try to change stages", async () => {
    expect((await put("etape-x", STAGE_1, lead)).statusCode).toBe(403);
    expect((await put("etape-x", STAGE_1, learner)).statusCode).toBe(403);
    expect((await api.inject({ method: "GET", url: "/api/v1/stages", token: learner })).statusCode).toBe(403);
  });

  it.each([
    ["dates in the wrong order", { ...STAGE_1, endsOn: "2026-01-01" }],
    ["a date that does not exist", { ...STAGE_1, startsOn: "2026-02-30" }],
    ["a share above 100%", { ...STAGE_1, targets: [{ metric: "weeklyActiveShare", min: 70 }] }],
    ["an unknown metric", { ...STAGE_1, targets: [{ metric: "happiness", min: 1 }] }],
    ["the same metric twice", { ...STAGE_1, targets: [STAGE_1.targets[0], STAGE_1.targets[0]] }],
    ["an unknown field", { ...STAGE_1, budget: 10 }],
    ["no name", { ...STAGE_1, name: " " }],
  ])("rejects %s with a clear problem and keeps the stored stage", async (_, payload) => {
    const res = await put("etape-1", payload);
    expect(res.statusCode).toBe(400);
    expect(body(res)).toMatchObject({ code: "invalid_body" });
    const stages = body<{ stages: Stage[] }>(
      await api.inject({ method: "GET", url: "/api/v1/stages", token: lead }),
    );
    expect(stages.stages[0]).toMatchObject({ startsOn: "2026-01-05", targets: STAGE_1.targets });
  });

  it("rejects a malformed stage id", async () => {
    const res = await put("Étape 1", STAGE_1);
    expect(res.statusCode).toBe(400);
  });

  it("reads the results for a stage: its dates and its cohorts only", async () => {
    const store = api.app.store;
    await addTenant(store, "stages-t", { reportK: 2 });
    await addUser(store, "stages-t", "a", { cohort: "Vague 1" });
    await addUser(store, "stages-t", "b", { cohort: "Vague 1" });
    await addUser(store, "stages-t", "c", { cohort: "Vague 2" });
    await addUser(store, "stages-t", "d", { cohort: "Vague 2" });
    await addAttempts(store, "stages-t", "a", [
      { at: "2026-01-06", score: 40 },
      { at: "2026-01-20", score: 60 },
    ]);
    await addAttempts(store, "stages-t", "b", [
      { at: "2026-01-07", score: 30 },
      { at: "2026-03-02", score: 90 },
    ]);
    await addAttempts(store, "stages-t", "c", [{ at: "2026-01-08", score: 50 }]);
    await addAttempts(store, "stages-t", "d", [{ at: "2026-01-09", score: 50 }]);
    const admin2 = await api.token({ tenant: "stages-t", user: "root", roles: ["Admin"] });
    expect((await put("etape-1", STAGE_1, admin2)).statusCode).toBe(201);

    const lead2 = await api.token({ tenant: "stages-t", user: "pat", roles: ["PilotLead"] });
    const res = await api.inject({ method: "GET", url: "/api/v1/results?stage=etape-1", token: lead2 });
    expect(res.statusCode).toBe(200);
    const report = body<ResultsReport>(res);
    expect(report.filter).toMatchObject({
      stage: "etape-1",
      from: "2026-01-05",
      to: "2026-02-01",
      cohorts: ["Vague 1"],
    });
    expect(report.summary).toMatchObject({ enrolled: 2, activeLearners: 2, attempts: 3 });
    expect(report.summary.scoreChange).toMatchObject({ learners: 1, mean: 20 });

    const xlsx = await api.inject({ method: "GET", url: "/api/v1/results.xlsx?stage=etape-1", token: lead2 });
    expect(xlsx.statusCode).toBe(200);

    const unknown = await api.inject({ method: "GET", url: "/api/v1/results?stage=etape-9", token: lead2 });
    expect(unknown.statusCode).toBe(404);
    expect(body(unknown)).toMatchObject({ code: "unknown_stage" });
    const both = await api.inject({
      method: "GET",
      url: "/api/v1/results?stage=etape-1&from=2026-01-01",
      token: lead2,
    });
    expect(both.statusCode).toBe(400);
  });

  it("serves the bilan as JSON and as a printable page to pilot leads only", async () => {
    const lead2 = await api.token({ tenant: "stages-t", user: "pat", roles: ["PilotLead"] });
    const json = await api.inject({
      method: "GET",
      url: "/api/v1/results/bilan?stage=etape-1",
      token: lead2,
    });
    expect(json.statusCode).toBe(200);
    expect(body(json)).toMatchObject({ stage: { id: "etape-1" }, current: { funnel: { invited: 2 } } });
    const html = await api.inject({
      method: "GET",
      url: "/api/v1/results/bilan.html?stage=etape-1&lang=en",
      token: lead2,
    });
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    expect(html.body).toContain("Stage review");
    const learner2 = await api.token({ tenant: "stages-t", user: "a" });
    expect(
      (await api.inject({ method: "GET", url: "/api/v1/results/bilan", token: learner2 })).statusCode,
    ).toBe(403);
    const bad = await api.inject({ method: "GET", url: "/api/v1/results/bilan?stage=%3Cx%3E", token: lead2 });
    expect(bad.statusCode).toBe(400);
  });

  it("records the learner's confidence pulse, due at onboarding, and validates it", async () => {
    const due = await api.inject({ method: "GET", url: "/api/v1/me/pulse", token: learner });
    expect(body(due)).toEqual({ due: true, latest: null });
    const answered = await api.inject({
      method: "POST",
      url: "/api/v1/me/pulse",
      token: learner,
      payload: { confidence: 4, aiUse: "weekly" },
    });
    expect(answered.statusCode).toBe(201);
    expect(body(answered)).toMatchObject({ confidence: 4, aiUse: "weekly" });
    const after = await api.inject({ method: "GET", url: "/api/v1/me/pulse", token: learner });
    expect(body(after)).toMatchObject({ due: false, latest: { confidence: 4 } });
    for (const payload of [
      { confidence: 6, aiUse: "weekly" },
      { confidence: 3, aiUse: "hourly" },
      { confidence: 3 },
    ]) {
      const res = await api.inject({ method: "POST", url: "/api/v1/me/pulse", token: learner, payload });
      expect(res.statusCode).toBe(400);
      expect(body(res)).toMatchObject({ code: "invalid_body" });
    }
    const exported = await api.inject({ method: "GET", url: "/api/v1/me/export", token: learner });
    expect(body<{ pulses: unknown[] }>(exported).pulses).toHaveLength(1);
  });

  it("asks the pulse again in the end window of a stage covering the learner, once", async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // A stage ending in three days: its end window (the last 14 days and 14 days after) holds today.
    const ending = {
      ...STAGE_1,
      name: "Étape en cours",
      startsOn: day(-40),
      endsOn: day(3),
      cohorts: ["Vague 2"],
    };
    expect((await put("etape-en-cours", ending)).statusCode).toBe(201);
    const inCohort = await api.token({ tenant: "mutuelle", user: "ines", cohort: "Vague 2" });
    const otherCohort = await api.token({ tenant: "mutuelle", user: "omar", cohort: "Vague 9" });
    const status = async (token: string) =>
      body<{ due: boolean }>(await api.inject({ method: "GET", url: "/api/v1/me/pulse", token })).due;
    // Both answered at onboarding, before the end window opened.
    for (const [token, user] of [
      [inCohort, "ines"],
      [otherCohort, "omar"],
    ] as const) {
      const answered = await api.inject({
        method: "POST",
        url: "/api/v1/me/pulse",
        token,
        payload: { confidence: 2, aiUse: "never" },
      });
      expect(answered.statusCode).toBe(201);
      await api.app.store.db
        .updateTable("pulses")
        .set({ answered_at: new Date(Date.now() - 30 * 86_400_000).toISOString() })
        .where("tenant_id", "=", "mutuelle")
        .where("user_id", "=", user)
        .execute();
    }
    expect(await status(inCohort)).toBe(true);
    // A learner outside the stage's cohorts is not asked.
    expect(await status(otherCohort)).toBe(false);
    // Answered in the window: not asked again in it, and both answers are kept.
    const again = await api.inject({
      method: "POST",
      url: "/api/v1/me/pulse",
      token: inCohort,
      payload: { confidence: 4, aiUse: "weekly" },
    });
    expect(again.statusCode).toBe(201);
    expect(await status(inCohort)).toBe(false);
    const exported = await api.inject({ method: "GET", url: "/api/v1/me/export", token: inCohort });
    expect(body<{ pulses: unknown[] }>(exported).pulses).toHaveLength(2);

    // A stage that ended long ago does not ask anyone any more.
    expect(
      (await api.inject({ method: "DELETE", url: "/api/v1/admin/stages/etape-en-cours", token: admin }))
        .statusCode,
    ).toBe(204);
    const ended = { ...ending, name: "Étape finie", startsOn: day(-120), endsOn: day(-60), cohorts: [] };
    expect((await put("etape-finie", ended)).statusCode).toBe(201);
    await api.app.store.db
      .updateTable("pulses")
      .set({ answered_at: new Date(Date.now() - 200 * 86_400_000).toISOString() })
      .where("tenant_id", "=", "mutuelle")
      .where("user_id", "=", "ines")
      .execute();
    expect(await status(inCohort)).toBe(false);
    expect(
      (await api.inject({ method: "DELETE", url: "/api/v1/admin/stages/etape-finie", token: admin }))
        .statusCode,
    ).toBe(204);
  });

  it("removes a stage, audited, and answers 404 for one that does not exist", async () => {
    const removed = await api.inject({ method: "DELETE", url: "/api/v1/admin/stages/etape-1", token: admin });
    expect(removed.statusCode).toBe(204);
    const again = await api.inject({ method: "DELETE", url: "/api/v1/admin/stages/etape-1", token: admin });
    expect(again.statusCode).toBe(404);
    expect(body(again)).toMatchObject({ code: "unknown_stage" });
  });

  it("lists the stage routes in the OpenAPI document", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const doc = body<{ paths: Record<string, unknown> }>(res);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/stages",
        "/api/v1/admin/stages/{id}",
        "/api/v1/results/bilan",
        "/api/v1/results/bilan.html",
        "/api/v1/me/pulse",
      ]),
    );
  });
});
