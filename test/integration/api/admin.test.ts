import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { Me } from "../../../src/core/api/me";
import type { TenantSettings } from "../../../src/core/api/admin";
import { purgeExpiredAttempts } from "../../../src/server/tenants/retention";
import { forwardPendingStatements } from "../../../src/server/xapi/forwarder";
import { loadCatalog } from "../../../src/server/catalog/load";

describe("administration, GDPR and xAPI", () => {
  let api: TestApi;
  let admin: string;
  let learner: string;
  let lead: string;
  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.token({ tenant: "acme", user: "root", roles: ["Admin"] });
    learner = await api.token({ tenant: "acme", user: "lea", name: "Léa" });
    lead = await api.token({ tenant: "acme", user: "pat", roles: ["PilotLead"] });
  });
  afterAll(async () => {
    await api.close();
  });

  const submit = (payload: object, token = learner) =>
    api.inject({ method: "POST", url: "/api/v1/attempts", token, payload });
  const auditActions = async () =>
    body<{ entries: Array<{ action: string; details: Record<string, unknown> }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: admin }),
    ).entries;

  it("serves default settings with a French and English charter", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/admin/settings", token: admin });
    expect(res.statusCode).toBe(200);
    const settings = body<TenantSettings>(res);
    expect(settings).toMatchObject({ retentionDays: 365, reportK: 5, reportsShowNames: false });
    expect(settings.charter.title.fr).toMatch(/\S/);
    expect(settings.charter.title.en).toMatch(/\S/);
    expect(settings.privacyPolicy.actions.NIR).toBe("pseudonymise");
    expect(settings.privacyPolicy.promptActions.NIR).toBe("block");
  });

  it("changes only the named settings and audits the change without its content", async () => {
    const res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { reportK: 7, privacyPolicy: { actions: { EMAIL: "block" } } },
    });
    expect(res.statusCode).toBe(200);
    const settings = body<TenantSettings>(res);
    expect(settings.reportK).toBe(7);
    expect(settings.retentionDays).toBe(365);
    expect(settings.privacyPolicy.actions.EMAIL).toBe("block");
    const entry = (await auditActions()).find((e) => e.action === "settings.update");
    expect(entry?.details).toEqual({
      fields: ["privacyPolicy", "reportK"],
      privacyPolicy: { actions: { EMAIL: "pseudonymise→block" }, promptActions: {} },
    });
  });

  it("asks learners to accept a new charter version", async () => {
    const charter = {
      version: "2026-06",
      title: { fr: "Charte IA", en: "AI charter" },
      sections: [
        {
          title: { fr: "Règle", en: "Rule" },
          body: { fr: "Pas de NIR.", en: "No social security numbers." },
        },
      ],
    };
    await api.inject({ method: "PUT", url: "/api/v1/admin/settings", token: admin, payload: { charter } });
    let me = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: learner }));
    expect(me.charter.version).toBe("2026-06");
    expect(me.charterAccepted).toBe(false);
    const stale = await api.inject({
      method: "POST",
      url: "/api/v1/me/charter",
      token: learner,
      payload: { version: "2026-01" },
    });
    expect(stale.statusCode).toBe(409);
    expect(body(stale)).toMatchObject({ code: "charter_version_mismatch" });
    me = body<Me>(
      await api.inject({
        method: "POST",
        url: "/api/v1/me/charter",
        token: learner,
        payload: { version: "2026-06" },
      }),
    );
    expect(me.charterAccepted).toBe(true);
  });

  it("adds, uses and removes a tenant exercise", async () => {
    const base = (await loadCatalog()).exercises.find((e) => e.hosts.includes("word"));
    if (!base) throw new Error("no word exercise");
    const exercise = { ...base, id: "acme-reply-to-member", version: 3 };
    const put = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/acme-reply-to-member",
      token: admin,
      payload: exercise,
    });
    expect(put.statusCode).toBe(200);
    const listed = body<{ exercises: Array<{ id: string }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/exercises", token: admin }),
    );
    expect(listed.exercises.map((e) => e.id)).toEqual(["acme-reply-to-member"]);
    const attempt = await submit(attemptBody({ exerciseId: "acme-reply-to-member" }));
    expect(body<{ attempt: { exerciseVersion: number } }>(attempt).attempt.exerciseVersion).toBe(3);

    const mismatch = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/other-id",
      token: admin,
      payload: exercise,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(
      (
        await api.inject({
          method: "DELETE",
          url: "/api/v1/admin/exercises/acme-reply-to-member",
          token: admin,
        })
      ).statusCode,
    ).toBe(204);
    expect((await submit(attemptBody({ exerciseId: "acme-reply-to-member" }))).statusCode).toBe(422);
    const actions = (await auditActions()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["exercise.put", "exercise.delete"]));
  });

  it("keeps a tenant exercise's task definition, and refuses one its own example does not fit", async () => {
    const base = (await loadCatalog()).byId.get("excel-transform-write-formula");
    if (!base?.taskDefinition) throw new Error("no formula exercise with a task definition");
    const fitting = { ...base, id: "acme-formula", version: 1 };
    const put = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/acme-formula",
      token: admin,
      payload: fitting,
    });
    expect(put.statusCode).toBe(200);
    const listed = body<{ exercises: Array<{ id: string; taskDefinition?: unknown }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/exercises", token: admin }),
    );
    expect(listed.exercises.find((e) => e.id === "acme-formula")?.taskDefinition).toEqual(
      base.taskDefinition,
    );

    const offTask = {
      ...fitting,
      id: "acme-formula-2",
      example: {
        fr: "Résume le tableau sélectionné en 3 phrases pour ma responsable.",
        en: "Summarise the selected table in 3 sentences for my manager.",
      },
    };
    const refused = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/acme-formula-2",
      token: admin,
      payload: offTask,
    });
    expect(refused.statusCode).toBe(422);
    expect(body(refused)).toMatchObject({ code: "exercise_task_mismatch" });
    const after = body<{ exercises: Array<{ id: string }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/exercises", token: admin }),
    );
    expect(after.exercises.map((e) => e.id)).not.toContain("acme-formula-2");

    const badKind = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/exercises/acme-formula",
      token: admin,
      payload: { ...fitting, taskDefinition: { ...base.taskDefinition, deliverable: ["poem"] } },
    });
    expect(badKind.statusCode).toBe(400);
  });

  it("sets users' cohort and department; token claims win when present", async () => {
    const res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/users",
      token: admin,
      payload: {
        users: [
          { userId: "lea", cohort: "Vague 1", department: "Prestations" },
          { userId: "new-user", cohort: "Vague 2" },
        ],
      },
    });
    expect(body(res)).toEqual({ updated: 1, created: 1 });
    const me = body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: learner }));
    expect(me).toMatchObject({ cohort: "Vague 1", department: "Prestations" });
    const claimed = await api.token({ tenant: "acme", user: "lea", department: "Relation adhérents" });
    expect(body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: claimed })).department).toBe(
      "Relation adhérents",
    );
  });

  it("refuses administration to learners and pilot leads", async () => {
    for (const token of [learner, lead]) {
      const res = await api.inject({ method: "GET", url: "/api/v1/admin/settings", token });
      expect(res.statusCode).toBe(403);
      expect(body(res)).toMatchObject({ code: "forbidden" });
    }
  });

  it("exports xAPI statements to pilot leads, not to learners", async () => {
    const attempt = attemptBody();
    await submit(attempt);
    expect(
      (await api.inject({ method: "GET", url: "/api/v1/xapi/statements", token: learner })).statusCode,
    ).toBe(403);
    const res = await api.inject({ method: "GET", url: "/api/v1/xapi/statements?limit=500", token: lead });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-experience-api-version"]).toBe("1.0.3");
    interface Statement {
      context: { registration: string };
      verb: { id: string };
      result: { score: { scaled: number } };
    }
    const { statements } = body<{ statements: Statement[] }>(res);
    const statement = statements.find((s) => s.context.registration === attempt.id);
    expect(statement).toMatchObject({
      actor: { objectType: "Agent", account: { name: "lea" } },
      result: { completion: true, duration: "PT1M0S" },
      timestamp: attempt.submittedAt,
    });
    expect(["http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed"]).toContain(
      statement?.verb.id,
    );
    expect(statement?.result.score.scaled).toBeGreaterThan(0);
    expect(statement?.result.score.scaled).toBeLessThanOrEqual(1);
    expect(JSON.stringify(statement)).not.toContain("Léa");
  });

  it("forwards statements to a record store once, retrying after a failure", async () => {
    const received: string[] = [];
    let failNext = true;
    const lrs = createServer((req, res) => {
      const id = new URL(req.url ?? "", "http://x").searchParams.get("statementId") ?? "";
      req.resume();
      if (failNext) {
        failNext = false;
        res.writeHead(503).end();
        return;
      }
      received.push(id);
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => lrs.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(lrs.address() as AddressInfo).port}/xapi`;
    try {
      const db = api.app.store.db;
      const pending = await db
        .selectFrom("xapi_outbox")
        .select("statement_id")
        .where("sent_at", "is", null)
        .execute();
      expect(pending.length).toBeGreaterThan(0);
      const first = await forwardPendingStatements(db, { endpoint, auth: "Basic eDp5" });
      expect(first).toBe(pending.length - 1);
      // The failed one waits for its backoff; make it due now.
      await db
        .updateTable("xapi_outbox")
        .set({ next_try_at: new Date(0).toISOString() })
        .where("sent_at", "is", null)
        .execute();
      expect(await forwardPendingStatements(db, { endpoint, auth: undefined })).toBe(1);
      expect(await forwardPendingStatements(db, { endpoint, auth: undefined })).toBe(0);
      expect(new Set(received).size).toBe(pending.length);
      expect(received).toHaveLength(pending.length);
    } finally {
      await new Promise<void>((resolve) => lrs.close(() => resolve()));
    }
  });

  it("gives a user all their data, then erases them on an admin's request", async () => {
    const exported = await api.inject({ method: "GET", url: "/api/v1/me/export", token: learner });
    expect(exported.statusCode).toBe(200);
    const data = body<{
      profile: { user_id: string };
      attempts: unknown[];
      learner: unknown;
      xapiStatements: unknown[];
    }>(exported);
    expect(data.profile.user_id).toBe("lea");
    expect(data.attempts.length).toBeGreaterThan(0);
    expect(data.xapiStatements.length).toBe(data.attempts.length);

    const usage = api.app.store.db;
    await usage
      .insertInto("llm_usage")
      .values({
        tenant_id: "acme",
        user_id: "lea",
        day: "2026-01-05",
        requests: 2,
        prompt_tokens: 10,
        completion_tokens: 20,
        total_tokens: 30,
        updated_at: new Date().toISOString(),
      })
      .execute();
    const erased = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/lea", token: admin });
    expect(erased.statusCode).toBe(200);
    expect(body(erased)).toMatchObject({ userId: "lea", attempts: data.attempts.length });
    const after = body<{ profile: unknown; attempts: unknown[] }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token: learner }),
    );
    expect(after.profile).toBeNull();
    expect(after.attempts).toEqual([]);
    expect(await usage.selectFrom("llm_usage").selectAll().where("user_id", "=", "lea").execute()).toEqual(
      [],
    );
    expect(
      (await api.inject({ method: "DELETE", url: "/api/v1/admin/users/lea", token: admin })).statusCode,
    ).toBe(404);
    const entry = (await auditActions()).find((e) => e.action === "user.erase");
    expect(JSON.stringify(entry)).not.toContain("Léa");
  });

  it("purges attempts older than the tenant's retention period", async () => {
    const sam = await api.token({ tenant: "acme", user: "sam" });
    const old = new Date(Date.now() - 40 * 86_400_000);
    const oldAttempt = attemptBody({
      startedAt: old.toISOString(),
      submittedAt: new Date(old.getTime() + 1000).toISOString(),
    });
    const recent = attemptBody();
    await submit(oldAttempt, sam);
    await submit(recent, sam);
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { retentionDays: 30 },
    });
    const purged = await purgeExpiredAttempts(api.app.store.db);
    expect(purged.acme).toBeGreaterThanOrEqual(1);
    const ids = (
      await api.app.store.db.selectFrom("attempts").select("id").where("user_id", "=", "sam").execute()
    ).map((r) => r.id);
    expect(ids).toEqual([recent.id]);
    const left = await api.app.store.db
      .selectFrom("xapi_outbox")
      .select("attempt_id")
      .where("attempt_id", "=", oldAttempt.id)
      .execute();
    expect(left).toEqual([]);
    expect((await auditActions()).map((e) => e.action)).toContain("retention.purge");
  });
});
