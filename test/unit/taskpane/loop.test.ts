import type { Exercise } from "../../../src/core/catalog/schema";
import { MAX_PROMPT_CHARS } from "../../../src/core/api/llm";
import type { Me } from "../../../src/taskpane/api/types";
import { promptParts } from "../../../src/taskpane/components/feedback/ExamplePrompt";
import { improvementRequest } from "../../../src/core/api/improve";
import { canonicalGroup, groupValuesOf } from "../../../src/taskpane/screens/results/groupValues";
import { appReducer, initialAppState } from "../../../src/taskpane/state/appState";

const charter = { version: "2026-01", title: { fr: "Charte", en: "Charter" }, sections: [] };
const learner = (over: Partial<Me> = {}): Me =>
  ({
    user: "u1",
    tenant: "t",
    roles: [],
    charter,
    charterAccepted: false,
    charterVersionAccepted: null,
    ...over,
  }) as Me;
const exercise = { id: "word-summarise-procedure-5-points", title: { fr: "T", en: "T" } } as Exercise;

describe("the pane's screens", () => {
  it("lets a pilot lead reach the results without the learner's charter, and nothing else", () => {
    const lead = appReducer(initialAppState, {
      type: "loaded",
      me: learner({ roles: ["PilotLead"] }),
      context: {} as never,
      features: {} as never,
    });
    expect(lead.screen).toBe("onboarding");
    expect(appReducer(lead, { type: "navigate", screen: "results" }).screen).toBe("results");
    expect(appReducer(lead, { type: "navigate", screen: "progress" }).screen).toBe("onboarding");
    const plain = appReducer(initialAppState, {
      type: "loaded",
      me: learner(),
      context: {} as never,
      features: {} as never,
    });
    expect(appReducer(plain, { type: "navigate", screen: "results" }).screen).toBe("onboarding");
  });

  it("comes back to the exercise that was open before a reload, once the charter is accepted", () => {
    const load = (me: Me) =>
      appReducer(initialAppState, {
        type: "loaded",
        me,
        context: {} as never,
        features: {} as never,
        openExercise: exercise,
      });
    const back = load(learner({ charterAccepted: true, charterVersionAccepted: "2026-01" }));
    expect(back.screen).toBe("exercise");
    expect(back.exercise?.id).toBe(exercise.id);
    expect(load(learner()).screen).toBe("onboarding");
  });

  it("never sends a learner who accepted the charter back to onboarding on an older answer", () => {
    const accepted = learner({ charterAccepted: true, charterVersionAccepted: "2026-01" });
    const state = appReducer(initialAppState, {
      type: "loaded",
      me: accepted,
      context: {} as never,
      features: {} as never,
    });
    const stale = appReducer(state, { type: "me", me: learner() });
    expect(stale.me?.charterAccepted).toBe(true);
    expect(appReducer(stale, { type: "navigate", screen: "progress" }).screen).toBe("progress");
    // A new charter version is a new promise: it must be accepted again.
    const newVersion = appReducer(state, {
      type: "me",
      me: learner({ charter: { ...charter, version: "2027-01" } }),
    });
    expect(newVersion.me?.charterAccepted).toBe(false);
  });
});

describe("a library prompt's Use", () => {
  const other = { id: "word-draft-reply", title: { fr: "Autre", en: "Other" } } as Exercise;
  const open = appReducer(appReducer(initialAppState, { type: "start", exercise }), {
    type: "navigate",
    screen: "library",
  });

  it("fills the open exercise's prompt box and keeps the exercise, its run and its tries", () => {
    const used = appReducer(open, { type: "usePrompt", exercise, text: "Résumez en 5 puces." });
    expect(used).toMatchObject({ screen: "exercise", exercise, promptToUse: "Résumez en 5 puces." });
    // The exercise screen is keyed by its run: the same run keeps it mounted, tries included.
    expect(used.exerciseRun).toBe(open.exerciseRun);
    expect(used.switchedFrom).toBeNull();
    expect(appReducer(used, { type: "promptTaken" }).promptToUse).toBeNull();
  });

  it("starts the prompt's own exercise when it belongs to another, and remembers which one it closed", () => {
    const used = appReducer(open, { type: "usePrompt", exercise: other, text: "Répondez." });
    expect(used).toMatchObject({ screen: "exercise", exercise: other, promptToUse: "Répondez." });
    expect(used.exerciseRun).toBe(open.exerciseRun + 1);
    expect(used.switchedFrom).toBe(exercise);
    // The notice goes when the learner moves on, and a fresh start carries no library prompt.
    expect(appReducer(used, { type: "navigate", screen: "home" }).switchedFrom).toBeNull();
    expect(appReducer(used, { type: "start", exercise })).toMatchObject({
      promptToUse: null,
      switchedFrom: null,
    });
  });

  it("starts an exercise with the prompt when none is open, with nothing to say", () => {
    const used = appReducer(initialAppState, { type: "usePrompt", exercise, text: "Résumez." });
    expect(used).toMatchObject({ screen: "exercise", exercise, promptToUse: "Résumez.", switchedFrom: null });
  });
});

describe("cohorts and departments", () => {
  it("lists the tenant's values once each, in order", () => {
    const groups = [
      { dimension: "cohort", group: "Vague 2" },
      { dimension: "cohort", group: "Vague 1" },
      { dimension: "cohort", group: null },
      { dimension: "department", group: "Prestations" },
      { dimension: "cohort", group: "Vague 1" },
    ] as never;
    expect(groupValuesOf({ groups })).toEqual({
      cohort: ["Vague 1", "Vague 2"],
      department: ["Prestations"],
    });
  });

  it("matches what was typed to the tenant's spelling, whatever the case, accents or spaces", () => {
    const values = ["Vague 1", "Relation adhérents"];
    expect(canonicalGroup("vague 1", values)).toBe("Vague 1");
    expect(canonicalGroup("  VAGUE   1 ", values)).toBe("Vague 1");
    expect(canonicalGroup("relation adherents", values)).toBe("Relation adhérents");
    expect(canonicalGroup("Vague 3", values)).toBe("Vague 3");
  });
});

describe("example prompts", () => {
  it("shows slots as labels instead of raw brackets and quotes", () => {
    expect(promptParts('Résumez ce courriel. Courriel : """[courriel ouvert]"""')).toEqual([
      { slot: false, text: "Résumez ce courriel. Courriel : " },
      { slot: true, text: "courriel ouvert" },
    ]);
    expect(promptParts("Sans crochets.")).toEqual([{ slot: false, text: "Sans crochets." }]);
  });
});

describe("Improve with AI", () => {
  it("asks for the improved prompt only, within the gateway's limit", () => {
    const request = improvementRequest(
      "x".repeat(20_000),
      { ...exercise, task: { fr: "Résumer.", en: "Summarise." } },
      "fr",
    );
    expect(request.length).toBeLessThanOrEqual(MAX_PROMPT_CHARS);
    expect(request).toMatch(/Réponds uniquement par le prompt amélioré/);
  });
});
