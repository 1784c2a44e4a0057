import type { Catalog, Exercise, ExerciseInput } from "../../../src/core/catalog";
import { ExerciseSchema } from "../../../src/core/catalog";
import { computeFeatures } from "../../../src/core/features";
import { initialMastery, type Mastery } from "../../../src/core/learner";
import { recommendExercise, type HistoryEntry } from "../../../src/core/recommender";
import type { ContextFeatures, CriterionId, HostContext, Level } from "../../../src/core/types";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

const now = new Date("2025-06-16T10:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadBuiltInCatalog();
});

function features(overrides: Partial<ContextFeatures>): ContextFeatures {
  return {
    host: "word",
    mode: "edit",
    lang: "fr",
    lengthBucket: "medium",
    wordCount: 180,
    kind: "general",
    hasFigures: false,
    hasDates: false,
    hasNames: false,
    hasTable: false,
    isSelection: false,
    threadDepth: 0,
    formality: "neutral",
    ...overrides,
  };
}

/** A learner fairly good everywhere except the given criteria. */
function learner(level: Level, weak: CriterionId[]): { mastery: Mastery; level: Level } {
  const mastery = Object.fromEntries(Object.keys(initialMastery()).map((c) => [c, 0.7])) as Mastery;
  weak.forEach((criterion, i) => (mastery[criterion] = 0.1 + i * 0.1));
  return { mastery, level };
}

const outlookComplaint = features({ host: "outlook", mode: "read", kind: "complaint", hasDates: true });
const excelFigures = features({ host: "excel", kind: "table_of_figures", hasTable: true, hasFigures: true });

describe("recommendExercise with the built-in catalog", () => {
  it.each([
    {
      scenario: "Outlook complaint, weak audience, beginner → a reply targeting audience",
      features: outlookComplaint,
      learner: learner("beginner", ["audience"]),
      expected: { id: "outlook-draft-reimbursement-reply", skill: "draft", targets: "audience" },
    },
    {
      scenario: "Outlook complaint, weak audience, intermediate → the complaint reply",
      features: outlookComplaint,
      learner: learner("intermediate", ["audience"]),
      expected: { id: "outlook-draft-complaint-reply", skill: "draft", targets: "audience" },
    },
    {
      scenario: "Excel table of figures, weak context → an analysis exercise",
      features: excelFigures,
      learner: learner("intermediate", ["context"]),
      expected: { id: "excel-analyse-delay-trend", skill: "analyse", targets: "context" },
    },
    {
      scenario: "same table, weakest criterion now audience → a different exercise targeting audience",
      features: excelFigures,
      learner: learner("intermediate", ["audience"]),
      expected: { id: "excel-summarise-monthly-claims-comment", skill: "summarise", targets: "audience" },
    },
    {
      scenario: "Outlook compose, weak expectations → polishing the draft, not a reply to a received email",
      features: features({ host: "outlook", mode: "compose", lengthBucket: "short" }),
      learner: learner("beginner", ["expectations"]),
      expected: { id: "outlook-transform-shorten-draft", skill: "transform", targets: "expectations" },
    },
    {
      scenario: "Word meeting notes, intermediate, weak audience → a summary for absentees",
      features: features({ kind: "meeting_notes", hasNames: true }),
      learner: learner("intermediate", ["audience"]),
      expected: { id: "word-summarise-minutes-for-absentees", skill: "summarise", targets: "audience" },
    },
    {
      scenario: "Word report with figures, advanced, weak clarity → checking the report's claims",
      features: features({ kind: "report", hasFigures: true, lengthBucket: "long" }),
      learner: learner("advanced", ["clarity", "source"]),
      expected: { id: "word-analyse-report-claims", skill: "analyse", targets: "clarity" },
    },
  ])("$scenario", ({ features: f, learner: l, expected }) => {
    const result = recommendExercise(f, l, catalog.exercises, [], now);
    expect(result).not.toBeNull();
    expect(result!.exercise.id).toBe(expected.id);
    expect(result!.exercise.hosts).toContain(f.host);
    expect(result!.exercise.skill).toBe(expected.skill);
    expect(result!.exercise.targets).toContain(expected.targets);
    expect(result!.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["host_fit", "weakest_criterion", "new"]),
    );
  });

  it("explains the choice in one sentence in French and English", () => {
    const result = recommendExercise(
      outlookComplaint,
      learner("beginner", ["audience"]),
      catalog.exercises,
      [],
      now,
    )!;
    expect(result.why.fr).toBe(
      "En 3 minutes, à partir de cette réclamation, cet exercice vous fait travailler «\u00a0Public et ton\u00a0», votre critère le moins maîtrisé.",
    );
    expect(result.why.en).toBe(
      "In 3 minutes, using this complaint, this exercise practises “Audience & tone”, your weakest criterion.",
    );
    expect(result.reasons.find((r) => r.code === "context_fit")?.message.fr).toBe(
      "Adapté à cette réclamation.",
    );
  });

  it("still suggests something when nothing is open, and says so", () => {
    const empty = features({ host: "word", lengthBucket: "empty", wordCount: 0 });
    const result = recommendExercise(empty, learner("beginner", ["goal"]), catalog.exercises, [], now)!;
    expect(result.exercise.id).toBe("word-draft-note-from-key-points");
    expect(result.why.fr).toContain("à partir d’un texte de votre choix");
    expect(result.why.en).toContain("using a text of your choice");
  });

  it("in Outlook compose, a blank new message calls for writing from notes, a long reply draft does not", () => {
    const blank = features({ host: "outlook", mode: "compose", lengthBucket: "empty", wordCount: 0 });
    const fresh = recommendExercise(blank, learner("beginner", ["goal"]), catalog.exercises, [], now)!;
    expect(fresh.exercise.id).toBe("outlook-draft-new-email-from-notes");
    const reply = features({ host: "outlook", mode: "compose", kind: "complaint", threadDepth: 2 });
    const polish = recommendExercise(reply, learner("beginner", ["goal"]), catalog.exercises, [], now)!;
    expect(polish.exercise.id).not.toBe("outlook-draft-new-email-from-notes");
    expect(polish.exercise.fits.modes).toContain("compose");
  });

  it("writes every French reason with French typography", () => {
    const l = learner("beginner", ["audience"]);
    const excel = catalog.exercises.filter((e) => e.hosts.includes("excel"));
    const recent = excel.map((e) => ({ exerciseId: e.id, at: daysAgo(1) }));
    const longAgo = excel.map((e) => ({ exerciseId: e.id, at: daysAgo(9) }));
    const results = [
      recommendExercise(outlookComplaint, l, catalog.exercises, [], now)!,
      recommendExercise(excelFigures, learner("beginner", ["goal"]), catalog.exercises, recent, now)!,
      recommendExercise(excelFigures, l, catalog.exercises, longAgo, now)!,
      recommendExercise(excelFigures, l, catalog.exercises, longAgo, now, { noRepeatDays: 0 })!,
      recommendExercise(
        outlookComplaint,
        l,
        catalog.exercises.filter((e) => e.level === "intermediate"),
        [],
        now,
      )!,
    ];
    const codes = results.flatMap((r) => r.reasons.map((x) => x.code));
    expect(codes).toEqual(expect.arrayContaining(["repeat", "not_recent", "level_stretch", "context_fit"]));
    for (const text of results.flatMap((r) => [r.why.fr, ...r.reasons.map((x) => x.message.fr)])) {
      expect(text).not.toMatch(/'| [:;?!»]|« /);
    }
  });

  it("never suggests another host's exercise, and respects Outlook read/compose", () => {
    for (const host of ["word", "outlook", "excel"] as const) {
      for (const weak of ["goal", "audience", "constraints", "source"] as const) {
        const f = features({ host, mode: host === "outlook" ? "compose" : "edit" });
        const result = recommendExercise(f, learner("beginner", [weak]), catalog.exercises, [], now)!;
        expect(result.exercise.hosts).toContain(host);
        for (const e of [result.exercise, ...result.alternatives]) {
          expect(e.fits.modes === undefined || e.fits.modes.includes(f.mode)).toBe(true);
        }
      }
    }
  });

  it("does not repeat an exercise done within the last 3 days, but may after", () => {
    const l = learner("beginner", ["audience"]);
    const first = recommendExercise(outlookComplaint, l, catalog.exercises, [], now)!.exercise.id;
    const yesterday = recommendExercise(
      outlookComplaint,
      l,
      catalog.exercises,
      [{ exerciseId: first, at: daysAgo(1) }],
      now,
    )!;
    expect(yesterday.exercise.id).not.toBe(first);
    const lastWeek = recommendExercise(
      outlookComplaint,
      l,
      catalog.exercises,
      [{ exerciseId: first, at: daysAgo(7) }],
      now,
    )!;
    expect(lastWeek.exercise.id).toBe(first);
    expect(lastWeek.reasons.map((r) => r.code)).toContain("not_recent");
    const shortWindow = recommendExercise(
      outlookComplaint,
      l,
      catalog.exercises,
      [{ exerciseId: first, at: daysAgo(1) }],
      now,
      { noRepeatDays: 0.5 },
    )!;
    expect(shortWindow.exercise.id).toBe(first);
  });

  it("falls back to a repeat, with a reason, when every fitting exercise was done recently", () => {
    const excel = catalog.exercises.filter((e) => e.hosts.includes("excel"));
    const history: HistoryEntry[] = excel.map((e, i) => ({
      exerciseId: e.id,
      at: daysAgo(i === 5 ? 2.5 : 1),
    }));
    const result = recommendExercise(
      excelFigures,
      learner("intermediate", ["context"]),
      catalog.exercises,
      history,
      now,
    )!;
    expect(result.exercise.id).toBe(excel[5]!.id);
    expect(result.reasons.map((r) => r.code)).toContain("repeat");
    expect(result.reasons.find((r) => r.code === "repeat")!.message.fr).toContain("3 derniers jours");
    expect(result.why.en).toContain("again");
  });

  it("is deterministic and offers alternatives", () => {
    const l = learner("beginner", ["goal"]);
    const a = recommendExercise(excelFigures, l, catalog.exercises, [], now)!;
    const b = recommendExercise(excelFigures, l, [...catalog.exercises].reverse(), [], now)!;
    expect(b.exercise.id).toBe(a.exercise.id);
    expect(b.alternatives.map((e) => e.id)).toEqual(a.alternatives.map((e) => e.id));
    expect(a.alternatives).toHaveLength(3);
    expect(a.alternatives.map((e) => e.id)).not.toContain(a.exercise.id);
  });
});

describe("recommendExercise rules on a small catalog", () => {
  const base: ExerciseInput = {
    id: "aaa",
    version: 1,
    hosts: ["word"],
    skill: "draft",
    level: "beginner",
    minutes: 2,
    fits: {},
    targets: ["goal"],
    title: { fr: "t", en: "t" },
    brief: { fr: "b", en: "b" },
    task: { fr: "t", en: "t" },
    example: { fr: "e", en: "e" },
  };
  const make = (overrides: Partial<ExerciseInput>): Exercise =>
    ExerciseSchema.parse({ ...base, ...overrides });

  it("breaks ties by id", () => {
    const small = [make({ id: "zzz" }), make({ id: "mmm" }), make({ id: "bbb" })];
    expect(recommendExercise(features({}), learner("beginner", ["goal"]), small, [], now)!.exercise.id).toBe(
      "bbb",
    );
  });

  it("returns null when no exercise is written for the open host", () => {
    expect(
      recommendExercise(features({ host: "excel" }), learner("beginner", []), [make({})], [], now),
    ).toBeNull();
  });

  it("relaxes the mode only when no exercise fits it", () => {
    const readOnly = make({ id: "read-only", hosts: ["outlook"], fits: { modes: ["read"] } });
    const compose = features({ host: "outlook", mode: "compose" });
    expect(recommendExercise(compose, learner("beginner", []), [readOnly], [], now)!.exercise.id).toBe(
      "read-only",
    );
    const anyMode = make({ id: "zz-any", hosts: ["outlook"] });
    expect(
      recommendExercise(compose, learner("beginner", []), [readOnly, anyMode], [], now)!.exercise.id,
    ).toBe("zz-any");
  });

  it("prefers the exercise whose kinds match the open text", () => {
    const small = [
      make({ id: "aa-letter", fits: { kinds: ["letter"] } }),
      make({ id: "bb-notes", fits: { kinds: ["meeting_notes"] } }),
    ];
    const result = recommendExercise(
      features({ kind: "meeting_notes" }),
      learner("beginner", []),
      small,
      [],
      now,
    )!;
    expect(result.exercise.id).toBe("bb-notes");
  });

  it("ignores unparseable history dates", () => {
    const small = [make({ id: "aaa" }), make({ id: "bbb" })];
    const result = recommendExercise(
      features({}),
      learner("beginner", []),
      small,
      [{ exerciseId: "aaa", at: "yesterday" }],
      now,
    );
    expect(result!.exercise.id).toBe("aaa");
  });
});

describe("from host content to a suggestion", () => {
  const ctx = (partial: Partial<HostContext> & Pick<HostContext, "host" | "mode" | "text">): HostContext => ({
    title: "",
    truncated: false,
    isSelection: false,
    tables: [],
    meta: {},
    ...partial,
  });

  it.each([
    {
      host: "outlook",
      context: ctx({
        host: "outlook",
        mode: "read",
        text: "Bonjour, je relance pour la troisième fois : toujours pas de remboursement de mes lunettes, c'est inadmissible. Cordialement.",
      }),
      skill: "draft",
    },
    {
      host: "word",
      context: ctx({
        host: "word",
        mode: "edit",
        text: [
          "Compte rendu de la réunion d'équipe du service prestations",
          "Participants : les gestionnaires de l'équipe optique et dentaire, la responsable du service",
          "Ordre du jour : le stock de dossiers en attente, la nouvelle procédure de tiers payant",
          "Décisions : les dossiers de plus de quinze jours sont traités en priorité ; les devis dentaires",
          "passent désormais par la plateforme en ligne, sauf pour les adhérents qui n'ont pas d'accès.",
          "Actions : mettre à jour le tableau de suivi avant vendredi ; préparer une note pour les agences",
          "sur la procédure ; vérifier avec l'informatique la date de mise en service de la plateforme.",
          "Prochaine réunion : mardi prochain à 14 heures, en salle du deuxième étage.",
        ].join("\n"),
      }),
      skill: "summarise",
    },
    {
      host: "excel",
      context: ctx({
        host: "excel",
        mode: "edit",
        text: "Mois\tReçus\tTraités\nJanvier\t1240\t1180\nFévrier\t1315\t1102",
        tables: [
          {
            rows: [
              ["Mois", "Reçus", "Traités"],
              ["Janvier", "1240", "1180"],
              ["Février", "1315", "1102"],
            ],
            hasHeader: true,
          },
        ],
      }),
      skill: "analyse",
    },
  ] as const)("$host sample content yields a fitting, explained suggestion", ({ host, context, skill }) => {
    const f = computeFeatures(context);
    const result = recommendExercise(
      f,
      { mastery: initialMastery(), level: "beginner" },
      catalog.exercises,
      [],
      now,
    )!;
    expect(result.exercise.hosts).toContain(host);
    expect(result.exercise.skill).toBe(skill);
    expect(result.reasons.map((r) => r.code)).toContain("context_fit");
    expect(result.why.fr.length).toBeGreaterThan(20);
  });
});
