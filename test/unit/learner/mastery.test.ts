import {
  LEVEL_LABELS,
  initialLearnerState,
  initialMastery,
  levelFromMastery,
  normaliseMastery,
  parseLearnerState,
  recordAttempt,
  updateMastery,
  weakestCriteria,
  type Mastery,
} from "../../../src/core/learner";
import { CRITERIA, type CriterionScores } from "../../../src/core/types";

const allScores = (value: number): CriterionScores =>
  Object.fromEntries(CRITERIA.map((c) => [c, value])) as CriterionScores;

const withMastery = (value: number, overrides: Partial<Mastery> = {}): Mastery => ({
  ...(Object.fromEntries(CRITERIA.map((c) => [c, value])) as Mastery),
  ...overrides,
});

describe("updateMastery", () => {
  it("starts every criterion at 0 and stays within [0, 1]", () => {
    expect(Object.values(initialMastery())).toEqual(CRITERIA.map(() => 0));
    const m = updateMastery(initialMastery(), { goal: 7, context: -2 });
    expect(m.goal).toBeCloseTo(0.2);
    expect(m.context).toBe(0);
  });

  it("moves toward score/3 with rate 0.2, and 0.4 on criteria the exercise targets", () => {
    const m = updateMastery(
      withMastery(0.5),
      { goal: 3, audience: 3, context: 0 },
      { targets: ["audience"] },
    );
    expect(m.goal).toBeCloseTo(0.5 + 0.2 * (1 - 0.5));
    expect(m.audience).toBeCloseTo(0.5 + 0.4 * (1 - 0.5));
    expect(m.context).toBeCloseTo(0.5 - 0.2 * 0.5);
  });

  it("leaves criteria without a score unchanged and does not modify its input", () => {
    const before = withMastery(0.3);
    const after = updateMastery(before, { goal: 3 });
    expect(after.source).toBe(0.3);
    expect(before.goal).toBe(0.3);
  });

  it("converges to the learner's steady score", () => {
    let m = initialMastery();
    for (let i = 0; i < 40; i++) m = updateMastery(m, allScores(2));
    expect(m.goal).toBeCloseTo(2 / 3, 3);
  });
});

describe("weakestCriteria", () => {
  it("orders from weakest to strongest, ties in rubric order", () => {
    const m = withMastery(0.6, { audience: 0.1, constraints: 0.1, goal: 0.9 });
    expect(weakestCriteria(m, 3)).toEqual(["audience", "constraints", "context"]);
    expect(weakestCriteria(initialMastery(), 2)).toEqual(["goal", "context"]);
  });
});

describe("levelFromMastery", () => {
  it.each([
    ["no attempts yet", withMastery(0.9), 0, "beginner"],
    ["few attempts, even if strong", withMastery(0.9), 3, "beginner"],
    ["solid after four attempts", withMastery(0.5), 4, "intermediate"],
    ["weak after many attempts", withMastery(0.3), 30, "beginner"],
    ["strong and experienced", withMastery(0.8), 12, "advanced"],
    ["strong but one criterion weak", withMastery(0.85, { constraints: 0.3 }), 20, "intermediate"],
    ["safety is a gate, not a skill", withMastery(0.8, { safety: 0 }), 12, "advanced"],
  ] as const)("%s → %s", (_label, mastery, attempts, expected) => {
    expect(levelFromMastery(mastery, attempts)).toBe(expected);
  });

  it("labels levels in French and English", () => {
    expect(LEVEL_LABELS.intermediate).toEqual({ fr: "intermédiaire", en: "intermediate" });
    expect(LEVEL_LABELS.advanced.fr).toBe("avancé");
    expect(LEVEL_LABELS.beginner.fr).toBe("débutant");
  });
});

describe("learner state", () => {
  it("a learner who keeps writing full prompts moves from beginner to advanced", () => {
    let state = initialLearnerState();
    const levels: string[] = [];
    for (let i = 0; i < 14; i++) {
      state = recordAttempt(state, allScores(3), { targets: ["goal"] });
      levels.push(state.level);
    }
    expect(state.attemptCount).toBe(14);
    expect(levels[0]).toBe("beginner");
    expect(levels).toContain("intermediate");
    expect(state.level).toBe("advanced");
  });

  it("round-trips through JSON and recovers from unreadable stored state", () => {
    const state = recordAttempt(initialLearnerState(), { goal: 3 });
    expect(parseLearnerState(JSON.stringify(state))).toEqual(state);
    expect(parseLearnerState("{oops")).toEqual(initialLearnerState());
    expect(parseLearnerState(JSON.stringify({ mastery: { goal: 2 } }))).toEqual(initialLearnerState());
    expect(parseLearnerState(null)).toEqual(initialLearnerState());
  });

  it("completes partial mastery records", () => {
    expect(normaliseMastery({ goal: 0.5 })).toEqual(withMastery(0, { goal: 0.5 }));
  });
});
