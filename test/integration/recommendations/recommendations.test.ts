import type { LightMyRequestResponse } from "fastify";
import { initialLearnerState, type LearnerState } from "../../../src/core/learner";
import type { RecommendationResponse } from "../../../src/core/recommender/api";
import type { ContextFeatures, CriterionId, Level } from "../../../src/core/types";
import { saveLearnerState } from "../../../src/server/tenants/learners";
import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";

const complaint: ContextFeatures = {
  host: "outlook",
  mode: "read",
  lang: "fr",
  lengthBucket: "medium",
  wordCount: 140,
  kind: "complaint",
  hasFigures: false,
  hasDates: true,
  hasNames: false,
  hasTable: false,
  isSelection: false,
  threadDepth: 0,
  formality: "formal",
};

const figures: ContextFeatures = {
  ...complaint,
  host: "excel",
  mode: "edit",
  kind: "table_of_figures",
  hasFigures: true,
  hasTable: true,
  formality: "neutral",
};

/** Mastery 0.7 everywhere except `weak` (weakest first). */
function learnerWith(level: Level, weak: CriterionId[], attemptCount = 6): LearnerState {
  const state = initialLearnerState();
  for (const c of Object.keys(state.mastery) as CriterionId[]) state.mastery[c] = 0.7;
  weak.forEach((c, i) => (state.mastery[c] = 0.1 + 0.1 * i));
  return { ...state, level, attemptCount };
}

describe("POST /api/v1/recommendations", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const recommend = async (
    user: string,
    features: ContextFeatures,
    extra: Record<string, unknown> = {},
    tenant = "tenant-r",
  ): Promise<LightMyRequestResponse> =>
    api.inject({
      method: "POST",
      url: "/api/v1/recommendations",
      token: await api.token({ tenant, user }),
      payload: { host: features.host, lang: features.lang, features, ...extra },
    });

  /** Stores a learner model for a user (signing them in first, as the pane would). */
  const setLearner = async (user: string, state: LearnerState) => {
    const token = await api.token({ tenant: "tenant-r", user });
    expect((await api.inject({ method: "GET", url: "/api/v1/me", token })).statusCode).toBe(200);
    await saveLearnerState(api.app.store.db, "tenant-r", user, state);
  };

  it("needs a signed-in user", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/recommendations",
      payload: { host: "outlook", lang: "fr", features: complaint },
    });
    expect(res.statusCode).toBe(401);
  });

  it("suggests a fitting exercise with reasons and a why for a new learner", async () => {
    const res = await recommend("newcomer", complaint);
    expect(res.statusCode).toBe(200);
    const rec = body<RecommendationResponse>(res);
    expect(rec.exercise.hosts).toContain("outlook");
    expect(rec.exercise.level).toBe("beginner");
    expect(rec.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["host_fit", "context_fit", "new"]),
    );
    expect(rec.why.fr).toMatch(/^En \d minutes/);
    expect(rec.why.en).toMatch(/^In \d minutes/);
    expect(rec.alternatives.length).toBeGreaterThan(0);
  });

  it("uses the learner's stored mastery: a different weakest criterion gives a different suggestion", async () => {
    await setLearner("carla", learnerWith("intermediate", ["context"]));
    const first = body<RecommendationResponse>(await recommend("carla", figures));
    expect(first.exercise.id).toBe("excel-analyse-delay-trend");
    expect(first.exercise.targets).toContain("context");

    await setLearner("carla", learnerWith("intermediate", ["audience"]));
    const second = body<RecommendationResponse>(await recommend("carla", figures));
    expect(second.exercise.id).not.toBe(first.exercise.id);
    expect(second.exercise.targets).toContain("audience");
  });

  it("for an Outlook complaint and weak audience, suggests a reply that targets audience", async () => {
    await setLearner("dan", learnerWith("beginner", ["audience"]));
    const rec = body<RecommendationResponse>(await recommend("dan", complaint));
    expect(rec.exercise).toMatchObject({ skill: "draft", hosts: ["outlook"] });
    expect(rec.exercise.targets).toContain("audience");
    expect(rec.reasons.find((r) => r.code === "weakest_criterion")?.message.en).toContain("Audience & tone");
  });

  it("does not repeat an exercise the learner just submitted", async () => {
    const token = await api.token({ tenant: "tenant-r", user: "erin" });
    const before = body<RecommendationResponse>(
      await recommend("erin", { ...complaint, host: "word", mode: "edit" }),
    );
    const attempt = attemptBody({ exerciseId: before.exercise.id, host: "word" });
    const recorded = await api.inject({ method: "POST", url: "/api/v1/attempts", token, payload: attempt });
    expect(recorded.statusCode).toBe(201);
    const after = body<RecommendationResponse>(
      await recommend("erin", { ...complaint, host: "word", mode: "edit" }),
    );
    expect(after.exercise.id).not.toBe(before.exercise.id);
  });

  it("lets the tenant turn the no-repeat window off (NO_REPEAT_DAYS=0)", async () => {
    const twin = await createTestApi({ sameDatabaseAs: api, env: { NO_REPEAT_DAYS: "0" } });
    try {
      expect(twin.config.noRepeatDays).toBe(0);
      const features = { ...complaint, host: "word" as const, mode: "edit" as const };
      const token = await twin.token({ tenant: "tenant-z", user: "hal" });
      const ask = () =>
        twin.inject({
          method: "POST",
          url: "/api/v1/recommendations",
          token,
          payload: { host: "word", lang: "fr", features },
        });
      const before = body<RecommendationResponse>(await ask());
      const attempt = attemptBody({ exerciseId: before.exercise.id, host: "word" });
      expect(
        (await twin.inject({ method: "POST", url: "/api/v1/attempts", token, payload: attempt })).statusCode,
      ).toBe(201);
      const after = body<RecommendationResponse>(await ask());
      // With no window, the exercise just done may come straight back (it only loses the "new" bonus).
      expect(after.exercise.id).toBe(before.exercise.id);
      expect(after.reasons.map((r) => r.code)).toContain("not_recent");
    } finally {
      await twin.close();
    }
  });

  it("rejects an invalid NO_REPEAT_DAYS at start", async () => {
    await expect(createTestApi({ env: { NO_REPEAT_DAYS: "forever" } })).rejects.toThrow(/NO_REPEAT_DAYS/);
  });

  it("keeps each tenant's history apart", async () => {
    const features = { ...complaint, host: "word" as const, mode: "edit" as const };
    const token = await api.token({ tenant: "tenant-x", user: "erin" });
    const before = body<RecommendationResponse>(await recommend("erin", features, {}, "tenant-x"));
    await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: attemptBody({ exerciseId: before.exercise.id, host: "word" }),
    });
    const elsewhere = body<RecommendationResponse>(await recommend("erin", features, {}, "tenant-y"));
    expect(elsewhere.exercise.id).toBe(before.exercise.id);
  });

  it("skips excluded exercises, and answers 204 when nothing is left", async () => {
    const first = body<RecommendationResponse>(await recommend("fay", figures));
    const next = body<RecommendationResponse>(
      await recommend("fay", figures, { exclude: [first.exercise.id] }),
    );
    expect(next.exercise.id).not.toBe(first.exercise.id);

    const list = await api.inject({
      method: "GET",
      url: "/api/v1/exercises?host=excel",
      token: await api.token({ tenant: "tenant-r", user: "fay" }),
    });
    const all = body<{ exercises: { id: string }[] }>(list).exercises.map((e) => e.id);
    const none = await recommend("fay", figures, { exclude: all });
    expect(none.statusCode).toBe(204);
    expect(none.body).toBe("");
  });

  it("validates the body: features must be complete and match the host", async () => {
    const mismatch = await recommend("gus", complaint, { host: "word" });
    expect(mismatch.statusCode).toBe(400);
    const { kind: _kind, ...partial } = complaint;
    const incomplete = await recommend("gus", partial as ContextFeatures);
    expect(incomplete.statusCode).toBe(400);
    expect(body(incomplete)).toMatchObject({ status: 400 });
    const badKind = await recommend("gus", { ...complaint, kind: "novel" as never });
    expect(badKind.statusCode).toBe(400);
  });
});
