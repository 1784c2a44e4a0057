import { detectPersonalData } from "../../../src/core/privacy";

/** Findings as `[type, matched text]` pairs: readable in assertions. */
export function found(text: string): Array<[string, string]> {
  return detectPersonalData(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

export function typesIn(text: string): string[] {
  return detectPersonalData(text).map((f) => f.type);
}
