import { body, createTestApi, type TestApi } from "../../support/api";
import type { Problem } from "../../../src/core/api/problem";
import type { UseCaseView } from "../../../src/core/api/use-cases";

/** "I used AI for this": propose, see your job's use cases, vote, rank, review and promote. */
describe("use cases", () => {
  let api: TestApi;
  let ana: string; // claims
  let ben: string; // claims
  let carl: string; // claims
  let hugo: string; // hr
  let lead: string;
  let admin: string;
  let otherTenant: string;
  beforeAll(async () => {
    api = await createTestApi();
    ana = await api.token({ tenant: "t-uc", user: "ana", name: "Ana Lopez", job: "claims" });
    ben = await api.token({ tenant: "t-uc", user: "ben", job: "claims" });
    carl = await api.token({ tenant: "t-uc", user: "carl", job: "claims" });
    hugo = await api.token({ tenant: "t-uc", user: "hugo", job: "hr" });
    lead = await api.token({ tenant: "t-uc", user: "lead", roles: ["PilotLead"] });
    admin = await api.token({ tenant: "t-uc", user: "admin", roles: ["Admin"] });
    otherTenant = await api.token({ tenant: "t-other", user: "ana", job: "claims" });
  });
  afterAll(async () => {
    await api.close();
  });

  const proposal = (over: Record<string, unknown> = {}) => ({
    title: "Résumer une circulaire de remboursement",
    task: "Je colle la circulaire et je demande les changements pour les contrôles, en cinq puces.",
    host: "word",
    frequency: "weekly",
    minutesSaved: 20,
    dataInvolved: "internal",
    riskTags: ["invented_facts"],
    riskText: "Il a inventé une date d’effet une fois : je vérifie toujours dans le texte.",
    prompt: "Résumez la circulaire ci-dessous pour les gestionnaires en cinq puces.",
    ...over,
  });
  const propose = (token: string, over: Record<string, unknown> = {}) =>
    api.inject({ method: "POST", url: "/api/v1/use-cases", token, payload: proposal(over) });
  const list = async (token: string, query = "") =>
    body<{ useCases: UseCaseView[] }>(
      await api.inject({ method: "GET", url: `/api/v1/use-cases${query}`, token }),
    ).useCases;
  const vote = (token: string, id: string, worked: boolean | null = null) =>
    api.inject({ method: "POST", url: `/api/v1/use-cases/${id}/votes`, token, payload: { worked } });
  const patch = (token: string, id: string, payload: object) =>
    api.inject({ method: "PATCH", url: `/api/v1/use-cases/${id}`, token, payload });

  let weekly: UseCaseView;
  let daily: UseCaseView;

  it("records a use case under the learner's job, proposed, without showing the author by default", async () => {
    const res = await propose(ana);
    expect(res.statusCode).toBe(201);
    weekly = body<UseCaseView>(res);
    expect(weekly).toMatchObject({
      job: "claims",
      status: "proposed",
      mine: true,
      author: null,
      reach: 1,
      rank: 1 * 4 * 20,
      riskFlags: ["invented_facts"],
      myVote: null,
    });
    daily = body<UseCaseView>(
      await propose(ben, {
        title: "Demander les pièces manquantes",
        task: "Je fais rédiger le courriel qui liste les pièces manquantes d’un dossier.",
        host: "outlook",
        frequency: "daily",
        minutesSaved: 5,
        dataInvolved: "personal",
        riskTags: ["confidentiality"],
        prompt: null,
      }),
    );
    expect(daily.riskFlags).toEqual(["personal_data", "confidentiality"]);
  });

  it("refuses personal data, names and health terms in any text, with a stable code, and stores nothing", async () => {
    const cases = [
      { task: "Je réponds à M. Dupont sur son dossier en retard depuis deux mois." },
      { prompt: "Écris au 06 12 34 56 78 pour confirmer le rendez-vous de demain." },
      { riskText: "Le dossier parlait de son diabète, je l’ai retiré avant." },
      { title: "Courriel à jean.martin@example.fr sur son dossier" },
    ];
    for (const over of cases) {
      const res = await propose(ana, over);
      expect(res.statusCode).toBe(422);
      const problem = body<Problem & { fields: Array<{ field: string }> }>(res);
      expect(problem.code).toBe("personal_data_in_text");
      expect(problem.fields.map((f) => f.field)).toEqual(Object.keys(over));
      expect(JSON.stringify(problem)).not.toMatch(/Dupont|06 12|diabète|jean\.martin/);
    }
    expect((await list(ana)).map((u) => u.id).sort()).toEqual([weekly.id, daily.id].sort());
  });

  it("bounds every text and validates every choice", async () => {
    for (const over of [
      { title: "x".repeat(121) },
      { task: "court" },
      { prompt: "p".repeat(4001) },
      { frequency: "hourly" },
      { minutesSaved: -1 },
      { dataInvolved: "secret" },
      { riskTags: ["bias", "bias"] },
      { job: "astronaut" },
    ]) {
      const res = await propose(ana, over);
      expect([400, 422]).toContain(res.statusCode);
      expect(["invalid_body", "unknown_job"]).toContain(body<Problem>(res).code);
    }
  });

  it("shows colleagues their job's use cases only, and other tenants nothing", async () => {
    expect((await list(carl)).map((u) => u.id).sort()).toEqual([weekly.id, daily.id].sort());
    expect(await list(hugo)).toEqual([]);
    expect(await list(otherTenant)).toEqual([]);
    expect((await vote(hugo, weekly.id)).statusCode).toBe(404);
    expect((await vote(otherTenant, weekly.id)).statusCode).toBe(404);
    expect(
      (await api.inject({ method: "GET", url: "/api/v1/use-cases?job=claims", token: hugo })).statusCode,
    ).toBe(403);
  });

  it("counts “I do this too” once per colleague, with whether it worked, and ranks by reach × frequency × minutes", async () => {
    expect(body<Problem>(await vote(ana, weekly.id)).code).toBe("own_use_case");
    let seen = body<UseCaseView>(await vote(ben, weekly.id, true));
    expect(seen).toMatchObject({ reach: 2, workedForThem: 1, didNotWork: 0, myVote: { worked: true } });
    seen = body<UseCaseView>(await vote(ben, weekly.id, false));
    expect(seen).toMatchObject({ reach: 2, workedForThem: 0, didNotWork: 1, myVote: { worked: false } });
    seen = body<UseCaseView>(await vote(carl, weekly.id));
    expect(seen).toMatchObject({ reach: 3, rank: 3 * 4 * 20, myVote: { worked: null } });
    // daily × 5 min × 1 person = 100 < weekly × 20 min × 3 people = 240
    expect((await list(lead)).map((u) => u.id)).toEqual([weekly.id, daily.id]);
    await vote(ana, daily.id);
    await vote(carl, daily.id);
    // daily: 3 × 20 × 5 = 300 > 240
    const ranked = await list(lead, "?sort=rank");
    expect(ranked.map((u) => [u.id, u.rank])).toEqual([
      [daily.id, 300],
      [weekly.id, 240],
    ]);
    const withdrawn = body<UseCaseView>(
      await api.inject({ method: "DELETE", url: `/api/v1/use-cases/${daily.id}/votes`, token: carl }),
    );
    expect(withdrawn).toMatchObject({ reach: 2, myVote: null });
  });

  it("lets authors edit their own, not others’, and lets only leads move the status", async () => {
    const edited = await patch(ana, weekly.id, { minutesSaved: 25 });
    expect(body<UseCaseView>(edited).minutesSaved).toBe(25);
    expect((await patch(ben, weekly.id, { minutesSaved: 60 })).statusCode).toBe(403);
    expect((await patch(ana, weekly.id, { status: "under_review" })).statusCode).toBe(403);
    expect(
      body<Problem>(await patch(ana, weekly.id, { task: "Pour Mme Durand je résume la circulaire." })).code,
    ).toBe("personal_data_in_text");
    const aside = await patch(lead, daily.id, { status: "set_aside" });
    expect(aside.statusCode).toBe(400);
    const reviewed = body<UseCaseView>(await patch(lead, daily.id, { status: "under_review" }));
    expect(reviewed.status).toBe("under_review");
    const setAside = body<UseCaseView>(
      await patch(lead, daily.id, {
        status: "set_aside",
        statusReason: "Données personnelles : à revoir avec le DPO.",
      }),
    );
    expect(setAside).toMatchObject({
      status: "set_aside",
      statusReason: "Données personnelles : à revoir avec le DPO.",
    });
    expect(body<Problem>(await patch(lead, daily.id, { status: "promoted" })).code).toBe(
      "invalid_status_move",
    );
  });

  it("promotes a use case to a draft tenant exercise for an Admin to finish", async () => {
    const promoted = body<UseCaseView>(await patch(lead, weekly.id, { status: "promoted" }));
    expect(promoted.status).toBe("promoted");
    expect(promoted.exerciseId).toMatch(/^usecase-[0-9a-f]{12}$/);
    const drafts = body<{
      drafts: Array<{ exerciseId: string; useCaseId: string; definition: Record<string, unknown> }>;
    }>(await api.inject({ method: "GET", url: "/api/v1/admin/exercise-drafts", token: admin })).drafts;
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ exerciseId: promoted.exerciseId, useCaseId: weekly.id });
    expect(drafts[0]!.definition).toMatchObject({
      jobs: ["claims"],
      hosts: ["word"],
      title: { fr: "Résumer une circulaire de remboursement" },
      example: { fr: "Résumez la circulaire ci-dessous pour les gestionnaires en cinq puces." },
    });
    // A draft is not offered to learners until an Admin publishes it.
    const exercises = body<{ exercises: Array<{ id: string }> }>(
      await api.inject({ method: "GET", url: "/api/v1/exercises", token: ana }),
    ).exercises;
    expect(exercises.map((e) => e.id)).not.toContain(promoted.exerciseId);
    expect(body<Problem>(await patch(ana, weekly.id, { minutesSaved: 30 })).code).toBe("use_case_promoted");
    expect(
      (await api.inject({ method: "GET", url: "/api/v1/admin/exercise-drafts", token: lead })).statusCode,
    ).toBe(403);
  });

  it("shows authors' names when the tenant allows it", async () => {
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { useCaseAuthorsShown: true },
    });
    const seen = (await list(carl)).find((u) => u.id === weekly.id)!;
    expect(seen.author).toBe("Ana Lopez");
  });

  it("lets authors delete their own use case with its votes, and nobody else's", async () => {
    const mine = body<UseCaseView>(await propose(carl, { title: "Relire mes courriers types" }));
    await vote(ben, mine.id, true);
    expect(
      (await api.inject({ method: "DELETE", url: `/api/v1/use-cases/${mine.id}`, token: ben })).statusCode,
    ).toBe(403);
    expect(
      (await api.inject({ method: "DELETE", url: `/api/v1/use-cases/${mine.id}`, token: carl })).statusCode,
    ).toBe(204);
    expect((await list(ben)).map((u) => u.id)).not.toContain(mine.id);
  });
});
