import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./store/schema";

/**
 * Action recorded when the privacy guard refuses a text (a prompt to the model, a text shared with
 * colleagues); the results count these entries as privacy blocks.
 */
export const PRIVACY_BLOCK_ACTION = "privacy.block";

export interface AuditEvent {
  tenantId: string;
  /** User id of the admin, or `system` for automatic jobs. */
  actorId: string;
  /** Dotted verb: `settings.update`, `exercise.put`, `user.erase`, `privacy.block`… */
  action: string;
  target?: string | null;
  /** What changed — names of fields and counts, never personal data or prompt text. */
  details?: Record<string, unknown>;
}

/** Appends one entry to the tenant's audit log. Pass the transaction when inside one. */
export async function audit(db: Kysely<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: randomUUID(),
      tenant_id: event.tenantId,
      actor_id: event.actorId,
      action: event.action,
      target: event.target ?? null,
      details: JSON.stringify(event.details ?? {}),
      at: new Date().toISOString(),
    })
    .execute();
}
