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

/**
 * Which daily allowance a call counts against: Run and its follow-ups (`requests`, the tenant's
 * `dailyQuota`) or "Improve with AI" (`improvements`, its `dailyImproveQuota`). Tokens are one total.
 */
export type UsageCounter = "requests" | "improvements";

/** The quota and token accounting the gateway needs; a database-backed one below, fakes in tests. */
export interface UsageLedger {
  /**
   * Counts one model call unless the user already made `limit` calls of that counter today or, when
   * `tokenLimit` is given, already used that many tokens; false when over quota.
   */
  reserveCall(key: UsageKey, limit: number, tokenLimit?: number, counter?: UsageCounter): Promise<boolean>;
  /** Gives a call back (it failed before the model answered anything). */
  releaseCall(key: UsageKey, counter?: UsageCounter): Promise<void>;
  /** Adds the tokens of a finished call. */
  addTokens(key: UsageKey, usage: ChatUsage): Promise<void>;
  /** Today's totals for one user (zeros when nothing was recorded). */
  read(key: UsageKey): Promise<{ requests: number; improvements: number } & ChatUsage>;
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
    async reserveCall(key, limit, tokenLimit, counter = "requests") {
      if (limit <= 0 || (tokenLimit !== undefined && tokenLimit <= 0)) return false;
      // One statement, so two concurrent calls cannot both take the last unit of the quota.
      const row = await db
        .insertInto("llm_usage")
        .values({
          tenant_id: key.tenantId,
          user_id: key.userId,
          day: key.day,
          requests: counter === "requests" ? 1 : 0,
          improvements: counter === "improvements" ? 1 : 0,
          prompt_tokens: 0,
          completion_tokens: 0,
          total_tokens: 0,
          updated_at: new Date().toISOString(),
        })
        .onConflict((oc) =>
          oc
            .columns(["tenant_id", "user_id", "day"])
            .doUpdateSet({
              [counter]: sql`${sql.ref(`llm_usage.${counter}`)} + 1`,
              updated_at: new Date().toISOString(),
            })
            .where((eb) =>
              eb.and([
                eb(`llm_usage.${counter}`, "<", limit),
                ...(tokenLimit !== undefined ? [eb("llm_usage.total_tokens", "<", tokenLimit)] : []),
              ]),
            ),
        )
        .returning(counter)
        .executeTakeFirst();
      return row !== undefined;
    },
    async releaseCall(key, counter = "requests") {
      const column = sql.ref(counter);
      await where(key)
        .set({ [counter]: sql`case when ${column} > 0 then ${column} - 1 else 0 end` })
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
        .select(["requests", "improvements", "prompt_tokens", "completion_tokens", "total_tokens"])
        .where("tenant_id", "=", key.tenantId)
        .where("user_id", "=", key.userId)
        .where("day", "=", key.day)
        .executeTakeFirst();
      return {
        requests: row?.requests ?? 0,
        improvements: row?.improvements ?? 0,
        promptTokens: row?.prompt_tokens ?? 0,
        completionTokens: row?.completion_tokens ?? 0,
        totalTokens: row?.total_tokens ?? 0,
      };
    },
  };
}
