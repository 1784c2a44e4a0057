import {
  actionFor,
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
  ])("blocks a %s in the learner's prompt", (type, text) => {
    const decision = applyPrivacyPolicy(text);
    expect(decision.action).toBe("block");
    expect(decision.blocked.map((f) => [f.type, f.rule])).toEqual([[type, "type_policy"]]);
    expect(decision.redactedText).toContain(`[${type}]`);
  });

  it.each([
    ["NIR", `Mon NIR : ${NIR}`, "[NIR_1]"],
    ["IBAN", `IBAN ${IBAN}`, "[IBAN_1]"],
    ["PAYMENT_CARD", `carte ${CARD}`, "[CARTE_1]"],
  ])("pseudonymises a %s in the document, so the exercise can go on", (_type, text, placeholder) => {
    const decision = applyPrivacyPolicy(text, DEFAULT_PRIVACY_POLICY, { field: "document", lang: "fr" });
    expect(decision.action).toBe("pseudonymise");
    expect(decision.redactedText).toContain(placeholder);
  });

  it("pseudonymises e-mails, phones and birth dates and sends the rest", () => {
    const decision = applyPrivacyPolicy(
      "Mme X, née le 12/03/1985, jean@exemple.fr, 06 12 34 56 78 : rédige une réponse.",
      DEFAULT_PRIVACY_POLICY,
      { lang: "fr" },
    );
    expect(decision.action).toBe("pseudonymise");
    expect(decision.pseudonymised.map((f) => f.type)).toEqual(["DATE_OF_BIRTH", "EMAIL", "PHONE"]);
    expect(decision.redactedText).toBe(
      "Mme X, née le [DATE_NAISSANCE_1], [E-MAIL_1], [TÉLÉPHONE_1] : rédige une réponse.",
    );
  });

  it("warns on a health term alone and lets the text through unchanged", () => {
    const text = "Rédige une note générale sur la prise en charge du diabète.";
    const decision = applyPrivacyPolicy(text);
    expect(decision.action).toBe("allow");
    expect(decision.warnings.map((f) => f.type)).toEqual(["HEALTH_TERM"]);
    expect(decision.redactedText).toBe(text);
  });

  it("lets a health term go beside a masked identifier", () => {
    const decision = applyPrivacyPolicy(
      "L'adhérent jean@exemple.fr est en arrêt maladie depuis lundi.",
      undefined,
      {
        lang: "fr",
      },
    );
    expect(decision.action).toBe("pseudonymise");
    expect(decision.redactedText).toBe("L'adhérent [E-MAIL_1] est en arrêt maladie depuis lundi.");
    expect(decision.warnings.map((f) => f.type)).toEqual(["HEALTH_TERM"]);
  });

  it("blocks a health term beside an identifier sent as it is, and the identifier with it", () => {
    const policy = PrivacyPolicySchema.parse({ actions: { EMAIL: "warn" } });
    const decision = applyPrivacyPolicy(
      "L'adhérent jean@exemple.fr est en arrêt maladie depuis lundi.",
      policy,
    );
    expect(decision.action).toBe("block");
    expect(decision.blocked.map((f) => [f.type, f.rule])).toEqual([
      ["EMAIL", "health_near_identifier"],
      ["HEALTH_TERM", "health_near_identifier"],
    ]);
  });

  it(`links a health term and an identifier only within ${HEALTH_NEAR_IDENTIFIER_WINDOW} characters`, () => {
    const policy = PrivacyPolicySchema.parse({ actions: { PHONE: "allow" } });
    const near = `cancer${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW)}06 12 34 56 78`;
    expect(applyPrivacyPolicy(near, policy).action).toBe("block");
    const far = `cancer${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW + 1)}06 12 34 56 78`;
    expect(applyPrivacyPolicy(far, policy).action).toBe("allow");
    const before = `06 12 34 56 78${" ".repeat(HEALTH_NEAR_IDENTIFIER_WINDOW)}cancer`;
    expect(applyPrivacyPolicy(before, policy).action).toBe("block");
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
  it("default to pseudonymising the document, warning on health, blocking identifiers in the prompt", () => {
    for (const [type, action] of Object.entries(DEFAULT_PRIVACY_POLICY.actions)) {
      expect([type, action]).toEqual([type, type === "HEALTH_TERM" ? "warn" : "pseudonymise"]);
    }
    expect(DEFAULT_PRIVACY_POLICY.promptActions).toMatchObject({
      NIR: "block",
      IBAN: "block",
      PAYMENT_CARD: "block",
    });
    expect(actionFor(DEFAULT_PRIVACY_POLICY, "EMAIL", "prompt")).toBe("pseudonymise");
    expect(actionFor(DEFAULT_PRIVACY_POLICY, "NIR", "prompt")).toBe("block");
    expect(actionFor(DEFAULT_PRIVACY_POLICY, "NIR", "document")).toBe("pseudonymise");
    expect(DEFAULT_PRIVACY_POLICY.healthNearIdentifierWindow).toBe(HEALTH_NEAR_IDENTIFIER_WINDOW);
  });

  it("fill in defaults around a partial setting", () => {
    const policy = PrivacyPolicySchema.parse({
      actions: { EMAIL: "allow", HEALTH_TERM: "block" },
      promptActions: { EMAIL: "redact" },
    });
    expect(policy.actions.EMAIL).toBe("allow");
    expect(policy.actions.NIR).toBe("pseudonymise");
    expect(policy.promptActions.NIR).toBe("block");
    expect(actionFor(policy, "EMAIL", "prompt")).toBe("redact");
    expect(policy.healthNearIdentifierWindow).toBe(HEALTH_NEAR_IDENTIFIER_WINDOW);
  });

  it("keeps reading a policy stored before pseudonymisation existed", () => {
    const policy = PrivacyPolicySchema.parse({
      actions: { NIR: "block", IBAN: "block", PAYMENT_CARD: "block", EMAIL: "redact", PHONE: "redact" },
      healthNearIdentifierWindow: 80,
    });
    expect(policy.actions.EMAIL).toBe("redact");
    expect(policy.promptActions.NIR).toBe("block");
    expect(policy.healthNearIdentifierWindow).toBe(80);
  });

  it("reject unknown actions, unknown types and negative windows", () => {
    expect(PrivacyPolicySchema.safeParse({ actions: { NIR: "ignore" } }).success).toBe(false);
    expect(PrivacyPolicySchema.safeParse({ actions: { EMIAL: "allow" } }).success).toBe(false);
    expect(PrivacyPolicySchema.safeParse({ promptActions: { NIR: "hide" } }).success).toBe(false);
    expect(PrivacyPolicySchema.safeParse({ healthNearIdentifierWindow: -1 }).success).toBe(false);
  });

  it("apply per-type actions", () => {
    const policy = PrivacyPolicySchema.parse({
      actions: { EMAIL: "allow", PHONE: "warn" },
      promptActions: { NIR: "redact" },
    });
    const decision = applyPrivacyPolicy(`jean@exemple.fr, 06 12 34 56 78, ${NIR}`, policy, { lang: "fr" });
    expect(decision.action).toBe("redact");
    expect(decision.warnings.map((f) => f.type)).toEqual(["PHONE"]);
    expect(decision.redactedText).toBe("jean@exemple.fr, 06 12 34 56 78, [NIR]");
  });

  it("can turn off the health-next-to-identifier rule", () => {
    const policy = PrivacyPolicySchema.parse({ actions: { EMAIL: "allow" }, healthNearIdentifierWindow: 0 });
    expect(applyPrivacyPolicy("jean@exemple.fr : arrêt maladie", policy).action).toBe("allow");
  });
});
