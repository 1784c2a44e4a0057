import { z } from "zod";

/**
 * Every API error is `application/problem+json` (RFC 9457) with a stable `code` the task pane
 * translates; `detail` is for developers and logs, not shown to learners as is.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  /** Field-level validation errors: `path` is dotted (`selfReport.minutesSaved`). */
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Codes the API may answer with; colleagues' routes add their own. */
export const PROBLEM_CODES = [
  "invalid_body",
  "invalid_json",
  "invalid_query",
  "invalid_params",
  "invalid_headers",
  "unsupported_media_type",
  "body_too_large",
  "unauthorized",
  "invalid_token",
  "forbidden",
  "tenant_not_allowed",
  "insufficient_scope",
  "not_found",
  "method_not_allowed",
  "attempt_conflict",
  "unknown_exercise",
  "charter_version_mismatch",
  "rate_limited",
  "not_ready",
  "identity_unavailable",
  "dev_token_loopback_only",
  "internal_error",
] as const;
