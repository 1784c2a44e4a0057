import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";
import { XAPI_VERSION } from "./statement";

export interface ForwarderOptions {
  /** Base URL of the record store's xAPI endpoint (…/xapi). */
  endpoint: string;
  /** Value of the Authorization header (e.g. `Basic …`). */
  auth: string | undefined;
  batch?: number;
  fetch?: typeof fetch;
  log?: FastifyBaseLogger;
}

/** Delay before retry n (1, 2, 4 … minutes, at most one hour). */
export function retryDelayMs(tries: number): number {
  return Math.min(3600_000, 60_000 * 2 ** Math.max(0, tries - 1));
}

/**
 * Sends pending statements to the learning record store, one `PUT /statements?statementId=` each:
 * the id makes every re-send (a retry, or two instances racing) a no-op for the store. Failures are
 * retried with backoff. Returns how many were delivered.
 */
export async function forwardPendingStatements(
  db: Kysely<Database>,
  options: ForwarderOptions,
): Promise<number> {
  const doFetch = options.fetch ?? fetch;
  const now = new Date().toISOString();
  const pending = await db
    .selectFrom("xapi_outbox")
    .select(["tenant_id", "statement_id", "statement", "tries"])
    .where("sent_at", "is", null)
    .where((eb) => eb.or([eb("next_try_at", "is", null), eb("next_try_at", "<=", now)]))
    .orderBy("created_at")
    .limit(options.batch ?? 50)
    .execute();
  let delivered = 0;
  const base = options.endpoint.replace(/\/+$/, "");
  for (const row of pending) {
    let error: string | null = null;
    try {
      const response = await doFetch(
        `${base}/statements?statementId=${encodeURIComponent(row.statement_id)}`,
        {
          method: "PUT",
          headers: {
            "Content-Type": "application/json",
            "X-Experience-API-Version": XAPI_VERSION,
            ...(options.auth ? { Authorization: options.auth } : {}),
          },
          body: row.statement,
          signal: AbortSignal.timeout(10_000),
        },
      );
      // 409: the store already holds this id (sent before) — delivered.
      if (!response.ok && response.status !== 409) error = `HTTP ${response.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const where = (q: ReturnType<typeof db.updateTable<"xapi_outbox">>) =>
      q.where("tenant_id", "=", row.tenant_id).where("statement_id", "=", row.statement_id);
    if (error === null) {
      await where(
        db.updateTable("xapi_outbox").set({ sent_at: new Date().toISOString(), last_error: null }),
      ).execute();
      delivered++;
    } else {
      const tries = row.tries + 1;
      await where(
        db.updateTable("xapi_outbox").set({
          tries,
          last_error: error.slice(0, 500),
          next_try_at: new Date(Date.now() + retryDelayMs(tries)).toISOString(),
        }),
      ).execute();
      options.log?.warn({ statementId: row.statement_id, tries, error }, "xAPI statement not delivered");
    }
  }
  return delivered;
}
