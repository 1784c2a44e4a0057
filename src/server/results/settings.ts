import type { Kysely } from "kysely";
import type { Job } from "../../core/jobs";
import type { Database } from "../store/schema";
import { getTenantSettings } from "../tenants/settings";

export interface ReportSettings {
  /** Groups with fewer learners are hidden. */
  k: number;
  /** Whether learners appear by name rather than pseudonym. */
  showNames: boolean;
  /** The tenant's jobs, to name job groups. */
  jobs: Job[];
}

/** The tenant's report settings (`reportK`, `reportsShowNames`), defaults included. */
export async function reportSettings(db: Kysely<Database>, tenantId: string): Promise<ReportSettings> {
  const settings = await getTenantSettings(db, tenantId);
  return { k: settings.reportK, showNames: settings.reportsShowNames, jobs: settings.jobs };
}
