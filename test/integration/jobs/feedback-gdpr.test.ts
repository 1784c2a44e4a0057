import { body, createTestApi, type TestApi } from "../../support/api";
import { makeNir, randomNirParts, seededRandom, spaceNir } from "../../support/identifiers";
import type { Problem } from "../../../src/core/api/problem";
import type { UseCaseView } from "../../../src/core/api/use-cases";

/** Thumbs on exercises and answers; a learner's use cases, votes and feedback in GDPR export and erasure. */
describe("feedback, export and erasure", () => {
  let api: TestApi;
  let eva: string;
  let finn: string;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    eva = await api.token({ tenant: "t-fb", user: "eva", job: "member-relations" });
    finn = await api.token({ tenant: "t-fb", user: "finn", job: "member-relations" });
    admin = await api.token({ tenant: "t-fb", user: "admin", roles: ["Admin"] });
  });
  afterAll(async () => {
    await api.close();
  });

  const feedback = (token: string, payload: object) =>
    api.inject({ method: "POST", url: "/api/v1/feedback", token, payload });

  it("records thumbs with an optional reason and comment on an exercise or an answer", async () => {
    let res = await feedback(eva, {
      exerciseId: "outlook-draft-complaint-reply",
      target: "exercise",
      thumb: "down",
      reason: "not_my_job",
      comment: "Je ne traite pas de réclamations dans mon poste.",
    });
    expect(res.statusCode).toBe(201);
    res = await feedback(eva, {
      exerciseId: "outlook-draft-complaint-reply",
      target: "answer",
      thumb: "down",
      reason: "wrong_answer",
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await feedback(eva, { exerciseId: "outlook-draft-complaint-reply", target: "exercise", thumb: "up" }))
        .statusCode,
    ).toBe(201);
  });

  it("refuses unknown exercises, bad values, overlong or personal comments", async () => {
    expect(
      body<Problem>(await feedback(eva, { exerciseId: "no-such-exercise", target: "exercise", thumb: "up" }))
        .code,
    ).toBe("unknown_exercise");
    for (const payload of [
      { exerciseId: "outlook-draft-complaint-reply", target: "prompt", thumb: "up" },
      { exerciseId: "outlook-draft-complaint-reply", target: "answer", thumb: "sideways" },
      {
        exerciseId: "outlook-draft-complaint-reply",
        target: "answer",
        thumb: "up",
        comment: "x".repeat(1001),
      },
    ]) {
      expect(body<Problem>(await feedback(eva, payload)).code).toBe("invalid_body");
    }
    const res = await feedback(eva, {
      exerciseId: "outlook-draft-complaint-reply",
      target: "answer",
      thumb: "down",
      comment: `La réponse citait le NIR ${spaceNir(makeNir(randomNirParts(seededRandom(14))))} de l’exemple.`,
    });
    expect(res.statusCode).toBe(422);
    expect(body<Problem>(res).code).toBe("personal_data_in_text");
  });

  it("exports and erases a learner's use cases, votes and feedback, and their use cases' votes", async () => {
    const own = body<UseCaseView>(
      await api.inject({
        method: "POST",
        url: "/api/v1/use-cases",
        token: eva,
        payload: {
          title: "Reformuler les réponses aux adhérents",
          task: "Je fais reformuler mes réponses en langage simple avant envoi.",
          host: "outlook",
          frequency: "daily",
          minutesSaved: 4,
          dataInvolved: "none",
        },
      }),
    );
    const finns = body<UseCaseView>(
      await api.inject({
        method: "POST",
        url: "/api/v1/use-cases",
        token: finn,
        payload: {
          title: "Préparer la FAQ du mois",
          task: "Je fais une FAQ à partir des questions des appels du mois.",
          host: "word",
          frequency: "monthly",
          minutesSaved: 60,
          dataInvolved: "internal",
        },
      }),
    );
    await api.inject({
      method: "POST",
      url: `/api/v1/use-cases/${finns.id}/votes`,
      token: eva,
      payload: { worked: true },
    });
    await api.inject({ method: "POST", url: `/api/v1/use-cases/${own.id}/votes`, token: finn, payload: {} });

    const exported = body<{
      useCases: Array<{ id: string }>;
      useCaseVotes: Array<{ use_case_id: string }>;
      feedback: unknown[];
    }>(await api.inject({ method: "GET", url: "/api/v1/me/export", token: eva }));
    expect(exported.useCases.map((u) => u.id)).toEqual([own.id]);
    expect(exported.useCaseVotes.map((v) => v.use_case_id)).toEqual([finns.id]);
    expect(exported.feedback).toHaveLength(3);

    const erased = await api.inject({ method: "DELETE", url: "/api/v1/admin/users/eva", token: admin });
    expect(erased.statusCode).toBe(200);
    expect(body<{ useCases: number; feedback: number }>(erased)).toMatchObject({ useCases: 1, feedback: 3 });
    const left = body<{ useCases: UseCaseView[] }>(
      await api.inject({ method: "GET", url: "/api/v1/use-cases", token: finn }),
    );
    expect(left.useCases.map((u) => [u.id, u.reach])).toEqual([[finns.id, 1]]);
    const again = body<{ useCases: unknown[]; useCaseVotes: unknown[]; feedback: unknown[] }>(
      await api.inject({ method: "GET", url: "/api/v1/me/export", token: eva }),
    );
    expect(again).toMatchObject({ useCases: [], useCaseVotes: [], feedback: [] });
  });
});
