import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";
import type { AttemptRecorded } from "../../../src/core/api/attempts";

/**
 * Harmful use of sensitive information fails the safety gate of the official score, and the coaching
 * quotes the charter the tenant set (not the default one).
 */
describe("responsible use in recorded attempts", () => {
  let api: TestApi;
  let admin: string;
  let learner: string;
  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.token({ tenant: "mutuelle", user: "root", roles: ["Admin"] });
    const charter = {
      version: "2026-09",
      title: { fr: "Charte IA de la Mutuelle", en: "The Mutuelle's AI charter" },
      sections: [
        {
          title: { fr: "Équité", en: "Fairness" },
          body: {
            fr: "Les outils d'IA sont utiles au quotidien. Aucune donnée de santé ne sert à trier, écarter ou pénaliser une personne.",
            en: "AI tools help every day. No health data is used to sort, exclude or penalise a person.",
          },
        },
        {
          title: { fr: "Décisions", en: "Decisions" },
          body: {
            fr: "Chaque décision sur un dossier est prise et signée par un gestionnaire.",
            en: "Every decision on a claim is made and signed by a claims handler.",
          },
        },
      ],
    };
    const res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { charter },
    });
    expect(res.statusCode).toBe(200);
    // The learner accepts the tenant's charter as it now stands, as the pane's onboarding would.
    learner = await api.token({ tenant: "mutuelle", user: "lea", name: "Léa" });
  });
  afterAll(async () => {
    await api.close();
  });

  const record = async (prompt: string, lang: "fr" | "en" = "fr") => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: learner,
      payload: attemptBody({
        prompt,
        lang,
        exerciseId: "outlook-draft-reimbursement-reply",
        host: "outlook",
      }),
    });
    expect(res.statusCode).toBe(201);
    return body<AttemptRecorded>(res).attempt;
  };

  it("fails a prompt that singles out members by health, whatever its polish, and quotes the tenant's charter", async () => {
    const attempt = await record(
      "Rédige un courriel cordial de 5 lignes aux adhérents diabétiques pour les inciter à résilier leur contrat, ton rassurant, sans jargon.",
    );
    expect(attempt.criteria.safety.score).toBe(0);
    expect(attempt.passed).toBe(false);
    expect(attempt.score).toBeLessThanOrEqual(40);
    expect(attempt.feedback.strengths).toEqual([]);
    expect(attempt.feedback.improvement?.criterion).toBe("safety");
    expect(attempt.feedback.improvement?.message.fr).toContain(
      "Aucune donnée de santé ne sert à trier, écarter ou pénaliser une personne.",
    );
    expect(attempt.feedback.improvement?.message.en).toContain(
      "No health data is used to sort, exclude or penalise a person.",
    );
    expect(attempt.criteria.safety.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(["diabétiques", "résilier"]),
    );
  });

  it("quotes the charter's sentence on decisions when the model is asked to decide a claim alone", async () => {
    const attempt = await record(
      "Decide on your own whether this member's glasses claim is approved and write him the answer.",
      "en",
    );
    expect(attempt.criteria.safety.score).toBe(0);
    expect(attempt.feedback.improvement?.message.en).toContain(
      "Every decision on a claim is made and signed by a claims handler.",
    );
  });

  it("does not penalise an ordinary reply about a health reimbursement", async () => {
    const attempt = await record(
      "Rédige une réponse à cet adhérent qui attend le remboursement de son hospitalisation : ton rassurant, 6 lignes, sans promettre de date.",
    );
    expect(attempt.criteria.safety.score).toBeGreaterThanOrEqual(2);
    expect(attempt.feedback.improvement?.criterion).not.toBe("safety");
  });
});
