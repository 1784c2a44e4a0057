import { attemptStatement, isoDuration, statementId } from "../../../src/server/xapi/statement";
import { retryDelayMs } from "../../../src/server/xapi/forwarder";

describe("xAPI statements", () => {
  const input = {
    baseIri: "https://parcours.example.fr/",
    tenantId: "11111111-2222-3333-4444-555555555555",
    userId: "oid-1",
    attemptId: "0e7f4c1a-6a8b-4c7e-9d1f-2b3c4d5e6f70",
    exerciseId: "word-summarise-procedure-5-points",
    exerciseVersion: 2,
    exerciseTitle: { fr: "Résumer une procédure", en: "Summarise a procedure" },
    host: "word",
    lang: "fr",
    score: 72,
    passed: true,
    durationMs: 95_500,
    submittedAt: "2026-03-02T10:15:00.000Z",
  };

  it("derives one stable UUID per tenant and attempt", () => {
    const id = statementId(input.tenantId, input.attemptId);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementId(input.tenantId, input.attemptId)).toBe(id);
    expect(statementId("other-tenant", input.attemptId)).not.toBe(id);
  });

  it("maps an attempt to actor, verb, object, result and registration", () => {
    const s = attemptStatement(input);
    expect(s).toMatchObject({
      actor: {
        objectType: "Agent",
        account: { homePage: `https://parcours.example.fr/tenants/${input.tenantId}`, name: "oid-1" },
      },
      verb: { id: "http://adlnet.gov/expapi/verbs/passed" },
      object: { id: "https://parcours.example.fr/exercises/word-summarise-procedure-5-points" },
      result: {
        score: { scaled: 0.72, raw: 72, min: 0, max: 100 },
        success: true,
        completion: true,
        duration: "PT1M35.5S",
      },
      context: { registration: input.attemptId, language: "fr-FR" },
      timestamp: input.submittedAt,
    });
    expect(attemptStatement({ ...input, passed: false }).verb.id).toBe(
      "http://adlnet.gov/expapi/verbs/failed",
    );
  });

  it("writes ISO 8601 durations", () => {
    expect(isoDuration(0)).toBe("PT0S");
    expect(isoDuration(3_723_000)).toBe("PT1H2M3S");
    expect(isoDuration(-5)).toBe("PT0S");
  });

  it("backs off 1, 2, 4 … minutes up to an hour", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
  });
});
