import { randomUUID } from "node:crypto";
import type { AttemptSubmission } from "../../src/core/api/attempts";

/** A built-in Word exercise the attempt tests use. */
export const WORD_EXERCISE = "word-summarise-procedure-5-points";

/** A valid attempt body; override any field. */
export function attemptBody(overrides: Partial<AttemptSubmission> = {}): AttemptSubmission {
  const started = new Date(Date.now() - 90_000);
  return {
    id: randomUUID(),
    exerciseId: WORD_EXERCISE,
    host: "word",
    lang: "fr",
    prompt:
      "Résume la procédure ci-dessous en 5 points clés pour un nouveau collègue du service remboursements, " +
      "sur un ton neutre, en moins de 120 mots. Utilise uniquement le texte sélectionné.",
    startedAt: started.toISOString(),
    submittedAt: new Date(started.getTime() + 60_000).toISOString(),
    selfReport: { minutesSaved: 10, usefulness: 4 },
    ...overrides,
  };
}
