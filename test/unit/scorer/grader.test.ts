import { scorePrompt } from "../../../src/core/scorer";
import { detectGraderAddress } from "../../../src/core/scorer/grader";
import { BENIGN, RED_TEAM } from "./red-team";

describe("text addressed to the grader", () => {
  it.each(RED_TEAM)("detects $name", ({ prompt, clean }) => {
    const found = detectGraderAddress(prompt);
    expect(found.length).toBeGreaterThan(0);
    for (const span of found) {
      expect(span.start).toBeGreaterThanOrEqual(clean.length);
      expect(span.end).toBeLessThanOrEqual(prompt.length);
    }
    expect(scorePrompt(prompt).flags.addressesGrader).toBe(true);
  });

  it.each(RED_TEAM)("$name earns no points", ({ prompt, clean }) => {
    expect(scorePrompt(prompt).score).toBeLessThanOrEqual(scorePrompt(clean).score);
  });

  it("marks hidden variants as hidden", () => {
    const hidden = RED_TEAM.filter((c) => /zero-width|homoglyphs|spacing|base64|full-width|tag/.test(c.name));
    for (const c of hidden) expect(detectGraderAddress(c.prompt).some((s) => s.hidden)).toBe(true);
    expect(detectGraderAddress(RED_TEAM[0]!.prompt).every((s) => !s.hidden)).toBe(true);
  });

  it.each(BENIGN)("does not flag an ordinary request: %s", (prompt) => {
    expect(detectGraderAddress(prompt)).toEqual([]);
  });
});
