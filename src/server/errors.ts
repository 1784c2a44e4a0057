import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Problem } from "../core/api/problem";

/**
 * An expected failure answered as problem+json. Throw it from a handler:
 * `throw new ApiProblem(422, "unknown_exercise", "No exercise 'x'")`.
 */
export class ApiProblem extends Error {
  override name = "ApiProblem";
  constructor(
    readonly status: number,
    readonly code: string,
    detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** Fastify's own error codes mapped to ours. */
const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "invalid_body"],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "body_too_large"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "invalid_body"],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "invalid_json"],
  FST_ERR_CTP_INVALID_TYPE: [400, "invalid_body"],
  FST_ERR_VALIDATION: [400, "invalid_body"],
  FST_ERR_BAD_URL: [400, "invalid_params"],
  FST_ERR_ASYNC_CONSTRAINT: [400, "invalid_headers"],
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.status === 401) {
    reply.header(
      "WWW-Authenticate",
      problem.code === "invalid_token" ? 'Bearer error="invalid_token"' : "Bearer",
    );
  }
  return reply.code(problem.status).type("application/problem+json").send(problem);
}

export function makeProblem(
  status: number,
  code: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): Problem {
  return {
    type: "about:blank",
    title: TITLES[status] ?? (status >= 500 ? "Server Error" : "Client Error"),
    status,
    code,
    ...(detail !== undefined ? { detail } : {}),
    ...extra,
  };
}

/** Installs the error and not-found handlers: every 4xx/5xx leaves as problem+json. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(
      reply,
      makeProblem(404, "not_found", `No route ${request.method} ${request.url.split("?")[0]}`),
    ),
  );

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiProblem) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return sendProblem(reply, makeProblem(error.status, error.code, error.message, error.extra));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? "body";
      const code =
        context === "querystring"
          ? "invalid_query"
          : context === "params"
            ? "invalid_params"
            : context === "headers"
              ? "invalid_headers"
              : "invalid_body";
      const errors = error.validation.map((v) => {
        // A schema may name a stable reason (a tenant identifier pattern refused as unsafe…).
        const problem = (v.params as { params?: { problem?: unknown } } | undefined)?.params?.problem;
        return {
          path: pathOf(v.instancePath),
          message: v.message ?? "invalid",
          ...(typeof problem === "string" ? { problem } : {}),
        };
      });
      return sendProblem(reply, makeProblem(400, code, `Invalid ${context}`, { errors }));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(reply, makeProblem(mapped[0], mapped[1], error.message));
    if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      return sendProblem(reply, makeProblem(400, "invalid_json", "The body is not valid JSON"));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, makeProblem(429, "rate_limited", error.message));
    if (status >= 400 && status < 500) {
      return sendProblem(
        reply,
        makeProblem(status, status === 404 ? "not_found" : "bad_request", error.message),
      );
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, makeProblem(500, "internal_error", "An unexpected error occurred"));
  });
}

/** `/selfReport/minutesSaved` → `selfReport.minutesSaved`; the whole value is `(root)`. */
function pathOf(instancePath: string | undefined): string {
  const path = (instancePath ?? "").replace(/^\//, "").split("/").filter(Boolean).join(".");
  return path === "" ? "(root)" : path;
}
