import type { ErrorKind, Messages } from "./messages";

/**
 * What to say about a problem: its message and the next step. The problems only other screens meet come
 * with the rest of the texts (`runErrors`); should one show before those arrived, the general wording
 * stands in.
 */
export function problemTexts(t: Messages, kind: ErrorKind): { message: string; next: string } {
  if (kind in t.errors)
    return t.errors[kind as keyof Messages["errors"]] as { message: string; next: string };
  return t.runErrors?.[kind as keyof Messages["runErrors"]] ?? t.errors.unknown;
}
