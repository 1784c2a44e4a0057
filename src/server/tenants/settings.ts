import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { TenantSettingsSchema, type TenantSettings, type TenantSettingsUpdate } from "../../core/api/admin";
import { CharterSchema, type Charter } from "../../core/api/me";
import { DEFAULT_JOBS } from "../../core/jobs";
// Stored settings are parsed here on every server path (CLI included): tenant identifier patterns
// are checked with the guard's regex engine, which the privacy entry point loads.
import { DEFAULT_PRIVACY_POLICY } from "../../core/privacy";
import { PACKAGE_ROOT } from "../config";
import type { Database } from "../store/schema";

/** The charter shipped in content/charter.json, used until a tenant sets its own. */
export const DEFAULT_CHARTER: Charter = CharterSchema.parse(
  JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "content", "charter.json"), "utf8")),
);

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  charter: DEFAULT_CHARTER,
  retentionDays: 365,
  privacyPolicy: DEFAULT_PRIVACY_POLICY,
  dailyQuota: 50,
  dailyImproveQuota: 20,
  dailyTokenQuota: 200_000,
  reportK: 5,
  reportsShowNames: false,
  jobs: [...DEFAULT_JOBS],
  useCaseAuthorsShown: false,
};

/**
 * A tenant's settings: what it stored, field by field, over the defaults. A stored field that no
 * longer validates (after an upgrade) falls back to its default instead of breaking the tenant.
 */
export async function getTenantSettings(db: Kysely<Database>, tenantId: string): Promise<TenantSettings> {
  const row = await db
    .selectFrom("tenants")
    .select("settings")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return settingsFromJson(row?.settings);
}

export function settingsFromJson(json: string | undefined): TenantSettings {
  if (!json) return DEFAULT_TENANT_SETTINGS;
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return DEFAULT_TENANT_SETTINGS;
  }
  const settings: Record<string, unknown> = { ...DEFAULT_TENANT_SETTINGS };
  for (const [key, schema] of Object.entries(TenantSettingsSchema.shape)) {
    if (!(key in stored)) continue;
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as TenantSettings;
}

/** The charter of stored settings (or the default one), as `settingsFromJson` reads it, for hot paths. */
export function charterFromJson(json: string | undefined | null): Charter {
  if (!json) return DEFAULT_TENANT_SETTINGS.charter;
  try {
    const stored = JSON.parse(json) as Record<string, unknown>;
    const parsed = TenantSettingsSchema.shape.charter.safeParse(stored.charter);
    return parsed.success ? parsed.data : DEFAULT_TENANT_SETTINGS.charter;
  } catch {
    return DEFAULT_TENANT_SETTINGS.charter;
  }
}

/** Applies the named fields and returns the full settings; the caller audits. */
export async function updateTenantSettings(
  db: Kysely<Database>,
  tenantId: string,
  update: TenantSettingsUpdate,
): Promise<TenantSettings> {
  return db.transaction().execute(async (trx) => {
    const current = await getTenantSettings(trx, tenantId);
    const next = TenantSettingsSchema.parse({ ...current, ...update });
    const now = new Date().toISOString();
    await trx
      .insertInto("tenants")
      .values({ tenant_id: tenantId, settings: JSON.stringify(next), created_at: now, updated_at: now })
      .onConflict((oc) =>
        oc.column("tenant_id").doUpdateSet({ settings: JSON.stringify(next), updated_at: now }),
      )
      .execute();
    return next;
  });
}
