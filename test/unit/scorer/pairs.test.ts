import { readFileSync } from "node:fs";
import path from "node:path";
import { scorePrompt } from "../../../src/core/scorer";

interface PromptPair {
  id: string;
  weak: string;
  better: string;
  lang: "fr" | "en";
}

const file = path.join(__dirname, "../../fixtures/prompt-pairs/public-pairs.jsonl");
const pairs: PromptPair[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as PromptPair);

describe("public before/after prompt pairs", () => {
  it("reads every pair of the dev file", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
  });

  it("ranks the better prompt strictly above the weak one for at least 90% of the pairs", () => {
    const misranked = pairs.filter((p) => scorePrompt(p.better).score <= scorePrompt(p.weak).score);
    const accuracy = (pairs.length - misranked.length) / pairs.length;
    if (accuracy < 0.9) {
      throw new Error(`accuracy ${accuracy.toFixed(2)}; misranked: ${misranked.map((p) => p.id).join(", ")}`);
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
