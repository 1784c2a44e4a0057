import { sql, type RawBuilder, type Transaction } from "kysely";
import type { DialectName } from "../store/db";
import type { Database } from "../store/schema";

/**
 * The one place where results SQL differs between SQLite and PostgreSQL: turning an ISO-8601
 * timestamp (text) into a day number (days since 1970-01-01, UTC). Everything else — weeks,
 * 14-day windows — is integer arithmetic on that number, identical on both databases.
 */
export function dayNumber(dialect: DialectName, column: RawBuilder<unknown>): RawBuilder<number> {
  return dialect === "postgres"
    ? sql<number>`(cast(substr(${column}, 1, 10) as date) - date '1970-01-01')`
    : sql<number>`cast(julianday(substr(${column}, 1, 10)) - 2440587.5 as integer)`;
}

/**
 * Session settings for one report's transaction. PostgreSQL: no JIT (compiling the report's
 * expressions costs seconds and a report runs once), and room to sort in memory. `set local` ends
 * with the transaction. SQLite needs nothing.
 */
export async function tuneReportSession(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`set local jit = off`.execute(trx);
  await sql`set local work_mem = '64MB'`.execute(trx);
}

/** Day number → YYYY-MM-DD. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD → day number. */
export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}
