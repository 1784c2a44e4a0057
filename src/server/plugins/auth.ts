import type { FastifyInstance, FastifyRequest, preParsingAsyncHookHandler } from "fastify";
import { ApiProblem } from "../errors";
import { can, rolesFor, type Action } from "../../core/auth/policy";
import type { Principal } from "../auth/roles";
import { IdentityUnavailable, TokenRejected } from "../auth/verify";

/**
 * Reads `Authorization: Bearer` on every API request and sets `request.principal`. A request without
 * a token goes on anonymous (public routes); routes that need a user call `principalOf` or use
 * `requireUser` / `requirePermission` as `preParsing` hooks: after every `onRequest` hook (the rate
 * limit counts the call first), before the body is read, its media type checked or its fields
 * validated. A token that is present but invalid is refused before the body is read too.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest("principal", null);
  app.decorateRequest("refusedToken", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const header = request.headers.authorization;
    if (header === undefined) return;
    request.refusedToken = await verifyBearer(app, request, header);
  });
  // A refused token is answered here, after the route's rate limit (an onRequest hook) has counted
  // the request against its IP, and before the body is validated or any handler runs.
  app.addHook("preParsing", async (request) => {
    if (request.refusedToken) throw request.refusedToken;
  });
}

/** Sets `request.principal` from a valid token; returns the problem to answer otherwise. */
async function verifyBearer(
  app: FastifyInstance,
  request: FastifyRequest,
  header: string,
): Promise<ApiProblem | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return new ApiProblem(401, "invalid_token", "Authorization must be 'Bearer <token>'", {});
  try {
    request.principal = await app.verifyToken(match[1]);
    return null;
  } catch (err) {
    if (err instanceof TokenRejected) {
      request.log.info({ reason: err.message, code: err.code }, "token refused");
      return new ApiProblem(err.status, err.code, err.message);
    }
    if (err instanceof IdentityUnavailable) {
      request.log.error({ reason: err.message }, "identity provider keys unavailable");
      return new ApiProblem(
        503,
        "identity_unavailable",
        "Sign-in cannot be checked right now; try again shortly",
      );
    }
    throw err;
  }
}

/** The caller, or a 401 `unauthorized` problem. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiProblem(401, "unauthorized", "A Bearer access token is required");
  return request.principal;
}

/** The caller when the policy lets them do `action`, else 403 `forbidden`. */
export function principalAllowed(request: FastifyRequest, action: Action): Principal {
  const principal = principalOf(request);
  if (!can(principal, action)) {
    throw new ApiProblem(403, "forbidden", `One of these roles is required: ${rolesFor(action).join(", ")}`);
  }
  return principal;
}

/** preParsing hook: any signed-in user (before the body is read or validated). */
export const requireUser: preParsingAsyncHookHandler = async (request) => {
  principalOf(request);
};

/** preParsing hook: a user the policy lets do `action` (before the body is read or validated). */
export function requirePermission(action: Action): preParsingAsyncHookHandler {
  return async (request) => {
    principalAllowed(request, action);
  };
}
