import { ExerciseSchema, type OutputCheck } from "../../../src/core/catalog/schema";
import { checkOutput } from "../../../src/core/output";

function withChecks(checks: OutputCheck[]) {
  return ExerciseSchema.parse({
    id: "word-summarise-minutes",
    version: 1,
    hosts: ["word"],
    skill: "summarise",
    level: "beginner",
    minutes: 3,
    fits: {},
    targets: ["expectations"],
    title: { fr: "Résumer", en: "Summarise" },
    brief: { fr: "Résumez.", en: "Summarise." },
    task: { fr: "Résumez.", en: "Summarise." },
    example: { fr: "Résume.", en: "Summarise." },
    checks,
  });
}

const bullets =
  "Voici la synthèse :\n- Décision : report au 3 mars.\n- Action : relancer le prestataire.\n• Suivi : comité jeudi.";
const table = "| Mois | Montant |\n| --- | --- |\n| Janvier | 1 200 € |\n| Février | 980 € |";

describe("checkOutput", () => {
  it("passes an exercise without checks", () => {
    expect(checkOutput("anything", withChecks([]))).toEqual({ checks: [], passed: true });
  });

  it("maxWords", () => {
    const [ok] = checkOutput("Un deux trois quatre.", withChecks([{ type: "maxWords", value: 4 }])).checks;
    const [ko] = checkOutput(
      "Un deux trois quatre cinq.",
      withChecks([{ type: "maxWords", value: 4 }]),
    ).checks;
    expect(ok?.passed).toBe(true);
    expect(ko?.passed).toBe(false);
    expect(ko?.detail).toEqual({ fr: "5 mots (4 au plus)", en: "5 words (at most 4)" });
  });

  it("minWords", () => {
    expect(checkOutput("Un deux.", withChecks([{ type: "minWords", value: 3 }])).passed).toBe(false);
    expect(checkOutput("Un deux trois.", withChecks([{ type: "minWords", value: 3 }])).passed).toBe(true);
  });

  it("bullets: counts dash, bullet and numbered lines within min and max", () => {
    expect(checkOutput(bullets, withChecks([{ type: "bullets", min: 3, max: 3 }])).passed).toBe(true);
    expect(checkOutput(bullets, withChecks([{ type: "bullets", max: 2 }])).passed).toBe(false);
    expect(checkOutput("1. Un\n2) Deux", withChecks([{ type: "bullets", min: 2 }])).passed).toBe(true);
    const report = checkOutput("Pas de liste ici.", withChecks([{ type: "bullets", min: 1 }]));
    expect(report.passed).toBe(false);
    expect(report.checks[0]?.detail.en).toBe("0 bullets (at least 1)");
  });

  it("language", () => {
    const fr = "Le remboursement de votre adhérent sera effectué dans les dix jours.";
    const en = "The member's reimbursement will be paid within ten days.";
    expect(checkOutput(fr, withChecks([{ type: "language", value: "fr" }])).passed).toBe(true);
    expect(checkOutput(en, withChecks([{ type: "language", value: "fr" }])).passed).toBe(false);
    expect(checkOutput(en, withChecks([{ type: "language", value: "en" }])).passed).toBe(true);
    expect(checkOutput("12 345", withChecks([{ type: "language", value: "fr" }])).passed).toBe(false);
  });

  it("table: Markdown, HTML or tab-separated", () => {
    expect(checkOutput(table, withChecks([{ type: "table" }])).passed).toBe(true);
    expect(checkOutput("<table><tr><td>1</td></tr></table>", withChecks([{ type: "table" }])).passed).toBe(
      true,
    );
    expect(checkOutput("a\tb\tc\n1\t2\t3", withChecks([{ type: "table" }])).passed).toBe(true);
    expect(checkOutput("a | b but no rule", withChecks([{ type: "table" }])).passed).toBe(false);
  });

  it("maxSentences: sentences and lines both count", () => {
    const check = withChecks([{ type: "maxSentences", value: 3 }]);
    expect(checkOutput("Un. Deux ! Trois ?", check).passed).toBe(true);
    expect(checkOutput("Un. Deux. Trois. Quatre.", check).passed).toBe(false);
    expect(checkOutput("Un\nDeux\nTrois\nQuatre", check).checks[0]?.detail.fr).toBe("4 phrases (3 au plus)");
    expect(
      checkOutput("Le taux est de 3.5 % cette année.", withChecks([{ type: "maxSentences", value: 1 }]))
        .passed,
    ).toBe(true);
  });

  it("mentions: whole words, case- and accent-insensitive", () => {
    const check = withChecks([
      { type: "mentions", anyOf: ["délai", "date"], label: { fr: "le délai", en: "the delay" } },
    ]);
    expect(checkOutput("Le DELAI est de dix jours.", check).passed).toBe(true);
    expect(checkOutput("Nous mettrons à jour votre dossier.", check).passed).toBe(false);
    expect(checkOutput("Voir les mises à jour (update).", check).checks[0]?.detail.en).toBe(
      "Does not mention the delay",
    );
  });

  it("passes only when every check passes", () => {
    const report = checkOutput(bullets, withChecks([{ type: "bullets", min: 3 }, { type: "table" }]));
    expect(report.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(report.passed).toBe(false);
    expect(report.checks[1]?.check).toEqual({ type: "table" });
  });

  it("labels each check with what it asks, in French and English", () => {
    const report = checkOutput(
      "- Délai : 15 jours.\n- Pièces : facture.",
      withChecks([
        { type: "bullets", max: 3 },
        { type: "bullets", min: 2, max: 4 },
        { type: "maxWords", value: 90 },
        { type: "mentions", anyOf: ["délai", "deadline"], label: { fr: "le délai", en: "the deadline" } },
        { type: "mentions", anyOf: ["recours"], label: { fr: "la voie de recours", en: "the appeal route" } },
      ]),
    );
    expect(report.checks.map((c) => [c.label.fr, c.passed])).toEqual([
      ["3 puces au plus", true],
      ["2 à 4 puces", true],
      ["90 mots au plus", true],
      ["mentionne le délai", true],
      ["mentionne la voie de recours", false],
    ]);
    expect(report.checks[3]?.label.en).toBe("mentions the deadline");
    expect(report.passed).toBe(false);
  });
});
