import { createHash } from "node:crypto";
import type { XapiStatement } from "../../core/api/xapi";
import type { Localized } from "../../core/types";

export const XAPI_VERSION = "1.0.3";

export const XAPI_VERBS = {
  passed: {
    id: "http://adlnet.gov/expapi/verbs/passed",
    display: { "en-US": "passed", "fr-FR": "a réussi" },
  },
  failed: {
    id: "http://adlnet.gov/expapi/verbs/failed",
    display: { "en-US": "failed", "fr-FR": "a échoué" },
  },
  scored: {
    id: "http://adlnet.gov/expapi/verbs/scored",
    display: { "en-US": "scored", "fr-FR": "a obtenu un score" },
  },
} as const;

export interface StatementInput {
  /** Origin identifying this deployment in IRIs (PUBLIC_URL, or the local origin). */
  baseIri: string;
  tenantId: string;
  userId: string;
  attemptId: string;
  exerciseId: string;
  exerciseVersion: number;
  exerciseTitle: Localized | undefined;
  host: string;
  lang: string;
  score: number;
  passed: boolean;
  durationMs: number;
  submittedAt: string;
}

/** A stable statement id per attempt, so a record store deduplicates replays and re-sends. */
export function statementId(tenantId: string, attemptId: string): string {
  const hex = createHash("sha256").update(`parcours-xapi:${tenantId}:${attemptId}`).digest("hex");
  // Shaped as a version-5-style UUID (xAPI requires a UUID).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * One attempt as an xAPI statement: a tenant-scoped account actor (no name, no e-mail), verb passed
 * or failed, scaled score, duration and the attempt id as registration.
 */
export function attemptStatement(input: StatementInput): XapiStatement {
  const base = input.baseIri.replace(/\/+$/, "");
  const verb = input.passed ? XAPI_VERBS.passed : XAPI_VERBS.failed;
  return {
    id: statementId(input.tenantId, input.attemptId),
    actor: {
      objectType: "Agent",
      account: { homePage: `${base}/tenants/${encodeURIComponent(input.tenantId)}`, name: input.userId },
    },
    verb: { id: verb.id, display: { ...verb.display } },
    object: {
      objectType: "Activity",
      id: `${base}/exercises/${encodeURIComponent(input.exerciseId)}`,
      definition: {
        type: "http://adlnet.gov/expapi/activities/assessment",
        ...(input.exerciseTitle
          ? { name: { "fr-FR": input.exerciseTitle.fr, "en-US": input.exerciseTitle.en } }
          : {}),
      },
    },
    result: {
      score: { scaled: Math.round(input.score) / 100, raw: input.score, min: 0, max: 100 },
      success: input.passed,
      completion: true,
      duration: isoDuration(input.durationMs),
    },
    context: {
      registration: input.attemptId,
      platform: "Parcours",
      language: input.lang === "en" ? "en-US" : "fr-FR",
      extensions: {
        [`${base}/xapi/extensions/host`]: input.host,
        [`${base}/xapi/extensions/exercise-version`]: input.exerciseVersion,
      },
    },
    timestamp: input.submittedAt,
    version: XAPI_VERSION,
  };
}

/** Milliseconds as an ISO 8601 duration (`PT1M5.25S`). */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms)) / 1000;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds}S`;
}
