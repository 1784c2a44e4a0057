import { body, createTestApi, type TestApi } from "../../support/api";
import type { Problem } from "../../../src/core/api/problem";
import type { SavedPromptView, TeamPromptView } from "../../../src/core/api/prompts";
import type { UseCaseView } from "../../../src/core/api/use-cases";

/** My saved prompts and my team's library: save, list, delete, publish, privacy, limits, GDPR. */
describe("prompt library", () => {
  let api: TestApi;
  let ana: string; // claims
  let ben: string; // claims
  let hugo: string; // hr
  let lead: string;
  let admin: string;
  let otherTenant: string;
  beforeAll(async () => {
    api = await createTestApi();
    ana = await api.token({ tenant: "t-lib", user: "ana", job: "claims" });
    ben = await api.token({ tenant: "t-lib", user: "ben", job: "claims" });
    hugo = await api.token({ tenant: "t-lib", user: "hugo", job: "hr" });
    lead = await api.token({ tenant: "t-lib", user: "lead", roles: ["PilotLead"] });
    admin = await api.token({ tenant: "t-lib", user: "admin", roles: ["Admin"] });
    otherTenant = await api.token({ tenant: "t-lib-other", user: "ana", job: "claims" });
  });
  afterAll(async () => {
    await api.close();
  });

  const REPLY =
    "Rédigez une réponse courtoise à [destinataire] qui confirme la date du [date], en trois phrases.";
  const save = (token: string, payload: Record<string, unknown>) =>
    api.inject({ method: "POST", url: "/api/v1/me/prompts", token, payload });
  const mine = async (token: string, query = "") =>
    body<{ prompts: SavedPromptView[]; limit: number }>(
      await api.inject({ method: "GET", url: `/api/v1/me/prompts${query}`, token }),
    );
  const publish = (token: string, payload: Record<string, unknown>) =>
    api.inject({ method: "POST", url: "/api/v1/prompts", token, payload });
  const team = async (token: string, query = "") =>
    body<{ prompts: TeamPromptView[] }>(
      await api.inject({ method: "GET", url: `/api/v1/prompts${query}`, token }),
    ).prompts;
  const auditActions = async () =>
    body<{ entries: Array<{ action: string; details: Record<string, unknown> }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/audit?limit=200", token: admin }),
    ).entries;

  let reply: SavedPromptView;

  it("keeps a learner's prompt with its name, host, exercise and source, for them alone", async () => {
    const res = await save(ana, {
      name: "Réponse de confirmation",
      text: `  ${REPLY}\n`,
      host: "outlook",
      exerciseId: "outlook-draft-reimbursement-reply",
      source: "better_version",
    });
    expect(res.statusCode).toBe(201);
    reply = body<SavedPromptView>(res);
    expect(reply).toMatchObject({
      name: "Réponse de confirmation",
      text: REPLY,
      host: "outlook",
      exerciseId: "outlook-draft-reimbursement-reply",
      source: "better_version",
    });
    expect(
      (await save(ana, { name: "Résumé", text: "Résumez la sélection en cinq puces.", host: "word" }))
        .statusCode,
    ).toBe(201);

    const list = await mine(ana);
    expect(list.limit).toBe(200);
    expect(list.prompts.map((p) => p.name).sort()).toEqual(["Réponse de confirmation", "Résumé"]);
    expect(list.prompts.find((p) => p.name === "Résumé")).toMatchObject({ source: "mine", exerciseId: null });
    expect((await mine(ana, "?host=outlook")).prompts.map((p) => p.id)).toEqual([reply.id]);
    expect((await mine(ben)).prompts).toEqual([]);
    expect((await mine(otherTenant)).prompts).toEqual([]);
  });

  it("returns the prompt already kept when the same text is saved again", async () => {
    const again = await save(ana, { name: "Autre nom", text: REPLY, host: "outlook" });
    expect(again.statusCode).toBe(200);
    expect(body<SavedPromptView>(again).id).toBe(reply.id);
    expect((await mine(ana)).prompts).toHaveLength(2);
  });

  it("refuses personal data with a stable code, audits it without the values, and stores nothing", async () => {
    for (const over of [
      { text: "Écrivez à M. Dupont pour confirmer son rendez-vous de demain." },
      { name: "Pour jean.martin@example.fr" },
      { text: "Rappelez le 06 12 34 56 78 pour le dossier." },
    ]) {
      const res = await save(ana, { name: "Test", text: "Résumez ce texte.", host: "word", ...over });
      expect(res.statusCode).toBe(422);
      const problem = body<Problem & { fields: Array<{ field: string }> }>(res);
      expect(problem.code).toBe("personal_data_in_text");
      expect(problem.fields.map((f) => f.field)).toEqual(Object.keys(over));
      expect(JSON.stringify(problem)).not.toMatch(/Dupont|jean\.martin|06 12/);
    }
    expect((await mine(ana)).prompts).toHaveLength(2);
    const blocks = (await auditActions()).filter(
      (e) => e.action === "privacy.block" && e.details.what === "saved_prompt",
    );
    expect(blocks).toHaveLength(3);
    expect(JSON.stringify(blocks)).not.toMatch(/Dupont|jean\.martin|06 12/);
  });

  it("bounds every field and validates every choice", async () => {
    for (const over of [
      { name: "x".repeat(121) },
      { name: "   " },
      { text: "p".repeat(8001) },
      { text: "" },
      { host: "powerpoint" },
      { source: "stolen" },
      { exerciseId: "Not An Id" },
      { extra: true },
    ]) {
      const res = await save(ana, { name: "Test", text: "Résumez ce texte.", host: "word", ...over });
      expect(res.statusCode).toBe(400);
      expect(body<Problem>(res).code).toBe("invalid_body");
    }
  });

  it("deletes only the caller's own prompt", async () => {
    const other = await api.inject({ method: "DELETE", url: `/api/v1/me/prompts/${reply.id}`, token: ben });
    expect(other.statusCode).toBe(404);
    const res = await api.inject({ method: "DELETE", url: `/api/v1/me/prompts/${reply.id}`, token: ana });
    expect(res.statusCode).toBe(204);
    expect((await mine(ana)).prompts.map((p) => p.name)).toEqual(["Résumé"]);
    const gone = await api.inject({ method: "DELETE", url: `/api/v1/me/prompts/${reply.id}`, token: ana });
    expect(gone.statusCode).toBe(404);
  });

  it("stops at 200 saved prompts with 409 prompt_library_full, and saves again after a delete", async () => {
    const full = await api.token({ tenant: "t-lib", user: "full", job: "claims" });
    const now = new Date().toISOString();
    await api.app.store.db
      .insertInto("saved_prompts")
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          tenant_id: "t-lib",
          id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
          user_id: "full",
          name: `Prompt ${i}`,
          text: `Résumez la note numéro ${i}.`,
          host: "word" as const,
          exercise_id: null,
          source: "mine" as const,
          created_at: now,
        })),
      )
      .execute();
    const refused = await save(full, { name: "Un de plus", text: "Résumez cette note.", host: "word" });
    expect(refused.statusCode).toBe(409);
    expect(body<Problem & { limit: number }>(refused)).toMatchObject({
      code: "prompt_library_full",
      limit: 200,
    });
    const oldest = "00000000-0000-4000-8000-000000000000";
    await api.inject({ method: "DELETE", url: `/api/v1/me/prompts/${oldest}`, token: full });
    expect(
      (await save(full, { name: "Un de plus", text: "Résumez cette note.", host: "word" })).statusCode,
    ).toBe(201);
  });

  let published: TeamPromptView;

  it("lets pilot leads publish a prompt for a job, audited without its text; learners may not", async () => {
    const payload = { job: "claims", name: "Réponse type", text: REPLY, host: "outlook" };
    const refused = await publish(ana, payload);
    expect(refused.statusCode).toBe(403);
    expect(body<Problem>(refused).code).toBe("forbidden");

    const res = await publish(lead, payload);
    expect(res.statusCode).toBe(201);
    published = body<TeamPromptView>(res);
    expect(published).toMatchObject({ job: "claims", host: "outlook", source: "prompt", useCaseId: null });
    const again = await publish(lead, payload);
    expect(again.statusCode).toBe(200);
    expect(body<TeamPromptView>(again).id).toBe(published.id);

    const entries = (await auditActions()).filter((e) => e.action === "prompt_library.publish");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toEqual({ job: "claims", host: "outlook", source: "prompt" });
    expect(JSON.stringify(entries)).not.toContain("destinataire");
  });

  it("refuses unknown jobs, missing parts and personal data when publishing", async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ job: "astronaut", name: "N", text: "Résumez.", host: "word" }, 422, "unknown_job"],
      [{ job: "claims", text: "Résumez.", host: "word" }, 400, "invalid_body"],
      [{ job: "claims", name: "N", text: "Résumez.", useCaseId: crypto.randomUUID() }, 400, "invalid_body"],
      [
        { job: "claims", name: "N", text: "Écrivez à Mme Durand au sujet de son arrêt.", host: "word" },
        422,
        "personal_data_in_text",
      ],
      [{ job: "claims", useCaseId: crypto.randomUUID() }, 404, "not_found"],
    ];
    for (const [payload, status, code] of cases) {
      const res = await publish(lead, payload);
      expect([res.statusCode, body<Problem>(res).code]).toEqual([status, code]);
    }
  });

  it("publishes a use case's prompt under its title and host", async () => {
    const useCase = body<UseCaseView>(
      await api.inject({
        method: "POST",
        url: "/api/v1/use-cases",
        token: ben,
        payload: {
          title: "Résumer une circulaire",
          task: "Je colle la circulaire et je demande les changements pour les contrôles.",
          host: "word",
          frequency: "weekly",
          minutesSaved: 20,
          dataInvolved: "internal",
          prompt: "Résumez la circulaire [titre] pour les gestionnaires en cinq puces.",
        },
      }),
    );
    const res = await publish(admin, { job: "claims", useCaseId: useCase.id });
    expect(res.statusCode).toBe(201);
    expect(body<TeamPromptView>(res)).toMatchObject({
      name: "Résumer une circulaire",
      host: "word",
      text: "Résumez la circulaire [titre] pour les gestionnaires en cinq puces.",
      source: "use_case",
      useCaseId: useCase.id,
    });
    const noPrompt = body<UseCaseView>(
      await api.inject({
        method: "POST",
        url: "/api/v1/use-cases",
        token: ben,
        payload: {
          title: "Trier les demandes",
          task: "Je demande de classer les demandes du jour par urgence et par type.",
          host: "outlook",
          frequency: "daily",
          minutesSaved: 5,
          dataInvolved: "internal",
        },
      }),
    );
    const refused = await publish(lead, { job: "claims", useCaseId: noPrompt.id });
    expect([refused.statusCode, body<Problem>(refused).code]).toEqual([422, "use_case_without_prompt"]);
  });

  it("shows the team library to the whole tenant, the caller's job first, filtered by job and host", async () => {
    await publish(lead, {
      job: "hr",
      name: "Question RH",
      text: "Reformulez cette question RH.",
      host: "word",
    });
    const forAna = await team(ana);
    expect(forAna.map((p) => [p.job, p.myJob])).toEqual([
      ["claims", true],
      ["claims", true],
      ["hr", false],
    ]);
    expect((await team(hugo)).map((p) => p.job)).toEqual(["hr", "claims", "claims"]);
    expect((await team(ana, "?host=outlook")).map((p) => p.id)).toEqual([published.id]);
    expect((await team(ana, "?job=hr")).map((p) => p.name)).toEqual(["Question RH"]);
    expect(await team(otherTenant)).toEqual([]);
    const bad = await api.inject({ method: "GET", url: "/api/v1/prompts?host=paint", token: ana });
    expect(bad.statusCode).toBe(400);
  });

  it("lets pilot leads take a prompt down, audited; learners may not", async () => {
    const url = `/api/v1/prompts/${published.id}`;
    expect((await api.inject({ method: "DELETE", url, token: ana })).statusCode).toBe(403);
    expect((await api.inject({ method: "DELETE", url, token: lead })).statusCode).toBe(204);
    expect((await api.inject({ method: "DELETE", url, token: lead })).statusCode).toBe(404);
    expect((await team(ana)).map((p) => p.id)).not.toContain(published.id);
    expect((await auditActions()).some((e) => e.action === "prompt_library.unpublish")).toBe(true);
  });

  it("describes every library route in the OpenAPI document", async () => {
    const doc = body<{ paths: Record<string, Record<string, unknown>> }>(
      await api.inject({ method: "GET", url: "/api/v1/openapi.json" }),
    );
    expect(Object.keys(doc.paths["/api/v1/me/prompts"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/me/prompts/{id}"] ?? {})).toEqual(["delete"]);
    expect(Object.keys(doc.paths["/api/v1/prompts"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/prompts/{id}"] ?? {})).toEqual(["delete"]);
  });

  it("exports a learner's saved prompts, erases them, and keeps a lead's published prompts without their id", async () => {
    const eva = await api.token({ tenant: "t-lib", user: "eva", job: "claims", roles: ["PilotLead"] });
    await save(eva, { name: "Le mien", text: "Résumez ce compte rendu en trois puces.", host: "word" });
    const hers = body<TeamPromptView>(
      await publish(eva, {
        job: "claims",
        name: "Compte rendu",
        text: "Résumez ce compte rendu.",
        host: "word",
      }),
    );
    const exported = body<{
      savedPrompts: Array<{ name: string }>;
      publishedPrompts: Array<{ id: string }>;
    }>(await api.inject({ method: "GET", url: "/api/v1/me/export", token: eva }));
    expect(exported.savedPrompts.map((p) => p.name)).toEqual(["Le mien"]);
    expect(exported.publishedPrompts.map((p) => p.id)).toEqual([hers.id]);

    const erased = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/eva", token: admin });
    expect(erased.statusCode).toBe(200);
    expect(body<{ savedPrompts: number }>(erased).savedPrompts).toBe(1);
    const left = await api.app.store.db
      .selectFrom("team_prompts")
      .select("published_by")
      .where("id", "=", hers.id)
      .executeTakeFirstOrThrow();
    expect(left.published_by).toBeNull();
    expect((await team(ana)).map((p) => p.id)).toContain(hers.id);
    const again = body<{ savedPrompts: unknown[]; publishedPrompts: unknown[] }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token: eva }),
    );
    expect(again).toMatchObject({ savedPrompts: [], publishedPrompts: [] });
  });
});
