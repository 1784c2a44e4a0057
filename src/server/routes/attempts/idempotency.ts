import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { AttemptResult } from "../../../core/api/attempts";
import { scorePrompt } from "../../../core/scorer";
import type { Principal } from "../../auth/roles";
import { ApiProblem } from "../../errors";
import { findExercise } from "../../tenants/exercises";
import { presentOutputChecks } from "./presenters";
import type { StoredAttempt } from "./reads";
import type { Recorded, ValidSubmission } from "./record";

/**
 * Idempotency of `POST /attempts`: the client's id names the attempt; the same id with the same body
 * (by its hash) is a replay and gets the stored result, the same id with another body or from
 * another user is a 409.
 */

/** The stored result again; prompt-derived parts (evidence text, fix) are recomputed from the replayed prompt. */
export async function replay(
  app: FastifyInstance,
  row: StoredAttempt,
  me: Principal,
  hash: string,
  submission: ValidSubmission,
): Promise<Recorded> {
  if (row.user_id !== me.userId || row.request_hash !== hash) {
    throw new ApiProblem(
      409,
      "attempt_conflict",
      "This attempt id was already used with a different submission",
    );
  }
  const stored = JSON.parse(row.result) as AttemptResult;
  const criteria = Object.fromEntries(
    Object.entries(stored.criteria).map(([c, r]) => [
      c,
      {
        ...r,
        evidence: r.evidence.map((e) => ({
          start: e.start,
          end: e.end,
          text: submission.prompt.slice(e.start, e.end),
        })),
      },
    ]),
  ) as AttemptResult["criteria"];
  let { fix, strengths, outputChecks } = stored.feedback;
  // Results stored before checks carried their label: the same answer, checked again.
  const unlabelled = outputChecks.some((c) => (c as Partial<typeof c>).label === undefined);
  if (fix === null || unlabelled) {
    const exercise = await findExercise(app, me.tenantId, row.exercise_id);
    if (unlabelled) outputChecks = exercise ? presentOutputChecks(submission.output, exercise) : [];
    if (fix === null) {
      const rescored = scorePrompt(submission.prompt, {
        lang: stored.lang,
        ...(exercise ? { exercise } : {}),
        ...(submission.features ? { context: submission.features } : {}),
      });
      fix = rescored.fix;
      strengths = rescored.strengths;
    }
  }
  return {
    created: false,
    result: { ...stored, criteria, feedback: { ...stored.feedback, fix, strengths, outputChecks } },
  };
}

/** SHA-256 of the validated body with keys sorted: the same submission always hashes the same. */
export function requestHash(submission: ValidSubmission): string {
  return createHash("sha256").update(canonicalJson(submission)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
