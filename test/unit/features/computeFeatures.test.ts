import { computeFeatures, lengthBucket } from "../../../src/core/features";
import type { HostContext } from "../../../src/core/types";

function context(partial: Partial<HostContext> & Pick<HostContext, "text">): HostContext {
  return {
    host: "word",
    mode: "edit",
    title: "",
    truncated: false,
    isSelection: false,
    tables: [],
    meta: {},
    ...partial,
  };
}

const COMPLAINT_FR = `Madame, Monsieur,

Je vous relance pour la troisième fois : j'ai envoyé ma facture d'optique le 12 mars 2025 et je n'ai
toujours pas été remboursée. C'est inadmissible. Mon dossier est bloqué depuis des semaines et personne
ne répond au téléphone. Je souhaite une réponse rapide, faute de quoi je saisirai le médiateur.

Cordialement,
Mme Sophie Lambert`;

const REQUEST_EN = `Hello,

Could you send me a new certificate for my policy? I would like to attach it to my refund request
for the dental quote I received last week. Thank you in advance.

Kind regards,
John`;

const MEETING_FR = `Compte rendu – réunion d'équipe gestion des prestations
Participants : Claire Martin, Paul Nguyen, Samia Haddad
Ordre du jour
1. Stock de dossiers en attente
2. Nouvelle procédure tiers payant
Décisions
- Priorité aux dossiers de plus de 15 jours
Actions
- Paul : mettre à jour le tableau de suivi avant vendredi
Prochaine réunion : mardi 14 h`;

const POLICY_FR = `Article 4 – Garanties
Le souscripteur bénéficie des garanties définies aux conditions particulières du contrat.
Article 5 – Délai de carence
Un délai de carence de trois mois s'applique aux garanties optique et dentaire, sauf clause contraire.`;

const THREAD_EN = `Thanks, that works for me.

From: Anna Roberts
Sent: Monday, 3 March 2025 10:12
To: Claims team
Subject: RE: missing refund

Can you check the status?

From: Claims team
Sent: Friday, 28 February 2025 16:40
Subject: missing refund

We are looking into it.`;

describe("computeFeatures", () => {
  it("recognises a French member complaint about a late reimbursement", () => {
    const f = computeFeatures(context({ host: "outlook", mode: "read", text: COMPLAINT_FR }));
    expect(f).toMatchObject({
      host: "outlook",
      mode: "read",
      lang: "fr",
      kind: "complaint",
      hasDates: true,
      hasNames: true,
      formality: "formal",
      threadDepth: 0,
    });
  });

  it("recognises an English member request", () => {
    const f = computeFeatures(context({ host: "outlook", mode: "read", text: REQUEST_EN }));
    expect(f.lang).toBe("en");
    expect(f.kind).toBe("member_request");
    expect(f.lengthBucket).toBe("short");
  });

  it("recognises meeting notes with names and no figures table", () => {
    const f = computeFeatures(context({ text: MEETING_FR }));
    expect(f.kind).toBe("meeting_notes");
    expect(f.lang).toBe("fr");
    expect(f.hasNames).toBe(true);
    expect(f.hasTable).toBe(false);
  });

  it("recognises a policy document", () => {
    expect(computeFeatures(context({ text: POLICY_FR })).kind).toBe("policy");
  });

  it("classifies an Excel range of claims figures as a table of figures", () => {
    const rows = [
      ["Mois", "Dossiers reçus", "Dossiers traités", "Délai moyen (j)", "Montant remboursé"],
      ["Janvier", "1 240", "1 180", "6,2", "412 300 €"],
      ["Février", "1 315", "1 102", "8,9", "398 150 €"],
      ["Mars", "1 402", "1 377", "7,1", "455 020 €"],
    ];
    const f = computeFeatures(
      context({
        host: "excel",
        text: rows.map((r) => r.join("\t")).join("\n"),
        tables: [{ address: "A1:E4", rows, hasHeader: true }],
      }),
    );
    expect(f).toMatchObject({
      kind: "table_of_figures",
      hasTable: true,
      hasFigures: true,
      lang: "fr",
    });
  });

  it("classifies a text-only Excel column as a list, not figures", () => {
    const rows = [["Fournisseur"], ["Optique Lumière"], ["Dentalis"], ["Audio Plus"]];
    const f = computeFeatures(
      context({
        host: "excel",
        text: rows.map((r) => r[0]).join("\n"),
        tables: [{ rows, hasHeader: true }],
      }),
    );
    expect(f.hasFigures).toBe(false);
    expect(f.kind).not.toBe("table_of_figures");
  });

  it("counts the earlier messages of an email thread", () => {
    const f = computeFeatures(context({ host: "outlook", mode: "read", text: THREAD_EN }));
    expect(f.threadDepth).toBe(2);
    expect(f.lang).toBe("en");
  });

  it("counts '>' quoting depth and honours the adapter's quoted-history hint", () => {
    const quoted = "Ok pour moi.\n> Tu peux valider ?\n>> Voici le devis.";
    expect(computeFeatures(context({ host: "outlook", mode: "compose", text: quoted })).threadDepth).toBe(2);
    const hinted = context({
      host: "outlook",
      mode: "compose",
      text: "Bonjour",
      meta: { hasQuotedHistory: true },
    });
    expect(computeFeatures(hinted).threadDepth).toBe(1);
  });

  it("treats a member chasing an unanswered request as a complaint", () => {
    const text =
      "Bonjour, je me permets de vous relancer : j'ai envoyé ma facture il y a trois semaines et je n'ai " +
      "toujours reçu aucun remboursement. Pouvez-vous me dire où en est mon dossier ?";
    expect(computeFeatures(context({ host: "outlook", mode: "read", text })).kind).toBe("complaint");
  });

  it("recognises an English policy letter even though it mentions members and reimbursements", () => {
    const text =
      "Dear Member, in accordance with article 12 of your general terms, your cover changes on 1 January. " +
      "Your monthly contribution rises by 3.4%. Glasses are reimbursed up to €250 every two years. " +
      "Article 7: benefits are paid within five working days of receiving a complete claim.";
    expect(computeFeatures(context({ text })).kind).toBe("policy");
  });

  it("does not read names into tab-separated table cells", () => {
    const text = "poste\tOptique\tDentaire\nmontant\t120\t80";
    expect(computeFeatures(context({ host: "excel", text })).hasNames).toBe(false);
  });

  it("detects informal tone", () => {
    const f = computeFeatures(
      context({
        text: "Salut Léa, tu peux me renvoyer le fichier stp ? Merci !",
      }),
    );
    expect(f.formality).toBe("informal");
  });

  it("handles an empty context without guessing a kind", () => {
    const f = computeFeatures(context({ text: "   " }));
    expect(f).toMatchObject({
      lengthBucket: "empty",
      wordCount: 0,
      kind: "general",
      lang: "fr",
      hasFigures: false,
    });
    expect(computeFeatures(context({ text: "" }), { fallbackLang: "en" }).lang).toBe("en");
  });

  it("finds amounts and percentages as figures, but not a lone number", () => {
    expect(
      computeFeatures(context({ text: "Le devis s'élève à 1 250 € pour la couronne." })).hasFigures,
    ).toBe(true);
    expect(computeFeatures(context({ text: "The rate rose by 4.5% this quarter." })).hasFigures).toBe(true);
    expect(computeFeatures(context({ text: "Glasses are covered up to €250." })).hasFigures).toBe(true);
    expect(computeFeatures(context({ text: "Voir le point 2 ci-dessous." })).hasFigures).toBe(false);
  });

  it("recognises dates in several formats", () => {
    for (const text of [
      "le 03/04/2025",
      "on 2025-04-03",
      "le 1er avril",
      "on April 3rd",
      "avant le 15 août",
    ]) {
      expect(computeFeatures(context({ text })).hasDates).toBe(true);
    }
    expect(computeFeatures(context({ text: "Merci pour votre retour." })).hasDates).toBe(false);
  });

  it("does not mistake words containing 'tu' for informality", () => {
    const f = computeFeatures(
      context({
        text: "Le statut du dossier est actualisé. Veuillez agréer, Madame, nos salutations.",
      }),
    );
    expect(f.formality).toBe("formal");
  });

  it("handles large adversarial inputs (long digit runs, separators, quotes) without blowing up", () => {
    const cases: [string, Partial<ReturnType<typeof computeFeatures>>][] = [
      ["1 ".repeat(50_000), { hasFigures: true }],
      ["1".repeat(100_000), { hasFigures: false, hasDates: false }],
      ["1.".repeat(50_000), { lengthBucket: "long" }],
      [">".repeat(100_000), { threadDepth: 100_000 }],
      ["De : x\n".repeat(10_000), { threadDepth: 10_000 }],
    ];
    for (const [text, expected] of cases) {
      expect(computeFeatures(context({ text }))).toMatchObject(expected);
    }
  });

  it("buckets lengths at documented limits", () => {
    expect([0, 1, 59, 60, 399, 400].map(lengthBucket)).toEqual([
      "empty",
      "short",
      "short",
      "medium",
      "medium",
      "long",
    ]);
  });
});
