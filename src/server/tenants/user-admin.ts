import type { Kysely } from "kysely";
import type { UserAttributes } from "../../core/api/admin";
import { resolveJob } from "../../core/jobs";
import { audit } from "../audit";
import { getTenantSettings } from "./settings";
import type { Database } from "../store/schema";
import { eraseUserRows } from "./user-data";

/** Thrown by `setUserAttributes` when a job is neither an id nor a label of the tenant's jobs; nothing is written. */
export class UnknownJobsError extends Error {
  override name = "UnknownJobsError";
  readonly code = "unknown_job";
  constructor(readonly values: string[]) {
    super(`Unknown job${values.length > 1 ? "s" : ""}: ${values.join(", ")}`);
  }
}

/**
 * Sets cohort, department, display name or job for many users at once (admin API and CSV import).
 * Unknown users are created so reports can group them before their first sign-in. `null` clears.
 * A job may be given by id or by its FR/EN label; an unknown job refuses the whole batch.
 */
export async function setUserAttributes(
  db: Kysely<Database>,
  tenantId: string,
  given: readonly UserAttributes[],
  actorId: string,
): Promise<{ updated: number; created: number }> {
  const { jobs } = await getTenantSettings(db, tenantId);
  const unknown = new Set<string>();
  const users = given.map((u) => {
    if (u.job === undefined || u.job === null) return u;
    const job = resolveJob(jobs, u.job);
    if (job === undefined) unknown.add(u.job);
    return { ...u, job: job ?? null };
  });
  if (unknown.size > 0) throw new UnknownJobsError([...unknown].sort());
  return db.transaction().execute(async (trx) => {
    let created = 0;
    let updated = 0;
    const now = new Date().toISOString();
    for (const u of users) {
      const changes = {
        ...(u.cohort !== undefined ? { cohort: u.cohort } : {}),
        ...(u.department !== undefined ? { department: u.department } : {}),
        ...(u.displayName !== undefined ? { display_name: u.displayName } : {}),
        ...(u.job !== undefined ? { job: u.job } : {}),
      };
      const exists = await trx
        .selectFrom("users")
        .select("user_id")
        .where("tenant_id", "=", tenantId)
        .where("user_id", "=", u.userId)
        .executeTakeFirst();
      if (exists) {
        if (Object.keys(changes).length > 0) {
          await trx
            .updateTable("users")
            .set(changes)
            .where("tenant_id", "=", tenantId)
            .where("user_id", "=", u.userId)
            .execute();
        }
        updated++;
      } else {
        await trx
          .insertInto("users")
          .values({
            tenant_id: tenantId,
            user_id: u.userId,
            display_name: u.displayName ?? null,
            locale: null,
            cohort: u.cohort ?? null,
            department: u.department ?? null,
            job: u.job ?? null,
            charter_version_accepted: null,
            charter_accepted_at: null,
            created_at: now,
            last_seen_at: now,
          })
          .execute();
        created++;
      }
    }
    await audit(trx, {
      tenantId,
      actorId,
      action: "users.attributes",
      details: {
        updated,
        created,
        fields: [...new Set(users.flatMap((u) => Object.keys(u).filter((k) => k !== "userId")))].sort(),
      },
    });
    return { updated, created };
  });
}

/**
 * Erases one user's rows in one tenant, as `USER_DATA_TABLES` says; the audit log keeps that it
 * happened, not what was erased.
 */
export async function eraseUser(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  actorId: string,
): Promise<
  | {
      userId: string;
      attempts: number;
      statements: number;
      useCases: number;
      feedback: number;
      savedPrompts: number;
    }
  | undefined
> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select("user_id")
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!user) return undefined;
    const erased = await eraseUserRows(trx, tenantId, userId);
    const result = {
      userId,
      attempts: erased.attempts ?? 0,
      statements: erased.xapi_outbox ?? 0,
      useCases: erased.use_cases ?? 0,
      feedback: erased.feedback ?? 0,
      savedPrompts: erased.saved_prompts ?? 0,
    };
    await audit(trx, {
      tenantId,
      actorId,
      action: "user.erase",
      target: userId,
      details: {
        // The learner's own request (`DELETE /me`) or an admin's.
        requestedBy: actorId === userId ? "user" : "admin",
        attempts: result.attempts,
        useCases: result.useCases,
        feedback: result.feedback,
        savedPrompts: result.savedPrompts,
      },
    });
    return result;
  });
}
