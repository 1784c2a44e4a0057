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
/** A second exercise: progress compares first attempts at different exercises. */
const NEXT_EXERCISE = "word-summarise-executive-note";
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
            exerciseId: n === 0 ? EXERCISE : NEXT_EXERCISE,
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
    // The detailed prompt, on a new exercise, scores above the bare "Résume.", so every learner improved.
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

  it("measures progress on first attempts only: a retry and a pasted example count for neither", async () => {
    const example = (await import("../../../content/exercises/word.json")).exercises.find(
      (e: { id: string }) => e.id === EXERCISE,
    )!.example.fr;
    const submit = async (user: string, exerciseId: string, prompt: string, minutesAgo: number) => {
      const token = await api.token({ tenant: "tenant-honest", user, cohort: "Vague 1" });
      const submittedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
      const res = await api.inject({
        method: "POST",
        url: "/api/v1/attempts",
        token,
        payload: {
          id: randomUUID(),
          exerciseId,
          host: "word",
          prompt,
          startedAt: new Date(Date.parse(submittedAt) - 60_000).toISOString(),
          submittedAt,
        },
      });
      expect(res.statusCode).toBe(201);
      return (
        body(res) as {
          attempt: { score: number; copied?: boolean; feedback: { fix: { text: string } | null } };
        }
      ).attempt;
    };
    const users = ["u1", "u2", "u3", "u4", "u5"];
    let honest = 0;
    for (const user of users) {
      // A weak first try, then the example pasted back as a retry: a high score the learner still sees…
      const weak = await submit(user, EXERCISE, "Résume.", 10);
      const pasted = await submit(user, EXERCISE, example, 9);
      expect(pasted.copied).toBe(true);
      expect(pasted.score).toBeGreaterThan(weak.score + 30);
      // …then the same weak prompt on a new exercise: the honest change is the gap between two
      // weak first attempts, not the pasted example's jump.
      const next = await submit(user, NEXT_EXERCISE, "Résume.", 8);
      honest = next.score - weak.score;
    }
    expect(Math.abs(honest)).toBeLessThan(15);
    // The better version shown after an attempt, pasted back with a word changed, is a copy too.
    const shown = (await submit("u6", NEXT_EXERCISE, "Fais une note.", 6)).feedback.fix;
    expect(shown).not.toBeNull();
    const pastedFix = await submit("u6", NEXT_EXERCISE, shown!.text.replace(/\bla\b/, "cette"), 5);
    expect(pastedFix.copied).toBe(true);
    // A learner's own better prompt on a retry of the same exercise is practice, not transfer.
    const retried = await submit("u1", NEXT_EXERCISE, PROMPT, 7);
    expect(retried.copied).toBeUndefined();

    const lead = await api.token({ tenant: "tenant-honest", user: "lead", roles: ["PilotLead"] });
    const res = await api.inject({ method: "GET", url: "/api/v1/results", token: lead });
    const report = ResultsReportSchema.parse(body(res));
    expect(report.summary.attempts).toBe(18);
    expect(report.summary.scoreChange.learners).toBe(5);
    expect(report.summary.scoreChange.mean).toBe(honest);
    const paired = report.learners.filter((l) => l.change !== null);
    expect(paired).toHaveLength(5);
    for (const learner of paired) expect(learner.change).toBe(honest);
    // Mastery leaves the pasted example out: it equals that of the two own "Résume." attempts.
    const u2 = report.learners.find((l) => l.attempts === 3)!;
    const u1 = report.learners.find((l) => l.attempts === 4)!;
    expect(u1.meanMastery).toBeGreaterThan(u2.meanMastery);
    const stored = await api.app.store.db
      .selectFrom("attempts")
      .select(["copied", "transfer"])
      .where("tenant_id", "=", "tenant-honest")
      .where("user_id", "=", "u2")
      .orderBy("submitted_at")
      .execute();
    expect(stored).toEqual([
      { copied: 0, transfer: 1 },
      { copied: 1, transfer: 0 },
      { copied: 0, transfer: 1 },
    ]);
  });
});
