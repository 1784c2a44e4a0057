import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "openai";
import type { LlmProblemCode } from "../../core/api/llm";
import { DeadlineExceeded } from "./deadline";
import { MalformedAnswer } from "./provider";

/** A provider failure as the API reports it: an HTTP status, a stable code, a detail without secrets. */
export interface LlmFailure {
  status: number;
  code: LlmProblemCode;
  detail: string;
  /** Seconds, when the provider said when to come back. */
  retryAfter?: number;
}

/** Raised by the gateway's own silence timer while an answer streams. */
export class StreamStalled extends Error {
  override name = "StreamStalled";
}

function retryAfterSeconds(error: APIError): number | undefined {
  const value = error.headers?.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/**
 * Maps what the SDK throws (after its own retries) to our codes. Provider messages are not passed on:
 * they may echo the request or name internal resources.
 */
export function describeFailure(error: unknown, timeoutMs: number): LlmFailure {
  if (error instanceof StreamStalled) {
    return { status: 504, code: "llm_timeout", detail: `The model went silent for ${timeoutMs} ms` };
  }
  if (error instanceof DeadlineExceeded || error instanceof APIConnectionTimeoutError) {
    return { status: 504, code: "llm_timeout", detail: `The model did not answer within ${timeoutMs} ms` };
  }
  if (error instanceof RateLimitError) {
    const retryAfter = retryAfterSeconds(error);
    return {
      status: 503,
      code: "llm_rate_limited",
      detail: "The model provider is rate limiting requests; try again shortly",
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return {
      status: 502,
      code: "llm_unavailable",
      detail: `The model provider refused the API's credentials (${error.status})`,
    };
  }
  if (error instanceof NotFoundError) {
    return {
      status: 502,
      code: "llm_unavailable",
      detail: "The model provider does not know the configured model or deployment",
    };
  }
  if (error instanceof APIUserAbortError) {
    return { status: 499, code: "llm_unavailable", detail: "The request was cancelled" };
  }
  if (error instanceof APIConnectionError) {
    return { status: 502, code: "llm_unavailable", detail: "The model provider cannot be reached" };
  }
  if (error instanceof APIError) {
    // An error object inside a 200 stream has no status: the answer itself is broken.
    if (error.status === undefined)
      return { status: 502, code: "llm_bad_response", detail: "The model stream reported an error" };
    return { status: 502, code: "llm_unavailable", detail: `The model provider failed (${error.status})` };
  }
  if (error instanceof MalformedAnswer || error instanceof SyntaxError) {
    return { status: 502, code: "llm_bad_response", detail: "The model provider sent a malformed answer" };
  }
  return { status: 502, code: "llm_unavailable", detail: "The model call failed" };
}
