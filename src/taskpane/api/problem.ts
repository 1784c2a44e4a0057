import type { ErrorKind } from "../i18n/messages";

/** A personal-data span as the API reports it (same shape as the local privacy guard). */
export interface ProblemSpan {
  type: string;
  start: number;
  end: number;
  /** Which part of the request the span is in ("prompt", "context", "title", "kind", "history"). */
  field?: string;
  /** For "history": which earlier turn. */
  turn?: number;
  /** Why it stops the request ("type_policy", "health_near_identifier", "not_pseudonymised"). */
  rule?: string;
}

/** An RFC 9457 problem response from the API, or a network failure (`status` 0, code "network"). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly types: string[];
  readonly positions: ProblemSpan[];

  constructor(init: {
    status: number;
    code: string;
    detail?: string;
    types?: string[];
    positions?: ProblemSpan[];
  }) {
    super(init.detail ?? init.code);
    this.name = "ApiProblem";
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.types = init.types ?? [];
    this.positions = init.positions ?? [];
  }

  /** Worth retrying later: the request never reached the API, or the API failed on its side. */
  get retriable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** Reads a problem+json body (or anything else) into an ApiProblem. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === "object") body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, an empty body): the status alone decides.
  }
  const code = typeof body.code === "string" ? body.code : codeForStatus(response.status);
  const detail = typeof body.detail === "string" ? body.detail : undefined;
  const types = Array.isArray(body.types) ? body.types.filter((t): t is string => typeof t === "string") : [];
  const positions = Array.isArray(body.positions) ? body.positions.filter(isSpan) : [];
  return new ApiProblem({ status: response.status, code, detail, types, positions });
}

function isSpan(value: unknown): value is ProblemSpan {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === "number" && typeof v.end === "number" && typeof (v.type ?? "") === "string";
}

function codeForStatus(status: number): string {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 400 || status === 422) return "invalid";
  // 502/503/504 from a proxy in front of a stopped API: the server is unreachable.
  if (status === 502 || status === 504) return "network";
  if (status >= 500) return "server";
  return "unknown";
}

/** Which user-facing message explains a problem. */
export function errorKind(problem: unknown): ErrorKind {
  if (!(problem instanceof ApiProblem)) return "unknown";
  switch (problem.code) {
    case "llm_not_configured":
    case "personal_data_blocked":
    case "personal_data_in_text":
    case "quota_exceeded":
    case "improve_quota_exceeded":
    case "unauthorized":
    case "forbidden":
    case "network":
    case "server":
    case "not_found":
    case "conflict":
      return problem.code;
    case "invalid_token":
    case "token_expired":
      return "unauthorized";
    case "tenant_not_allowed":
    case "insufficient_scope":
      return "forbidden";
    case "rate_limited":
      return "rate_limited";
    case "attempt_conflict":
      return "conflict";
    case "unknown_exercise":
      return "not_found";
    case "internal_error":
    case "bad_stream_event":
    case "not_ready":
    case "identity_unavailable":
      return "server";
    case "llm_error":
    case "llm_unavailable":
    case "llm_timeout":
    case "llm_rate_limited":
    case "llm_bad_response":
    case "model_error":
      return "model_error";
    case "invalid_body":
    case "invalid_json":
    case "invalid_query":
    case "invalid_params":
    case "invalid_headers":
    case "unsupported_media_type":
    case "body_too_large":
    case "charter_version_mismatch":
    case "bad_request":
    case "method_not_allowed":
    case "invalid":
      return "invalid";
    default:
      if (problem.status === 0) return "network";
      if (problem.status === 401) return "unauthorized";
      if (problem.status === 403) return "forbidden";
      if (problem.status === 429) return "rate_limited";
      if (problem.status >= 500) return "server";
      if (problem.status >= 400) return "invalid";
      return "unknown";
  }
}
