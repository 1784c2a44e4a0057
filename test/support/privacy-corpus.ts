import fs from "node:fs";
import path from "node:path";
import { detectPersonalData, type PersonalDataFinding } from "../../src/core/privacy";
import { applyPrivacyPolicy } from "../../src/core/privacy/policy";

/** One text of the labelled privacy set (`test/fixtures/privacy/texts.jsonl`), names marked [[…]]. */
export interface LabelledText {
  id: string;
  lang: "fr" | "en";
  kind: string;
  /** Holds no personal data at all. */
  ordinary: boolean;
  /** The text with the marks removed. */
  text: string;
  /** Spans of people's names in `text`. */
  names: Array<{ start: number; end: number }>;
}

const FILE = path.join(__dirname, "..", "fixtures", "privacy", "texts.jsonl");

/** Reads the set and turns each [[name]] mark into a span of the unmarked text. */
export function loadLabelledTexts(file = FILE): LabelledText[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const raw = JSON.parse(line) as {
        id: string;
        lang: "fr" | "en";
        kind: string;
        ordinary: boolean;
        text: string;
      };
      const names: LabelledText["names"] = [];
      let text = "";
      let rest = raw.text;
      for (let open = rest.indexOf("[["); open >= 0; open = rest.indexOf("[[")) {
        const close = rest.indexOf("]]", open);
        text += rest.slice(0, open);
        const name = rest.slice(open + 2, close);
        names.push({ start: text.length, end: text.length + name.length });
        text += name;
        rest = rest.slice(close + 2);
      }
      return { ...raw, text: text + rest, names };
    });
}

export interface NameScores {
  names: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
  /** Predicted spans that match no marked name: "text" (type). */
  falsePositives: string[];
  /** Marked names no prediction touches. */
  missed: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Name recall and precision over the set: a name counts as found when a PERSON_NAME finding overlaps it. */
export function scoreNames(texts: readonly LabelledText[]): NameScores {
  let names = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  const falsePositives: string[] = [];
  const missed: string[] = [];
  for (const item of texts) {
    const people = detectPersonalData(item.text).filter((f) => f.type === "PERSON_NAME");
    names += item.names.length;
    for (const name of item.names) {
      if (people.some((f) => overlaps(f, name))) found++;
      else missed.push(`${item.id}: ${item.text.slice(name.start, name.end)}`);
    }
    predicted += people.length;
    for (const finding of people) {
      if (item.names.some((name) => overlaps(finding, name))) correct++;
      else falsePositives.push(`${item.id}: ${item.text.slice(finding.start, finding.end)}`);
    }
  }
  return {
    names,
    found,
    predicted,
    correct,
    recall: names === 0 ? 1 : found / names,
    precision: predicted === 0 ? 1 : correct / predicted,
    falsePositives,
    missed,
  };
}

export interface OrdinaryScores {
  ordinary: number;
  /** Ordinary texts with no finding at all. */
  noFinding: number;
  /** Ordinary texts the default policy lets through unchanged (nothing blocked, nothing replaced). */
  unchanged: number;
  /** The findings in ordinary texts: "text" (type). */
  findings: string[];
}

export function scoreOrdinary(texts: readonly LabelledText[]): OrdinaryScores {
  const ordinary = texts.filter((t) => t.ordinary);
  const findings: string[] = [];
  let noFinding = 0;
  let unchanged = 0;
  for (const item of ordinary) {
    const found: PersonalDataFinding[] = detectPersonalData(item.text);
    if (found.length === 0) noFinding++;
    for (const f of found) findings.push(`${item.id}: ${item.text.slice(f.start, f.end)} (${f.type})`);
    const decision = applyPrivacyPolicy(item.text, undefined, { findings: found, field: "document" });
    if (decision.action !== "block" && decision.redactedText === item.text) unchanged++;
  }
  return { ordinary: ordinary.length, noFinding, unchanged, findings };
}
