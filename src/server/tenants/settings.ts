import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import {
  quotaIncoherence,
  TenantSettingsSchema,
  type TenantSettings,
  type TenantSettingsUpdate,
} from "../../core/api/admin";
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
  return clampQuotas(settings as TenantSettings);
}

/**
 * Settings stored before the quotas were checked together may give Improve with AI more calls than
 * the Runs: the Runs' quota then applies to both (see `quotaIncoherence`; start-up logs such tenants).
 */
function clampQuotas(settings: TenantSettings): TenantSettings {
  return quotaIncoherence(settings) ? { ...settings, dailyImproveQuota: settings.dailyQuota } : settings;
}

/** Raised when an update would leave the tenant's settings incoherent; `code` is stable. */
export class IncoherentSettingsError extends Error {
  override name = "IncoherentSettingsError";
  constructor(
    readonly code: string,
    message: string,
    readonly values: Record<string, number>,
  ) {
    super(message);
  }
}

/**
 * Tenants whose stored quotas are incoherent (stored before they were checked together), with the
 * values stored and the Improve allowance applied instead; read at start-up to warn the operator.
 */
export async function tenantsWithIncoherentQuotas(
  db: Kysely<Database>,
): Promise<
  Array<{ tenantId: string; code: string; dailyQuota: number; dailyImproveQuota: number; applied: number }>
> {
  const rows = await db
    .selectFrom("tenants")
    .select(["tenant_id", "settings"])
    .orderBy("tenant_id")
    .execute();
  return rows.flatMap((row) => {
    let stored: Record<string, unknown>;
    try {
      stored = JSON.parse(row.settings) as Record<string, unknown>;
    } catch {
      return [];
    }
    const quota = (key: "dailyQuota" | "dailyImproveQuota") => {
      const parsed = TenantSettingsSchema.shape[key].safeParse(stored[key]);
      return parsed.success ? parsed.data : DEFAULT_TENANT_SETTINGS[key];
    };
    const problem = quotaIncoherence({
      dailyQuota: quota("dailyQuota"),
      dailyImproveQuota: quota("dailyImproveQuota"),
    });
    return problem
      ? [
          {
            tenantId: row.tenant_id,
            code: problem.code,
            dailyQuota: problem.dailyQuota,
            dailyImproveQuota: problem.dailyImproveQuota,
            applied: problem.dailyQuota,
          },
        ]
      : [];
  });
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

/**
 * Applies the named fields and returns the full settings; the caller audits. An update naming
 * `dailyImproveQuota` above the resulting `dailyQuota` throws `IncoherentSettingsError`; one lowering
 * `dailyQuota` alone under the stored improvements lowers them to it.
 */
export async function updateTenantSettings(
  db: Kysely<Database>,
  tenantId: string,
  update: TenantSettingsUpdate,
): Promise<TenantSettings> {
  return db.transaction().execute(async (trx) => {
    const current = await getTenantSettings(trx, tenantId);
    let next = TenantSettingsSchema.parse({ ...current, ...update });
    const problem = quotaIncoherence(next);
    // Improvements set above the Runs are refused; Runs lowered under the improvements take them along.
    if (problem && update.dailyImproveQuota !== undefined)
      throw new IncoherentSettingsError(problem.code, problem.detail, {
        dailyQuota: problem.dailyQuota,
        dailyImproveQuota: problem.dailyImproveQuota,
      });
    if (problem) next = { ...next, dailyImproveQuota: next.dailyQuota };
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
