import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import { sql } from "kysely";
import { compiledOnce } from "../store/compiled";
import type { Store } from "../store/db";

/** The database's clock in milliseconds, so every instance counts windows on the same clock. */
function nowMs(dialect: Store["dialect"]) {
  return dialect === "postgres"
    ? sql<number>`cast(extract(epoch from clock_timestamp()) * 1000 as bigint)`
    : sql<number>`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;
}

/**
 * A @fastify/rate-limit store whose counters live in the `rate_limits` table, so N API instances on
 * one PostgreSQL (or processes on one SQLite file) enforce one limit together. One statement per request counts the hit, or starts a
 * new window when the last one ended, and returns the count: concurrent requests on any instance
 * each see their own count. As with the plugin's in-memory store, each route counts separately.
 */
export function databaseRateLimitStore(store: Store): new () => FastifyRateLimitStore {
  const countHit = async (key: string, windowMs: number) => {
    const { rows } = await store.db.executeQuery(
      countHitStatement(store.db, { key, windowMs }, store.dialect),
    );
    const row = rows[0];
    if (!row) throw new Error("rate limit counter not returned");
    return { current: Number(row.hits), ttl: Math.max(0, Number(row.ttl)) };
  };

  class RouteStore implements FastifyRateLimitStore {
    constructor(private readonly route = "") {}
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countHit(`${this.route}|${key}`, timeWindow).then(
        (result) => callback(null, result),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    }
    child(routeOptions: { method?: string | string[]; url?: string }): FastifyRateLimitStore {
      const method = Array.isArray(routeOptions.method) ? routeOptions.method.join(",") : routeOptions.method;
      return new RouteStore(`${method ?? ""} ${routeOptions.url ?? ""}`);
    }
  }
  return class extends RouteStore {
    constructor() {
      super();
    }
  };
}

const countHitStatement = compiledOnce(
  (_db, v: { key: string; windowMs: number }, dialect: Store["dialect"]) => {
    const NOW_MS = nowMs(dialect);
    return sql<{ hits: number; ttl: number }>`
      insert into rate_limits as r (key, hits, window_ends)
      select ${v.key}, 1, ${NOW_MS} + ${v.windowMs}
      on conflict (key) do update set
        hits = case when r.window_ends <= excluded.window_ends - ${v.windowMs} then 1 else r.hits + 1 end,
        window_ends = case when r.window_ends <= excluded.window_ends - ${v.windowMs}
                           then excluded.window_ends else r.window_ends end
      returning hits, window_ends - ${NOW_MS} as ttl`;
  },
);

/** Deletes counters whose window ended (run now and then by one instance). */
export async function sweepRateLimits(store: Store): Promise<number> {
  const result = await sql`delete from rate_limits where window_ends < ${nowMs(store.dialect)}`.execute(
    store.db,
  );
  return Number(result.numAffectedRows ?? 0n);
}
