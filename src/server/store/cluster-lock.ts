import { sql } from "kysely";
import type { Store } from "./db";

export type Alone<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `job` unless another instance is running the job of the same name right now. Several API
 * instances on one PostgreSQL agree through a session advisory lock, keyed by the job's name and the
 * schema (two deployments sharing a database do not block each other), held on one pooled
 * connection for the job's duration and released even if the job fails. SQLite is one process: the
 * caller's own guard against overlapping runs is enough.
 */
export async function runAlone<T>(store: Store, name: string, job: () => Promise<T>): Promise<Alone<T>> {
  if (store.dialect !== "postgres") return { ran: true, value: await job() };
  return store.db.connection().execute(async (connection) => {
    const key = sql`hashtext(${`parcours:${name}:`} || current_schema())`;
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}) as locked`.execute(
      connection,
    );
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await job() };
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}
