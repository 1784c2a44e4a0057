import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiProblem } from "../errors";

/** Where a request carries strings, and the problem code for each place. */
const PLACES = [
  ["params", "invalid_params"],
  ["query", "invalid_query"],
  ["body", "invalid_body"],
] as const;

/** Deepest nesting looked at; deeper JSON is refused by the route schemas anyway. */
const MAX_DEPTH = 64;

/**
 * No string an API request carries may hold a NUL character (U+0000): PostgreSQL cannot store one
 * in text (SQLite can), so it would fail deep in a query as a 500 — which the pane's offline queue
 * would retry for ever. Checked for every route after sign-in and parsing, before validation, so
 * both databases answer the same `400` naming the field.
 */
export function registerTextSafety(app: FastifyInstance): void {
  app.addHook("preValidation", async (request: FastifyRequest) => {
    for (const [place, code] of PLACES) {
      const path = nulPath(request[place], [], 0);
      if (path !== null) {
        const where = path.length === 0 ? "(root)" : path.join(".");
        throw new ApiProblem(400, code, `${where} contains a NUL character (U+0000)`, {
          errors: [{ path: where, message: "contains a NUL character (U+0000)" }],
        });
      }
    }
  });
}

/** The path of the first string (value or key) holding U+0000, or null. */
export function nulPath(value: unknown, path: string[], depth: number): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes("\u0000")) return [...path, key.split("\u0000").join("\\0")];
    const found = nulPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
