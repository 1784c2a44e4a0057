import type { Catalog } from "../../../src/core/catalog";
import { computeFeatures } from "../../../src/core/features";
import { initialMastery, type Mastery } from "../../../src/core/learner";
import { recommendExercise, skillAffinity } from "../../../src/core/recommender";
import type { CriterionId, HostContext, Level, Skill } from "../../../src/core/types";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

/**
 * Iterate (« Affiner ») and verify (« Vérifier ») get their affinity from what the open item holds:
 * verify from figures, amounts and dates an answer could get wrong; iterate from a long text, or a
 * draft or reply being written. Real-looking items of each host go through computeFeatures and the
 * built-in catalog, as in the pane.
 */

const now = new Date("2025-06-16T10:00:00Z");
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadBuiltInCatalog();
});

function ctx(partial: Partial<HostContext> & Pick<HostContext, "host" | "mode" | "text">): HostContext {
  return { title: "", truncated: false, isSelection: false, tables: [], meta: {}, ...partial };
}

function table(rows: string[][]): Pick<HostContext, "text" | "tables"> {
  return {
    text: rows.map((r) => r.join("\t")).join("\n"),
    tables: [{ address: "Feuil1!A1", rows, hasHeader: true }],
  };
}

/** A learner fairly good everywhere except `weak`. */
function learner(level: Level, weak: CriterionId): { mastery: Mastery; level: Level } {
  const mastery = Object.fromEntries(Object.keys(initialMastery()).map((c) => [c, 0.7])) as Mastery;
  mastery[weak] = 0.1;
  return { mastery, level };
}

const LEVELS_ALL = ["beginner", "intermediate", "advanced"] as const;

/** Where the first exercise of `skill` comes in the whole ranking (0 = the suggestion itself). */
function rankOf(context: HostContext, skill: Skill, level: Level, weak: CriterionId): number {
  const r = recommendExercise(computeFeatures(context), learner(level, weak), catalog.exercises, [], now, {
    alternatives: catalog.exercises.length,
  })!;
  return [r.exercise, ...r.alternatives].findIndex((e) => e.skill === skill);
}

// ── Word ──────────────────────────────────────────────────────────────────────────────────────────

const WORD_MINUTES_WITH_FIGURES = ctx({
  host: "word",
  mode: "edit",
  text: [
    "Compte rendu du comité qualité du 12 mars 2025",
    "Participants : la direction des prestations, le service qualité, deux gestionnaires.",
    "Ordre du jour : le budget de la refonte du parcours de remboursement, les délais de traitement.",
    "Décisions : le comité valide un budget de 45 000 € pour la refonte, financé sur l'exercice 2025.",
    "Le délai moyen de traitement est passé de 9 à 6 jours ; l'objectif reste fixé à 5 jours.",
    "Actions : le service qualité présente le calendrier détaillé avant le 15 avril.",
    "Prochaine réunion : le 14 mai 2025 à 10 heures.",
  ].join("\n"),
});

const WORD_SHORT_IDEAS = ctx({
  host: "word",
  mode: "edit",
  text: [
    "Idées pour la semaine de la qualité de vie au travail",
    "- un atelier sur la gestion du stress",
    "- une marche collective entre midi et deux",
    "- un échange avec la médecine du travail",
  ].join("\n"),
});

const REPORT_PARAGRAPHS = [
  "Le présent rapport fait le point sur la dématérialisation du courrier entrant au sein de la direction des prestations. Il rappelle les objectifs fixés au lancement du projet, décrit l’organisation retenue par les équipes de numérisation et présente les premiers retours des gestionnaires, qui disposent désormais des pièces dans leur outil de traitement.",
  "L’organisation repose sur un centre de numérisation unique qui reçoit le courrier des agences, le trie par nature de demande et le transmet aux équipes de gestion. Les pièces justificatives sont indexées automatiquement lorsque c’est possible ; les autres sont qualifiées par un opérateur qui vérifie la lisibilité et le rattachement au bon dossier.",
  "Les gestionnaires soulignent un gain de confort réel : ils ne manipulent plus de papier, retrouvent plus vite une pièce ancienne et peuvent répondre à un adhérent sans attendre le retour d’un dossier physique. Certains regrettent toutefois la qualité inégale des images pour les factures manuscrites et demandent une relecture plus attentive.",
  "Plusieurs risques sont identifiés. Le premier tient à la dépendance envers un prestataire unique pour la numérisation ; le deuxième à la montée en charge lors des pics saisonniers, en particulier à la rentrée ; le troisième à la conservation des originaux, dont la durée doit être alignée sur la politique d’archivage du groupe.",
  "Le rapport recommande de formaliser un plan de continuité avec le prestataire, de prévoir des renforts temporaires au centre de numérisation pendant les périodes chargées et de confier au service juridique la validation des règles de destruction des originaux. Il propose également un point d’étape trimestriel avec les représentants des gestionnaires.",
  "Enfin, la direction souhaite étendre le dispositif aux demandes de prise en charge hospitalière, qui arrivent encore majoritairement par courrier. Cette extension suppose d’adapter les règles d’indexation et de former les équipes concernées ; elle sera présentée au comité de direction avec un calendrier et une estimation des moyens nécessaires.",
  "Le budget consacré au projet a été tenu sur l’année écoulée, mais le rapport note que les coûts de numérisation augmentent avec le nombre de pièces par dossier. Il suggère d’inciter les adhérents à transmettre leurs justificatifs par l’espace en ligne, ce qui réduirait le volume de courrier et allégerait la charge du centre.",
  "En conclusion, la dématérialisation est bien engagée et appréciée des équipes. Les points de vigilance portent sur la qualité des images, la continuité du service et l’archivage ; ils appellent des décisions rapides pour que le projet tienne ses promesses auprès des adhérents comme des gestionnaires, sans dégrader les délais de remboursement.",
];

const WORD_LONG_REPORT = ctx({
  host: "word",
  mode: "edit",
  text: ["Rapport d’étape – dématérialisation du courrier entrant", ...REPORT_PARAGRAPHS].join("\n"),
});

// ── Outlook ───────────────────────────────────────────────────────────────────────────────────────

const OUTLOOK_SUPPLIER_THREAD = ctx({
  host: "outlook",
  mode: "read",
  title: "RE: Renouvellement des cartes de tiers payant",
  text: [
    "Bonjour,",
    "Je vous confirme notre proposition : 0,42 € HT par carte pour 120 000 cartes, livraison au plus tard le 30 septembre 2025.",
    "Le tarif est ferme jusqu’au 31 juillet ; au-delà, il sera révisé selon l’indice convenu.",
    "Bien cordialement,",
    "Service commercial",
    "",
    "De : Achats",
    "Envoyé : lundi 2 juin 2025 09:14",
    "Objet : Renouvellement des cartes de tiers payant",
    "Pouvez-vous nous confirmer le prix unitaire et la date de livraison ?",
  ].join("\n"),
  meta: { hasQuotedHistory: true, isReply: true },
});

const OUTLOOK_SHORT_NOTE = ctx({
  host: "outlook",
  mode: "read",
  title: "Salle de réunion",
  text: "Bonjour,\nLa salle du deuxième étage est libre pour notre point d’équipe. Je la réserve ?\nBonne journée,\nJulie",
});

const OUTLOOK_REPLY_DRAFT = ctx({
  host: "outlook",
  mode: "compose",
  title: "RE: Mon remboursement de lunettes",
  text: [
    "Bonjour Madame,",
    "Nous avons bien reçu votre message et nous comprenons votre impatience. Votre dossier est en cours d’examen par notre service des prestations, qui doit encore vérifier les pièces transmises avec votre demande.",
    "Nous revenons vers vous dès que l’examen est terminé et restons à votre disposition pour toute question sur votre contrat ou sur les garanties optiques dont vous bénéficiez.",
    "Bien cordialement,",
    "Le service adhérents",
    "",
    "De : Mme Claire Fontaine",
    "Envoyé : mardi 10 juin 2025",
    "Objet : Mon remboursement de lunettes",
    "Je n’ai toujours rien reçu. Pouvez-vous me dire où en est mon dossier ?",
  ].join("\n"),
  meta: { hasQuotedHistory: true, isReply: true },
});

// ── Excel ─────────────────────────────────────────────────────────────────────────────────────────

const EXCEL_MONTHLY_FIGURES = ctx({
  host: "excel",
  mode: "edit",
  ...table([
    ["Mois", "Demandes reçues", "Traitées", "Délai moyen (jours)"],
    ["janvier 2025", "1 240", "1 180", "8,4"],
    ["février 2025", "1 315", "1 102", "9,1"],
    ["mars 2025", "1 402", "1 350", "7,6"],
    ["avril 2025", "1 288", "1 301", "6,9"],
    ["mai 2025", "1 190", "1 205", "6,2"],
    ["juin 2025", "1 256", "1 240", "5,8"],
  ]),
});

const EXCEL_LABELS = ctx({
  host: "excel",
  mode: "edit",
  ...table([
    ["Catégorie", "Libellé"],
    ["Accès", "mot de passe"],
    ["Matériel", "écran"],
  ]),
});

describe("skillAffinity for iterate and verify", () => {
  it("verify: figures and dates suit it best, a text without either not at all", () => {
    const f = (over: Partial<ReturnType<typeof computeFeatures>>) => ({
      ...computeFeatures(WORD_SHORT_IDEAS),
      ...over,
    });
    expect(skillAffinity(f({ hasFigures: true, hasDates: true }), "verify")).toBeGreaterThan(
      skillAffinity(f({ hasFigures: true }), "verify"),
    );
    expect(skillAffinity(f({ hasDates: true }), "verify")).toBeGreaterThan(0);
    expect(skillAffinity(f({}), "verify")).toBeLessThan(0);
    expect(skillAffinity(f({ lengthBucket: "empty", wordCount: 0 }), "verify")).toBeLessThan(0);
  });

  it("iterate: a long text or a reply being written suits it, a short note does not", () => {
    const long = computeFeatures(WORD_LONG_REPORT);
    const draft = computeFeatures(OUTLOOK_REPLY_DRAFT);
    const short = computeFeatures(WORD_SHORT_IDEAS);
    expect(long.lengthBucket).toBe("long");
    expect(draft).toMatchObject({ mode: "compose", lengthBucket: "medium" });
    expect(draft.threadDepth).toBeGreaterThan(0);
    expect(short.lengthBucket).toBe("short");
    expect(skillAffinity(long, "iterate")).toBeGreaterThan(0);
    expect(skillAffinity(draft, "iterate")).toBeGreaterThan(0);
    expect(skillAffinity(short, "iterate")).toBeLessThan(0);
  });

  it("leaves the other skills to the kind of text", () => {
    const minutes = computeFeatures(WORD_MINUTES_WITH_FIGURES);
    expect(minutes.kind).toBe("meeting_notes");
    expect(skillAffinity(minutes, "summarise")).toBe(1.5);
    expect(skillAffinity(minutes, "transform")).toBe(1);
    expect(skillAffinity(minutes, "draft")).toBe(0);
  });
});

/** Suggested: first or second where it fits; never in the first two, and later, where it does not. */
function expectSuggestedOnlyWhereItFits(
  skill: Skill,
  weak: CriterionId,
  fits: HostContext,
  level: Level,
  not: HostContext,
): void {
  expect(rankOf(fits, skill, level, weak)).toBeLessThanOrEqual(1);
  expect(rankOf(not, skill, level, weak)).toBeGreaterThan(rankOf(fits, skill, level, weak));
  for (const l of LEVELS_ALL) expect(rankOf(not, skill, l, weak)).toBeGreaterThanOrEqual(2);
}

describe("verify is suggested where the item holds figures and dates to check, and not elsewhere", () => {
  it.each([
    { host: "word", fits: WORD_MINUTES_WITH_FIGURES, level: "beginner", not: WORD_SHORT_IDEAS },
    { host: "outlook", fits: OUTLOOK_SUPPLIER_THREAD, level: "intermediate", not: OUTLOOK_SHORT_NOTE },
    { host: "excel", fits: EXCEL_MONTHLY_FIGURES, level: "intermediate", not: EXCEL_LABELS },
  ] as const)("$host ($level, weak on sources)", ({ fits, level, not }) => {
    const holds = computeFeatures(fits);
    expect(holds.hasFigures && holds.hasDates).toBe(true);
    const lacks = computeFeatures(not);
    expect(lacks.hasFigures || lacks.hasDates).toBe(false);
    expectSuggestedOnlyWhereItFits("verify", "source", fits, level, not);
  });

  it("says the suggestion suits the open item", () => {
    const result = recommendExercise(
      computeFeatures(WORD_MINUTES_WITH_FIGURES),
      learner("beginner", "source"),
      catalog.exercises,
      [],
      now,
    )!;
    expect(result.exercise.id).toBe("word-verify-invented-amount");
    expect(result.reasons.find((r) => r.code === "context_fit")?.message).toEqual({
      fr: "Adapté à ce compte rendu de réunion.",
      en: "Suited to these meeting notes.",
    });
  });
});

describe("iterate is suggested on a long text, a reply being written or a table to comment, not on a short note", () => {
  it.each([
    { host: "word", fits: WORD_LONG_REPORT, level: "advanced", not: WORD_SHORT_IDEAS },
    { host: "outlook", fits: OUTLOOK_REPLY_DRAFT, level: "beginner", not: OUTLOOK_SHORT_NOTE },
    { host: "excel", fits: EXCEL_MONTHLY_FIGURES, level: "beginner", not: EXCEL_LABELS },
  ] as const)("$host ($level, weak on expectations)", ({ fits, level, not }) => {
    expectSuggestedOnlyWhereItFits("iterate", "expectations", fits, level, not);
  });
});
