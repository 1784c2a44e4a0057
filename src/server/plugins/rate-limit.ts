import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { RateLimitConfig } from "../config";
import { ApiProblem } from "../errors";

/**
 * One limit per signed-in user (tenant + user, whatever their IP: an office behind one NAT is many
 * users) and one per client IP for anonymous calls. Runs after the auth hook, so it knows the user;
 * a request with an invalid token is refused by that hook before it is counted.
 * Counters live in this process: with several instances each enforces its own share.
 */
export async function registerRateLimit(app: FastifyInstance, limits: RateLimitConfig): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    // Route-level onRequest: after the root auth hook has set the principal, before any handler work.
    hook: "onRequest",
    timeWindow: limits.windowMs,
    keyGenerator: (request) =>
      request.principal
        ? `user:${request.principal.tenantId}:${request.principal.userId}`
        : `ip:${request.ip}`,
    max: async (request) => (request.principal ? limits.userMax : limits.ipMax),
    errorResponseBuilder: (_request, context) =>
      new ApiProblem(429, "rate_limited", `Too many requests; retry in ${context.after}`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
}
