import type { Kysely } from "kysely";
import { DEFAULT_REPORT_K } from "../../core/results/masking";
import type { Database } from "../store/schema";

export interface ReportSettings {
  /** Groups with fewer learners are hidden. */
  k: number;
  /** Whether learners appear by name rather than pseudonym. */
  showNames: boolean;
}

/** The tenant's report settings (`reportK`, `reportsShowNames` in its settings JSON), with defaults. */
export async function reportSettings(db: Kysely<Database>, tenantId: string): Promise<ReportSettings> {
  const row = await db
    .selectFrom("tenants")
    .select("settings")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = row ? JSON.parse(row.settings) : {};
    if (value && typeof value === "object") parsed = value as Record<string, unknown>;
  } catch {
    // An unreadable settings row falls back to the safe defaults below.
  }
  const k = parsed.reportK;
  return {
    k: typeof k === "number" && Number.isInteger(k) && k >= 2 ? k : DEFAULT_REPORT_K,
    showNames: parsed.reportsShowNames === true,
  };
}
