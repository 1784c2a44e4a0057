import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { AttemptRecorded } from "../../../src/core/api/attempts";

/** The answer's checks in an attempt's feedback carry the label the pane shows beside ✓ or ✗. */
describe("output checks in the attempt feedback", () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await createTestApi();
    token = await api.token({ tenant: "tenant-a", user: "odile" });
  });
  afterAll(() => api.close());

  const post = (payload: object) => api.inject({ method: "POST", url: "/api/v1/attempts", token, payload });
  // The exercise asks for 3 to 5 bullet points and 120 words at most.
  const output = "- Vérifier le dossier\n- Saisir la demande\n- Informer l'adhérent";

  it("labels each check in French and English, with what was measured", async () => {
    const res = await post(attemptBody({ output }));
    expect(res.statusCode).toBe(201);
    expect(body<AttemptRecorded>(res).attempt.feedback.outputChecks).toEqual([
      {
        type: "bullets",
        label: { fr: "3 à 5 puces", en: "3 to 5 bullets" },
        passed: true,
        detail: expect.objectContaining({ fr: expect.stringContaining("3") }),
      },
      {
        type: "maxWords",
        label: { fr: "120 mots au plus", en: "120 words at most" },
        passed: true,
        detail: expect.objectContaining({ en: expect.stringContaining("words") }),
      },
    ]);
  });

  it("labels the checks of a result stored before labels, when it is replayed", async () => {
    const attempt = attemptBody({ output });
    const created = body<AttemptRecorded>(await post(attempt));
    // As an earlier version stored it: checks without their label.
    const row = await api.app.store.db
      .selectFrom("attempts")
      .select("result")
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(row.result) as { feedback: { outputChecks: Array<Record<string, unknown>> } };
    stored.feedback.outputChecks = stored.feedback.outputChecks.map(({ label: _label, ...rest }) => rest);
    await api.app.store.db
      .updateTable("attempts")
      .set({ result: JSON.stringify(stored) })
      .where("id", "=", attempt.id)
      .execute();

    const replayed = await post(attempt);
    expect(replayed.statusCode).toBe(200);
    expect(body<AttemptRecorded>(replayed).attempt.feedback.outputChecks).toEqual(
      created.attempt.feedback.outputChecks,
    );
  });

  it("describes the label in the OpenAPI document", async () => {
    const doc = JSON.stringify(body(await api.inject({ method: "GET", url: "/api/v1/openapi.json" })));
    const at = doc.indexOf('"outputChecks"');
    expect(at).toBeGreaterThan(0);
    const checks = doc.slice(at, at + 2000);
    expect(checks).toMatch(/"required":\[[^\]]*"label"/);
    expect(checks).toContain('"detail"');
  });
});
