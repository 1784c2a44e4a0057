import { body, createTestApi, type TestApi } from "../../support/api";
import type { JobListResponse } from "../../../src/core/api/jobs";
import type { Me } from "../../../src/core/api/me";
import type { Problem } from "../../../src/core/api/problem";
import type { RecommendationResponse } from "../../../src/core/recommender/api";
import { computeFeatures } from "../../../src/core/features";

/** A learner's job: the tenant's list, chosen at onboarding, from the token, or imported; it shapes suggestions. */
describe("jobs", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it("lists the health insurer's default jobs in French and English", async () => {
    const token = await api.token({ tenant: "t-jobs", user: "ana" });
    const res = await api.inject({ method: "GET", url: "/api/v1/jobs", token });
    expect(res.statusCode).toBe(200);
    const list = body<JobListResponse>(res);
    expect(list.jobs.map((j) => j.id)).toEqual([
      "claims",
      "member-relations",
      "group-contracts",
      "actuarial-control",
      "hr",
      "legal-compliance",
      "marketing-communication",
      "it",
      "management",
    ]);
    expect(list.jobs[0]!.label).toEqual({ fr: "Gestion des prestations", en: "Claims handling" });
    expect(list.mine).toBeNull();
    expect(list.fromDirectory).toBe(false);
  });

  it("lets a learner choose a job, change it and clear it, and refuses an unknown one", async () => {
    const token = await api.token({ tenant: "t-jobs", user: "bruno" });
    const put = (job: string | null) =>
      api.inject({ method: "PUT", url: "/api/v1/me", token, payload: { job } });
    let res = await put("claims");
    expect(res.statusCode).toBe(200);
    expect(body<Me>(res).job).toBe("claims");
    res = await put("hr");
    expect(body<Me>(res).job).toBe("hr");
    expect(body<JobListResponse>(await api.inject({ method: "GET", url: "/api/v1/jobs", token })).mine).toBe(
      "hr",
    );
    res = await put("astronaut");
    expect(res.statusCode).toBe(422);
    expect(body<Problem>(res).code).toBe("unknown_job");
    res = await put("Not An Id!");
    expect(res.statusCode).toBe(400);
    expect(body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token })).job).toBe("hr");
    res = await put(null);
    expect(body<Me>(res).job).toBeNull();
  });

  it("takes the job from the token claim and keeps the pane from changing it", async () => {
    const token = await api.token({ tenant: "t-jobs", user: "chloe", job: "legal-compliance" });
    const list = body<JobListResponse>(await api.inject({ method: "GET", url: "/api/v1/jobs", token }));
    expect(list.mine).toBe("legal-compliance");
    expect(list.fromDirectory).toBe(true);
    const res = await api.inject({ method: "PUT", url: "/api/v1/me", token, payload: { job: "it" } });
    expect(res.statusCode).toBe(409);
    expect(body<Problem>(res).code).toBe("job_from_directory");
  });

  it("imports jobs by id or label through the admin users API and refuses the batch on an unknown job", async () => {
    const admin = await api.token({ tenant: "t-jobs", user: "admin", roles: ["Admin"] });
    let res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/users",
      token: admin,
      payload: {
        users: [
          { userId: "dora", job: "Ressources humaines" },
          { userId: "eli", job: "claims" },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const dora = await api.token({ tenant: "t-jobs", user: "dora" });
    expect(body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: dora })).job).toBe("hr");
    res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/users",
      token: admin,
      payload: {
        users: [
          { userId: "dora", job: "it" },
          { userId: "fred", job: "plumbing" },
        ],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(body<Problem & { jobs: string[] }>(res)).toMatchObject({
      code: "unknown_job",
      jobs: ["plumbing"],
    });
    expect(body<Me>(await api.inject({ method: "GET", url: "/api/v1/me", token: dora })).job).toBe("hr");
  });

  it("suggests an exercise written for the learner's job and says so", async () => {
    const features = computeFeatures({
      host: "outlook",
      mode: "read",
      title: "Où en est mon dossier ?",
      text: "Bonjour, je n’ai toujours pas reçu le remboursement de ma facture d’optique envoyée il y a trois semaines. Pouvez-vous me dire où en est mon dossier ? Merci.",
      truncated: false,
      isSelection: false,
      tables: [],
      meta: {},
    });
    const ask = (token: string) =>
      api.inject({
        method: "POST",
        url: "/api/v1/recommendations",
        token,
        payload: { host: "outlook", lang: "fr", features },
      });
    const none = body<RecommendationResponse>(
      await ask(await api.token({ tenant: "t-jobs-reco", user: "no-job" })),
    );
    expect(none.reasons.map((r) => r.code)).not.toContain("job_fit");
    expect(none.why.fr).not.toMatch(/métier/);
    for (const job of ["claims", "legal-compliance"]) {
      const token = await api.token({ tenant: "t-jobs-reco", user: `u-${job}`, job });
      const rec = body<RecommendationResponse>(await ask(token));
      expect(rec.exercise.jobs).toContain(job);
      expect(rec.reasons.map((r) => r.code)).toContain("job_fit");
      expect(rec.why.fr).toMatch(/écrit pour votre métier/);
      expect(rec.why.en).toMatch(/written for your job/);
    }
    // Legal staff get their own exercise on the same email, where a learner without a job does not.
    const legal = body<RecommendationResponse>(
      await ask(
        await api.token({ tenant: "t-jobs-reco", user: "u-legal-compliance", job: "legal-compliance" }),
      ),
    );
    expect(legal.exercise.id).not.toBe(none.exercise.id);
    // Nothing written for HR fits a member's complaint: the suggestion does not claim it was.
    const hr = body<RecommendationResponse>(
      await ask(await api.token({ tenant: "t-jobs-reco", user: "u-hr", job: "hr" })),
    );
    expect(hr.reasons.map((r) => r.code)).not.toContain("job_fit");
  });
});
