import type { Kysely } from "kysely";
import { audit } from "../audit";
import { refreshResultsAfterPurge } from "../results/rollups";
import type { Database } from "../store/schema";
import { settingsFromJson } from "./settings";

/**
 * Deletes attempts (and their xAPI statements) and real-work uses older than each tenant's retention
 * period. Tenants without settings use the default period. Returns the number of attempts deleted per
 * tenant.
 */
export async function purgeExpiredAttempts(
  db: Kysely<Database>,
  now = new Date(),
): Promise<Record<string, number>> {
  const tenants = await db
    .selectFrom("attempts")
    .select("tenant_id")
    .union(db.selectFrom("real_work_uses").select("tenant_id"))
    .execute();
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
      const expired = trx
        .selectFrom("attempts")
        .select("id")
        .where("tenant_id", "=", tenantId)
        .where("submitted_at", "<", cutoff);
      await trx
        .deleteFrom("xapi_outbox")
        .where("tenant_id", "=", tenantId)
        .where("attempt_id", "in", expired)
        .execute();
      const deleted = await trx
        .deleteFrom("attempts")
        .where("tenant_id", "=", tenantId)
        .where("submitted_at", "<", cutoff)
        .executeTakeFirst();
      const n = Number(deleted.numDeletedRows);
      const uses = await trx
        .deleteFrom("real_work_uses")
        .where("tenant_id", "=", tenantId)
        .where("occurred_at", "<", cutoff)
        .executeTakeFirst();
      const usesDeleted = Number(uses.numDeletedRows);
      if (n > 0) await refreshResultsAfterPurge(trx, tenantId, cutoff);
      if (n > 0 || usesDeleted > 0) {
        await audit(trx, {
          tenantId,
          actorId: "system",
          action: "retention.purge",
          details: { attempts: n, realWorkUses: usesDeleted, retentionDays },
        });
      }
      return n;
    });
    if (count > 0) purged[tenantId] = count;
  }
  return purged;
}
