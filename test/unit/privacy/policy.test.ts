import {
  applyPrivacyPolicy,
  DEFAULT_PRIVACY_POLICY,
  detectPersonalData,
  HEALTH_NEAR_IDENTIFIER_WINDOW,
  PrivacyPolicySchema,
  redact,
  redactWithMap,
} from "../../../src/core/privacy";

const NIR = "1 85 05 78 006 084 91";
const IBAN = "FR76 3000 6000 0112 3456 7890 189";
const CARD = "4111 1111 1111 1111";

describe("redact", () => {
  it("replaces each finding with its type code by default", () => {
    const text = "Écrire à jean@exemple.fr ou appeler le 06 12 34 56 78.";
    expect(redact(text, detectPersonalData(text))).toBe("Écrire à [EMAIL] ou appeler le [PHONE].");
  });

  it("labels placeholders in French or English", () => {
    const text = "tél 06 12 34 56 78, né le 12/03/1985";
    const findings = detectPersonalData(text);
    expect(redact(text, findings, { lang: "fr" })).toBe("tél [TÉLÉPHONE], né le [DATE DE NAISSANCE]");
    expect(redact(text, findings, { lang: "en" })).toBe("tél [PHONE], né le [DATE OF BIRTH]");
  });

  it("maps each placeholder back to the original span", () => {
    const text = "a@b.fr puis c@d.fr";
    const { text: out, replacements } = redactWithMap(text, detectPersonalData(text));
    expect(out).toBe("[EMAIL] puis [EMAIL]");
    expect(
      replacements.map((r) => [text.slice(r.start, r.end), out.slice(r.redactedStart, r.redactedEnd)]),
    ).toEqual([
      ["a@b.fr", "[EMAIL]"],
      ["c@d.fr", "[EMAIL]"],
    ]);
  });

  it("accepts findings in any order and ignores overlapping ones", () => {
    const text = "0123456789";
    expect(
      redact(text, [
        { type: "PHONE", start: 5, end: 8 },
        { type: "EMAIL", start: 0, end: 3 },
        { type: "NIR", start: 2, end: 6 },
      ]),
    ).toBe("[EMAIL]34[PHONE]89");
  });
});

describe("applyPrivacyPolicy with the default policy", () => {
  it.each([
    ["NIR", `Mon NIR : ${NIR}`],
    ["IBAN", `IBAN ${IBAN}`],
    ["PAYMENT_CARD", `carte ${CARD}`],
  ])("blocks a %s", (type, text) => {
    const decision = applyPrivacyPolicy(text);
    expect(decision.action).toBe("block");
    expect(decision.blocked.map((f) => [f.type, f.rule])).toEqual([[type, "type_policy"]]);
    expect(decision.redactedText).toContain(`[${type}]`);
  });

  it("redacts e-mails, phones and birth dates and sends the rest", () => {
    const decision = applyPrivacyPolicy(
      "Mme X, née le 12/03/1985, jean@exemple.fr, 06 12 34 56 78 : rédige une réponse.",
    );
    expect(decision.action).toBe("redact");
    expect(decision.redactions.map((f) => f.type)).toEqual(["DATE_OF_BIRTH", "EMAIL", "PHONE"]);
    expect(decision.redactedText).toBe(
      "Mme X, née le [DATE_OF_BIRTH], [EMAIL], [PHONE] : rédige une réponse.",
    );
  });

  it("warns on a health term alone and lets the text through unchanged", () => {
    const text = "Rédige une note générale sur la prise en charge du diabète.";
    const decision = applyPrivacyPolicy(text);
    expect(decision.action).toBe("allow");
    expect(decision.warnings.map((f) => f.type)).toEqual(["HEALTH_TERM"]);
    expect(decision.redactedText).toBe(text);
  });

  it("blocks a health term next to an identifier, and the identifier with it", () => {
    const decision = applyPrivacyPolicy("L'adhérent jean@exemple.fr est en arrêt maladie depuis lundi.");
    expect(decision.action).toBe("block");
    expect(decision.blocked.map((f) => [f.type, f.rule])).toEqual([
      ["EMAIL", "health_near_identifier"],
      ["HEALTH_TERM", "health_near_identifier"],
    ]);
  });

  it(`links a health term and an identifier only within ${HEALTH_NEAR_IDENTIFIER_WINDOW} characters`, () => {
    const near = `cancer${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW)}06 12 34 56 78`;
    expect(applyPrivacyPolicy(near).action).toBe("block");
    const far = `cancer${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW + 1)}06 12 34 56 78`;
    expect(applyPrivacyPolicy(far).action).toBe("redact");
    const before = `06 12 34 56 78${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW)}cancer`;
    expect(applyPrivacyPolicy(before).action).toBe("block");
  });

  it("allows text with no personal data", () => {
    const decision = applyPrivacyPolicy("Résume ce courrier en trois points.");
    expect(decision).toMatchObject({ action: "allow", findings: [], blocked: [], warnings: [] });
  });

  it("never puts a blocked value in the redacted text", () => {
    const decision = applyPrivacyPolicy(`${NIR} ${IBAN} ${CARD}`);
    expect(decision.redactedText).toBe("[NIR] [IBAN] [PAYMENT_CARD]");
  });
});

describe("tenant policies", () => {
  it("default to the documented actions", () => {
    expect(DEFAULT_PRIVACY_POLICY).toEqual({
      actions: {
        NIR: "block",
        IBAN: "block",
        PAYMENT_CARD: "block",
        EMAIL: "redact",
        PHONE: "redact",
        DATE_OF_BIRTH: "redact",
        HEALTH_TERM: "warn",
      },
      healthNearIdentifierWindow: HEALTH_NEAR_IDENTIFIER_WINDOW,
    });
  });

  it("fill in defaults around a partial setting", () => {
    const policy = PrivacyPolicySchema.parse({ actions: { EMAIL: "allow", HEALTH_TERM: "block" } });
    expect(policy.actions.EMAIL).toBe("allow");
    expect(policy.actions.NIR).toBe("block");
    expect(policy.healthNearIdentifierWindow).toBe(HEALTH_NEAR_IDENTIFIER_WINDOW);
  });

  it("reject unknown actions and negative windows", () => {
    expect(PrivacyPolicySchema.safeParse({ actions: { NIR: "ignore" } }).success).toBe(false);
    expect(PrivacyPolicySchema.safeParse({ healthNearIdentifierWindow: -1 }).success).toBe(false);
  });

  it("apply per-type actions", () => {
    const policy = PrivacyPolicySchema.parse({ actions: { EMAIL: "allow", PHONE: "warn", NIR: "redact" } });
    const decision = applyPrivacyPolicy(`jean@exemple.fr, 06 12 34 56 78, ${NIR}`, policy, { lang: "fr" });
    expect(decision.action).toBe("redact");
    expect(decision.warnings.map((f) => f.type)).toEqual(["PHONE"]);
    expect(decision.redactedText).toBe("jean@exemple.fr, 06 12 34 56 78, [NIR]");
  });

  it("can turn off the health-next-to-identifier rule", () => {
    const policy = PrivacyPolicySchema.parse({ healthNearIdentifierWindow: 0 });
    expect(applyPrivacyPolicy("jean@exemple.fr : arrêt maladie", policy).action).toBe("redact");
  });
});
