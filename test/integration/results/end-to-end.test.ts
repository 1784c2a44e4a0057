/**
 * The results agree with what the real API recorded: learners submit attempts through
 * POST /api/v1/attempts (scored by the server) with self-reports, one prompt is blocked by the
 * gateway's privacy guard, and the pilot lead's figures count exactly that.
 */
import { randomUUID } from "node:crypto";
import { ResultsReportSchema } from "../../../src/core/results/schema";
import { periodOf } from "../../../src/server/results/facts";
import { computeResults } from "../../../src/server/results/report";
import { rollupsCoverReport } from "../../../src/server/results/rollups";
import { comparable } from "./comparable";
import { body, type TestApi } from "../../support/api";
import { makeNir, spaceNir } from "../../support/identifiers";
import { startModelServer, type ModelServer } from "../../support/model-server";
import { apiWithModel, chat } from "../llm/gateway";

const TENANT = "tenant-results";
const EXERCISE = "word-summarise-procedure-5-points";
const PROMPT =
  "Résume cette procédure de remboursement en 5 points pour un nouveau collègue du service Prestations santé, " +
  "en français, ton neutre, 120 mots maximum, en t'appuyant uniquement sur le document sélectionné.";

describe("results of attempts recorded through the API", () => {
  let server: ModelServer;
  let api: TestApi;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server);
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });

  it("counts the recorded attempts, self-reports and the privacy block", async () => {
    const users = ["ana", "ben", "chloe", "dan", "eve"];
    const today = new Date().toISOString().slice(0, 10);
    let minutes = 0;
    for (const [i, user] of users.entries()) {
      const token = await api.token({
        tenant: TENANT,
        user,
        cohort: "Vague 1",
        department: "Prestations santé",
      });
      for (let n = 0; n < 2; n++) {
        const submittedAt = new Date(Date.now() - (2 - n) * 60_000).toISOString();
        const res = await api.inject({
          method: "POST",
          url: "/api/v1/attempts",
          token,
          payload: {
            id: randomUUID(),
            exerciseId: EXERCISE,
            host: "word",
            prompt: n === 0 ? "Résume." : PROMPT,
            startedAt: new Date(Date.parse(submittedAt) - 60_000).toISOString(),
            submittedAt,
            selfReport: { minutesSaved: 5 + i, usefulness: 4 },
          },
        });
        expect(res.statusCode).toBe(201);
        minutes += 5 + i;
      }
    }
    const ana = await api.token({ tenant: TENANT, user: "ana" });
    const nir = spaceNir(makeNir({ sex: 2, year: 90, month: 3, department: "75", commune: 112, order: 21 }));
    const blocked = await chat(api, ana, { exerciseId: EXERCISE, prompt: `Écris au patient ${nir}.` });
    expect(blocked.statusCode).toBe(422);

    const lead = await api.token({ tenant: TENANT, user: "lead", roles: ["PilotLead"] });
    const res = await api.inject({ method: "GET", url: `/api/v1/results?to=${today}`, token: lead });
    expect(res.statusCode).toBe(200);
    const report = ResultsReportSchema.parse(body(res));
    expect(report.summary).toMatchObject({
      activeLearners: 5,
      attempts: 10,
      minutesSavedTotal: minutes,
      meanUsefulness: 4,
      privacyBlocks: 1,
    });
    // The detailed prompt scores above the bare "Résume.", so every learner improved.
    expect(report.summary.shareImproved).toBe(1);
    expect(report.summary.scoreChange.ciLow!).toBeGreaterThan(0);
    expect(report.groups.find((g) => g.group === "Prestations santé")).toMatchObject({
      learners: 5,
      hidden: false,
    });
    // Recording kept the stored rollups current: the report read them, and they agree with the attempts.
    const filter = { to: today };
    expect(await rollupsCoverReport(api.app.store.db, TENANT, periodOf(filter, new Date()))).toBe(true);
    const recomputed = await computeResults(api.app.store, TENANT, filter, { useRollups: false });
    expect(comparable({ ...report, generatedAt: null })).toEqual(
      comparable({ ...recomputed, generatedAt: null }),
    );
  });
});
