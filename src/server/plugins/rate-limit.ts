import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { RateLimitConfig } from "../config";
import { ApiProblem } from "../errors";
import { databaseRateLimitStore } from "./rate-limit-store";

/**
 * One limit per signed-in user (tenant + user, whatever their IP: an office behind one NAT is many
 * users) and one per client IP for everyone else — anonymous calls and calls whose token was
 * refused, so guessing tokens costs the IP's allowance (the auth hook defers its 401 until after
 * this count). Runs after the auth hook, so it knows the user.
 * On PostgreSQL the counters live in the database and every instance enforces one shared limit; a
 * single SQLite process counts in memory (RATE_LIMIT_STORE chooses otherwise).
 */
export async function registerRateLimit(app: FastifyInstance, limits: RateLimitConfig): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    // Route-level onRequest: after the root auth hook has set the principal, before any handler work.
    hook: "onRequest",
    timeWindow: limits.windowMs,
    ...(limits.store === "database" ? { store: databaseRateLimitStore(app.store) } : {}),
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
