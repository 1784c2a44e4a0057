import { sql, type Kysely } from "kysely";
import { audit } from "../audit";
import { refreshResultsAfterPurge } from "../results/rollups";
import type { Database } from "../store/schema";
import { settingsFromJson } from "./settings";
import { DATED_TABLES, purgeUserRows } from "./user-data";

/**
 * Deletes the per-user rows older than each tenant's retention period: the tables `USER_DATA_TABLES`
 * dates (attempts, real-work uses) and the rows that go with purged attempts (their xAPI statements).
 * Tenants without settings use the default period. Returns the number of attempts deleted per tenant.
 */
export async function purgeExpiredAttempts(
  db: Kysely<Database>,
  now = new Date(),
): Promise<Record<string, number>> {
  const { rows: tenants } = await sql<{ tenant_id: string }>`${sql.join(
    DATED_TABLES.map((t) => sql`select tenant_id from ${sql.table(t.table)}`),
    sql` union `,
  )}`.execute(db);
  const purged: Record<string, number> = {};
  for (const { tenant_id: tenantId } of tenants) {
    const row = await db
      .selectFrom("tenants")
      .select("settings")
      .where("tenant_id", "=", tenantId)
      .executeTakeFirst();
    const { retentionDays } = settingsFromJson(row?.settings);
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const count = await db.transaction().execute(async (trx) => {
      const deleted = await purgeUserRows(trx, tenantId, cutoff);
      const attempts = deleted.attempts ?? 0;
      if (attempts > 0) await refreshResultsAfterPurge(trx, tenantId, cutoff);
      // What was purged, per dated table (attempts, realWorkUses…), never which rows.
      const counts = Object.fromEntries(DATED_TABLES.map((t) => [camelCase(t.table), deleted[t.table] ?? 0]));
      if (Object.values(counts).some((n) => n > 0)) {
        await audit(trx, {
          tenantId,
          actorId: "system",
          action: "retention.purge",
          details: { ...counts, retentionDays },
        });
      }
      return attempts;
    });
    if (count > 0) purged[tenantId] = count;
  }
  return purged;
}

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
