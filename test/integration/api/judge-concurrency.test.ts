import { JUDGED_CRITERIA } from "../../../src/server/judge";
import { createTestApi, type TestApi } from "../../support/api";
import { attemptBody } from "../../support/attempts";
import { startModelServer, type ModelServer } from "../../support/model-server";

/** A judge answer giving every criterion the same 0–3 score. */
const verdict = (score: number) =>
  JSON.stringify({
    criteria: Object.fromEntries(JUDGED_CRITERIA.map((id) => [id, { score, reason: "ok" }])),
    addressesGrader: false,
  });

describe("recording attempts while the judge thinks", () => {
  let model: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    model = await startModelServer();
    api = await createTestApi({
      env: {
        LLM_PROVIDER: "compatible",
        LLM_BASE_URL: model.baseURL,
        LLM_MODEL: "judge-model",
        LLM_MAX_RETRIES: "0",
        LLM_TIMEOUT_MS: "3000",
      },
    });
  });
  afterAll(async () => {
    await api.close();
    await model.close();
  });

  it("records other learners' attempts, and reads their results, while one waits for the model", async () => {
    const slow = await api.token({ tenant: "t-busy", user: "slow" });
    const quick = await api.token({ tenant: "t-busy", user: "quick" });
    // The first judge call never answers (until the gateway's deadline); the second answers at once.
    model.enqueue({ kind: "hang" }, { kind: "reply", text: verdict(2) });
    const waiting = api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: slow,
      payload: attemptBody(),
    });
    await model.received(1);

    const recorded = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: quick,
      payload: attemptBody(),
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ attempt: { scoring: { method: "rubric+judge" } } });
    const mine = await api.inject({ method: "GET", url: "/api/v1/me/attempts", token: quick });
    expect(mine.json()).toMatchObject({ attempts: [expect.anything()] });
    // The slow learner's attempt is still waiting for its judge: nothing of it is stored yet.
    expect(model.requests).toHaveLength(2);
    const pending = await api.inject({ method: "GET", url: "/api/v1/me/attempts", token: slow });
    expect(pending.json()).toMatchObject({ attempts: [] });

    // At the deadline the rubric alone decides, and the attempt is recorded.
    const late = await waiting;
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ attempt: { scoring: { method: "rubric" } } });
  });
});
