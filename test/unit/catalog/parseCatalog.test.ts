import {
  CatalogError,
  checkCatalog,
  mergeCatalogs,
  parseCatalog,
  toCatalog,
  type ExerciseInput,
} from "../../../src/core/catalog";

function exercise(overrides: Partial<ExerciseInput> = {}): ExerciseInput {
  return {
    id: "outlook-test-reply",
    version: 1,
    hosts: ["outlook"],
    skill: "draft",
    level: "beginner",
    minutes: 3,
    fits: { modes: ["read"] },
    targets: ["audience"],
    title: { fr: "Répondre", en: "Reply" },
    brief: { fr: "Contexte", en: "Context" },
    task: { fr: "Tâche", en: "Task" },
    example: { fr: "Rédigez une réponse…", en: "Write a reply…" },
    ...overrides,
  };
}

function file(path: string, exercises: unknown[]) {
  return { path, content: JSON.stringify({ exercises }) };
}

function messagesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    return (err as CatalogError).message.split("\n");
  }
  throw new Error("expected a CatalogError");
}

describe("parseCatalog", () => {
  it("parses valid files, fills defaults and indexes by id", () => {
    const catalog = parseCatalog([
      file("a.json", [exercise()]),
      file("b.json", [exercise({ id: "word-test" })]),
    ]);
    expect(catalog.exercises.map((e) => e.id)).toEqual(["outlook-test-reply", "word-test"]);
    expect(catalog.byId.get("word-test")?.weights).toEqual({});
    expect(catalog.byId.get("word-test")?.checks).toEqual([]);
  });

  it("names the file and the field path of a missing translation", () => {
    const bad = exercise({ title: { en: "Reply" } as never });
    const messages = messagesOf(() =>
      parseCatalog([file("content/exercises/outlook.json", [exercise(), exercise({ id: "x-two" }), bad])]),
    );
    expect(messages).toEqual(["content/exercises/outlook.json: exercises[2].title.fr: Required"]);
  });

  it("reports every issue, not just the first", () => {
    const { issues } = checkCatalog([
      file("t.json", [
        exercise({ minutes: 9 }),
        exercise({ id: "Bad Id" }),
        exercise({ skill: "juggle" as never }),
      ]),
    ]);
    expect(issues.map((i) => i.field)).toEqual([
      "exercises[0].minutes",
      "exercises[1].id",
      "exercises[2].skill",
    ]);
    expect(issues.every((i) => i.file === "t.json")).toBe(true);
  });

  it("rejects unknown fields, so typos in optional fields do not pass silently", () => {
    const messages = messagesOf(() => parseCatalog([file("t.json", [{ ...exercise(), fit: {} }])]));
    expect(messages[0]).toMatch(/^t\.json: exercises\[0\]: .*fit/);
  });

  it("reports invalid JSON with the file name", () => {
    const messages = messagesOf(() => parseCatalog([{ path: "broken.json", content: "{ nope" }]));
    expect(messages[0]).toMatch(/^broken\.json: invalid JSON/);
  });

  it("rejects duplicate ids across files, naming both", () => {
    const messages = messagesOf(() =>
      parseCatalog([file("a.json", [exercise()]), file("b.json", [exercise()])]),
    );
    expect(messages).toEqual([
      'b.json: exercises[0].id: duplicate id "outlook-test-reply" (already defined in a.json)',
    ]);
  });

  it("rejects modes that none of the exercise's hosts can be in", () => {
    const messages = messagesOf(() => parseCatalog([file("a.json", [exercise({ hosts: ["word"] })])]));
    expect(messages[0]).toContain("a.json: exercises[0].fits.modes:");
  });

  it("rejects a length range that no text can satisfy", () => {
    const fits = { minLength: "long", maxLength: "short" } as const;
    const messages = messagesOf(() => parseCatalog([file("a.json", [exercise({ fits })])]));
    expect(messages).toEqual(["a.json: exercises[0].fits.maxLength: is shorter than minLength"]);
  });

  it("rejects required criteria that the exercise does not target", () => {
    const messages = messagesOf(() => parseCatalog([file("a.json", [exercise({ required: ["goal"] })])]));
    expect(messages[0]).toContain("exercises[0].required[0]");
  });

  it("rejects checks on the answer that no answer could meet or that say one thing twice", () => {
    const checks = [
      { type: "maxWords", value: 50 },
      { type: "minWords", value: 80 },
      { type: "bullets", min: 4, max: 2 },
      { type: "maxWords", value: 60 },
      { type: "maxSentences", value: 3 },
      { type: "mentions", anyOf: [" "], label: { fr: "le délai", en: "the deadline" } },
    ] as ExerciseInput["checks"];
    const messages = messagesOf(() => parseCatalog([file("a.json", [exercise({ checks })])]));
    expect(messages).toEqual([
      "a.json: exercises[0].checks[2]: min is greater than max",
      'a.json: exercises[0].checks[3]: a second "maxWords" check (see checks[0])',
      "a.json: exercises[0].checks[5]: anyOf[0] is too short to be found",
      "a.json: exercises[0].checks[1]: asks for at least 80 words but maxWords is 50",
      "a.json: exercises[0].checks[2]: asks for at least 4 bullets but maxSentences is 3",
    ]);
    // Sensible checks pass.
    const fine = [
      { type: "bullets", max: 3 },
      { type: "maxWords", value: 90 },
      { type: "mentions", anyOf: ["délai", "deadline"], label: { fr: "le délai", en: "the deadline" } },
    ] as ExerciseInput["checks"];
    expect(parseCatalog([file("a.json", [exercise({ checks: fine })])]).exercises).toHaveLength(1);
  });

  it("reads the turn an iterate or verify exercise follows up", () => {
    const followUpOf = {
      prompt: { fr: "Résume le compte rendu.", en: "Summarise the minutes." },
      answer: { fr: "Le comité a validé 54 000 €.", en: "The committee approved 54,000." },
    };
    const catalog = parseCatalog([file("a.json", [exercise({ skill: "verify", followUpOf })])]);
    expect(catalog.exercises[0]?.followUpOf).toEqual(followUpOf);
    const messages = messagesOf(() =>
      parseCatalog([
        file("a.json", [exercise({ followUpOf: { ...followUpOf, answer: { fr: "", en: "x" } } })]),
      ]),
    );
    expect(messages[0]).toContain("exercises[0].followUpOf.answer.fr");
  });

  it("keeps exercises JSON-serialisable", () => {
    const catalog = parseCatalog([file("a.json", [exercise()])]);
    expect(JSON.parse(JSON.stringify(catalog.exercises))).toEqual(catalog.exercises);
  });
});

describe("mergeCatalogs", () => {
  it("replaces by id in place, appends new ones, and leaves the inputs untouched", () => {
    const base = parseCatalog([file("a.json", [exercise({ id: "one" }), exercise({ id: "two" })])]);
    const tenant = parseCatalog([
      file("t.json", [exercise({ id: "two", version: 2 }), exercise({ id: "three" })]),
    ]);
    const merged = mergeCatalogs(base, tenant);
    expect(merged.exercises.map((e) => `${e.id}@${e.version}`)).toEqual(["one@1", "two@2", "three@1"]);
    expect(merged.byId.get("two")?.version).toBe(2);
    expect(base.byId.get("two")?.version).toBe(1);
    expect(base.exercises).toHaveLength(2);
  });

  it("merging an empty catalog changes nothing", () => {
    const base = parseCatalog([file("a.json", [exercise({ id: "one" })])]);
    expect(mergeCatalogs(base, toCatalog([])).exercises).toEqual(base.exercises);
  });
});
