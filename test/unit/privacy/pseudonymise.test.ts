import {
  createAnswerRestorer,
  peopleAmong,
  placeholderWord,
  PrivacyPolicySchema,
  screenRequestTexts,
  PseudonymTable,
  PERSONAL_DATA_TYPES,
  PLACEHOLDERS,
  numberedPlaceholder,
  redact,
  redactedPlaceholder,
  type PersonalDataFinding,
  type PersonalDataType,
} from "../../../src/core/privacy";

/** Findings of `type` over each occurrence of `values` in `text`. */
function findingsOf(text: string, type: string, ...values: string[]): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const value of values) {
    for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) {
      found.push({ type: type as PersonalDataType, start: i, end: i + value.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const pseudonymised = (findings: PersonalDataFinding[]) =>
  findings.map((finding) => ({ finding, pseudonymise: true }));

describe("PseudonymTable", () => {
  it("gives each value a numbered placeholder per type, the same one each time it comes back", () => {
    const table = new PseudonymTable("fr");
    const text = "Claire Fontaine écrit à Paul Martin ; Claire Fontaine relance.";
    const masked = table.mask(
      text,
      pseudonymised(findingsOf(text, "PERSON_NAME", "Claire Fontaine", "Paul Martin")),
    );
    expect(masked).toBe("[PERSONNE_1] écrit à [PERSONNE_2] ; [PERSONNE_1] relance.");
    const phone = "Tél. 06 12 34 56 78";
    expect(table.mask(phone, pseudonymised(findingsOf(phone, "PHONE", "06 12 34 56 78")))).toBe(
      "Tél. [TÉLÉPHONE_1]",
    );
    expect(table.entries().map((e) => [e.placeholder, e.value])).toEqual([
      ["[PERSONNE_1]", "Claire Fontaine"],
      ["[PERSONNE_2]", "Paul Martin"],
      ["[TÉLÉPHONE_1]", "06 12 34 56 78"],
    ]);
  });

  it("uses English words for an English request", () => {
    const table = new PseudonymTable("en");
    const text = "John Smith, john@example.com";
    const findings = [
      ...findingsOf(text, "PERSON_NAME", "John Smith"),
      ...findingsOf(text, "EMAIL", "john@example.com"),
    ];
    expect(table.mask(text, pseudonymised(findings))).toBe("[PERSON_1], [EMAIL_1]");
  });

  it("keeps one placeholder for the shorter and longer forms of one person's name", () => {
    const table = new PseudonymTable("fr");
    const text = "Mme Fontaine a appelé. Claire Fontaine attend. Paul Fontaine aussi.";
    const masked = table.mask(
      text,
      pseudonymised(findingsOf(text, "PERSON_NAME", "Mme Fontaine", "Claire Fontaine", "Paul Fontaine")),
    );
    // « Fontaine » alone could be Claire or Paul once both are known: only the unambiguous link is made.
    expect(masked).toBe("[PERSONNE_1] a appelé. [PERSONNE_1] attend. [PERSONNE_2] aussi.");
  });

  it("numbers a possible NIR with the NIRs and tenant identifiers under their own label", () => {
    const table = new PseudonymTable("fr");
    const nir: PersonalDataFinding = { type: "NIR", start: 0, end: 3 };
    const possible = { type: "POSSIBLE_NIR", start: 4, end: 7 } as unknown as PersonalDataFinding;
    const member = {
      type: "TENANT_IDENTIFIER",
      start: 8,
      end: 11,
      label: "Numéro d'adhérent",
    } as PersonalDataFinding;
    expect(
      table.mask(
        "aaa bbb ccc",
        [nir, possible, member].map((finding) => ({ finding, pseudonymise: true })),
      ),
    ).toBe("[NIR_1] [NIR_2] [ADHÉRENT_1]");
    expect(placeholderWord("N° contrat 2024")).toBe("CONTRAT");
    expect(placeholderWord("Claim file")).toBe("CLAIM_FILE");
    expect(placeholderWord("N°")).toBe("N");
    expect(placeholderWord("2024")).toBe("IDENTIFIANT");
  });

  it("puts type placeholders in place of redacted values and records none of them", () => {
    const table = new PseudonymTable("fr");
    const text = "a@b.fr";
    expect(table.mask(text, [{ finding: { type: "EMAIL", start: 0, end: 6 }, pseudonymise: false }])).toBe(
      "[EMAIL]",
    );
    expect(table.size).toBe(0);
  });
});

describe("restoring an answer", () => {
  const table = new PseudonymTable("fr");
  const source = "Claire Fontaine, adhérente, 06 12 34 56 78";
  table.mask(
    source,
    pseudonymised([
      ...findingsOf(source, "PERSON_NAME", "Claire Fontaine"),
      ...findingsOf(source, "PHONE", "06 12 34 56 78"),
    ]),
  );

  it.each([
    ["[PERSONNE_1]"],
    ["[personne_1]"],
    ["[ PERSONNE 1 ]"],
    ["[Personne-1]"],
    ["[PERSONNE1]"],
    ["PERSONNE_1"],
    ["[PERSON_1]"],
  ])("puts the real value back for %s", (written) => {
    expect(table.restore(`Bonjour ${written}, nous vous rappelons.`)).toBe(
      "Bonjour Claire Fontaine, nous vous rappelons.",
    );
  });

  it("restores bare placeholders side by side", () => {
    expect(table.restore("PERSONNE_1 PERSONNE_1,TÉLÉPHONE_1")).toBe(
      "Claire Fontaine Claire Fontaine,06 12 34 56 78",
    );
  });

  it("restores accents-free and mixed forms of the word", () => {
    expect(table.restore("au [TELEPHONE_1] ou au [téléphone 1]")).toBe(
      "au 06 12 34 56 78 ou au 06 12 34 56 78",
    );
  });

  it("leaves unknown placeholders and ordinary words alone", () => {
    const text = "[PERSONNE_7], personne 1, [NOTE_1], Person 1, la personne_1 et [EMAIL]";
    expect(table.restore(text)).toBe(text);
  });

  it("restores a placeholder split across chunks at every position", () => {
    const answer = "Chère [PERSONNE_1], votre demande (tél. [TÉLÉPHONE_1]) est reçue. PERSONNE_1";
    const expected = "Chère Claire Fontaine, votre demande (tél. 06 12 34 56 78) est reçue. Claire Fontaine";
    for (let cut = 0; cut <= answer.length; cut++) {
      for (const second of [cut, Math.min(answer.length, cut + 3)]) {
        const restorer = createAnswerRestorer(table);
        const shown =
          restorer.push(answer.slice(0, cut)) +
          restorer.push(answer.slice(cut, second)) +
          restorer.push(answer.slice(second)) +
          restorer.end();
        expect(shown).toBe(expected);
        expect(restorer.restored).toBe(3);
      }
    }
  });

  it("streams one character at a time without losing or repeating text", () => {
    const answer = "[ Personne 1 ] a [3 pièces] jointes [ et un crochet ouvert";
    const restorer = createAnswerRestorer(table);
    let shown = "";
    for (const ch of answer) shown += restorer.push(ch);
    shown += restorer.end();
    expect(shown).toBe("Claire Fontaine a [3 pièces] jointes [ et un crochet ouvert");
  });

  it("does not hold back ordinary text for long", () => {
    const restorer = createAnswerRestorer(table);
    expect(restorer.push("Bonjour, voici la réponse. ")).toBe("Bonjour, voici la réponse. ");
    expect(restorer.push("Texte [ouvert")).toBe("Texte ");
    expect(restorer.push(` ${"x".repeat(60)}`)).toBe(`[ouvert ${"x".repeat(60)}`);
  });
});

describe("screening a request", () => {
  const policy = PrivacyPolicySchema.parse({});
  const email =
    "Bonjour,\nJe vous relance pour mes séances de kinésithérapie.\nDe : Service Prestations\nÀ : Claire Fontaine\nMerci,\nClaire Fontaine";

  it("masks every field with one table, so one person is one placeholder across subject, text and prompt", () => {
    const screening = screenRequestTexts(
      { title: "Relance – Claire Fontaine", context: email, prompt: "Réponds à Mme Fontaine." },
      policy,
      { lang: "fr", pseudonymise: true },
    );
    expect(screening.blocked).toEqual([]);
    expect(screening.texts.title).toBe("Relance – [PERSONNE_1]");
    expect(screening.texts.context).not.toContain("Fontaine");
    expect(screening.texts.prompt).toBe("Réponds à Mme [PERSONNE_1].");
    expect(screening.pseudonyms.entries().map((e) => e.placeholder)).toEqual(["[PERSONNE_1]"]);
  });

  it("finds nothing left to mask in what it masked: the API lets the pane's text through", () => {
    const pane = screenRequestTexts({ context: email, prompt: "Réponds à Claire." }, policy, {
      lang: "fr",
      pseudonymise: true,
    });
    const api = screenRequestTexts(pane.texts, policy, { lang: "fr", pseudonymise: false });
    expect(api.blocked).toEqual([]);
    expect(api.texts).toEqual(pane.texts);
  });

  it("refuses, where it cannot keep the real values, what it should pseudonymise", () => {
    const api = screenRequestTexts({ context: email }, policy, { lang: "fr", pseudonymise: false });
    expect(api.blocked.map((b) => [b.field, b.type, b.rule])).toContainEqual([
      "context",
      "PERSON_NAME",
      "not_pseudonymised",
    ]);
  });

  it("masks the people Outlook names wherever they appear, but not departments", () => {
    expect(peopleAmong(["Claire Fontaine", "Service Prestations", "Dr Anne Roux", ""])).toEqual([
      "Claire Fontaine",
      "Anne Roux",
    ]);
    const screening = screenRequestTexts({ context: "Réponse à Roux et au Service Prestations." }, policy, {
      lang: "fr",
      pseudonymise: true,
      knownNames: ["Dr Anne Roux", "Service Prestations"],
    });
    expect(screening.texts.context).toBe("Réponse à [PERSONNE_1] et au Service Prestations.");
  });

  it("keeps a person's placeholder from one turn of a conversation to the next", () => {
    const first = screenRequestTexts({ context: email, prompt: "Réponds." }, policy, {
      lang: "fr",
      pseudonymise: true,
    });
    const next = screenRequestTexts(
      { prompt: "Ajoute que Paul Martin rappellera Claire Fontaine." },
      policy,
      {
        lang: "fr",
        pseudonymise: true,
        pseudonyms: first.pseudonyms,
      },
    );
    expect(next.texts.prompt).toBe("Ajoute que [PERSONNE_2] rappellera [PERSONNE_1].");
  });

  it("numbers new placeholders after those a text already holds, so one never means two people", () => {
    const screening = screenRequestTexts(
      { context: "Réponse déjà envoyée à [PERSONNE_1] et [PERSON_2]. Nouvelle demande de Claire Fontaine." },
      policy,
      { lang: "fr", pseudonymise: true },
    );
    expect(screening.texts.context).toBe(
      "Réponse déjà envoyée à [PERSONNE_1] et [PERSON_2]. Nouvelle demande de [PERSONNE_3].",
    );
    expect(screening.pseudonyms.restore("[PERSONNE_3]")).toBe("Claire Fontaine");
    expect(screening.pseudonyms.restore("[PERSONNE_1]")).toBe("[PERSONNE_1]");
  });

  it("blocks personal data in the document's kind, which cannot carry a placeholder", () => {
    const screening = screenRequestTexts({ kind: "appel 0612345678" }, policy, {
      lang: "fr",
      pseudonymise: true,
    });
    expect(screening.blocked.map((b) => [b.field, b.type])).toEqual([["kind", "PHONE"]]);
  });
});

describe("the table of placeholders", () => {
  const policy = PrivacyPolicySchema.parse({});
  // A detector that takes anything in brackets for a name: only placeholder recognition stops it.
  const bracketsAreNames = (text: string): PersonalDataFinding[] =>
    [...text.matchAll(/\[[^\]]*\]/g)].map((m) => ({
      type: "PERSON_NAME",
      start: m.index,
      end: m.index + m[0].length,
    }));

  it.each(
    PERSONAL_DATA_TYPES.flatMap((type) => (["fr", "en"] as const).map((lang) => [type, lang] as const)),
  )(
    "%s (%s): what masking writes is recognised as a placeholder and given back in either language",
    (type, lang) => {
      const value = "0612345678";
      const table = new PseudonymTable(lang);
      const pseudonym = table.placeholderFor({ type, start: 0, end: value.length }, value);
      expect(pseudonym).toBe(numberedPlaceholder(PLACEHOLDERS[type].pseudonym[lang], 1));
      const redacted = redact(value, [{ type, start: 0, end: value.length }], { lang });
      expect(redacted).toBe(redactedPlaceholder(type, lang));

      const other = lang === "fr" ? "en" : "fr";
      expect(table.restore(numberedPlaceholder(PLACEHOLDERS[type].pseudonym[other], 1))).toBe(value);

      const sentAgain = screenRequestTexts({ context: `${pseudonym} et ${redacted}` }, policy, {
        lang,
        pseudonymise: false,
        detect: bracketsAreNames,
      });
      expect(sentAgain.blocked).toEqual([]);
      expect(sentAgain.texts.context).toBe(`${pseudonym} et ${redacted}`);
    },
  );
});
