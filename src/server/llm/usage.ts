import { sql, type Kysely } from "kysely";
import type { ChatUsage } from "../../core/api/llm";
import type { Database } from "../store/schema";

export type { LlmUsageTable } from "../store/schema";

export interface UsageKey {
  tenantId: string;
  userId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
}

/** The quota and token accounting the gateway needs; a database-backed one below, fakes in tests. */
export interface UsageLedger {
  /**
   * Counts one model call unless the user already made `limit` calls today or, when `tokenLimit` is
   * given, already used that many tokens; false when over quota.
   */
  reserveCall(key: UsageKey, limit: number, tokenLimit?: number): Promise<boolean>;
  /** Gives a call back (it failed before the model answered anything). */
  releaseCall(key: UsageKey): Promise<void>;
  /** Adds the tokens of a finished call. */
  addTokens(key: UsageKey, usage: ChatUsage): Promise<void>;
  /** Today's totals for one user (zeros when nothing was recorded). */
  read(key: UsageKey): Promise<{ requests: number } & ChatUsage>;
}

export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The ledger on the tenant store; every statement is scoped by tenant. */
export function databaseUsageLedger(database: Kysely<Database>): UsageLedger {
  const db = database;
  const where = (key: UsageKey) =>
    db
      .updateTable("llm_usage")
      .where("tenant_id", "=", key.tenantId)
      .where("user_id", "=", key.userId)
      .where("day", "=", key.day);

  return {
    async reserveCall(key, limit, tokenLimit) {
      if (limit <= 0 || (tokenLimit !== undefined && tokenLimit <= 0)) return false;
      // One statement, so two concurrent calls cannot both take the last unit of the quota.
      const row = await db
        .insertInto("llm_usage")
        .values({
          tenant_id: key.tenantId,
          user_id: key.userId,
          day: key.day,
          requests: 1,
          prompt_tokens: 0,
          completion_tokens: 0,
          total_tokens: 0,
          updated_at: new Date().toISOString(),
        })
        .onConflict((oc) =>
          oc
            .columns(["tenant_id", "user_id", "day"])
            .doUpdateSet({ requests: sql`llm_usage.requests + 1`, updated_at: new Date().toISOString() })
            .where((eb) =>
              eb.and([
                eb("llm_usage.requests", "<", limit),
                ...(tokenLimit !== undefined ? [eb("llm_usage.total_tokens", "<", tokenLimit)] : []),
              ]),
            ),
        )
        .returning("requests")
        .executeTakeFirst();
      return row !== undefined;
    },
    async releaseCall(key) {
      await where(key)
        .set({ requests: sql`case when requests > 0 then requests - 1 else 0 end` })
        .execute();
    },
    async addTokens(key, usage) {
      // An upsert: the judge's tokens may be the day's first use.
      const now = new Date().toISOString();
      await db
        .insertInto("llm_usage")
        .values({
          tenant_id: key.tenantId,
          user_id: key.userId,
          day: key.day,
          requests: 0,
          prompt_tokens: usage.promptTokens,
          completion_tokens: usage.completionTokens,
          total_tokens: usage.totalTokens,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(["tenant_id", "user_id", "day"]).doUpdateSet({
            prompt_tokens: sql`llm_usage.prompt_tokens + ${usage.promptTokens}`,
            completion_tokens: sql`llm_usage.completion_tokens + ${usage.completionTokens}`,
            total_tokens: sql`llm_usage.total_tokens + ${usage.totalTokens}`,
            updated_at: now,
          }),
        )
        .execute();
    },
    async read(key) {
      const row = await db
        .selectFrom("llm_usage")
        .select(["requests", "prompt_tokens", "completion_tokens", "total_tokens"])
        .where("tenant_id", "=", key.tenantId)
        .where("user_id", "=", key.userId)
        .where("day", "=", key.day)
        .executeTakeFirst();
      return {
        requests: row?.requests ?? 0,
        promptTokens: row?.prompt_tokens ?? 0,
        completionTokens: row?.completion_tokens ?? 0,
        totalTokens: row?.total_tokens ?? 0,
      };
    },
  };
}
