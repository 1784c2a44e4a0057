import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** All rows about one user in one tenant, with JSON columns expanded (GDPR art. 15 and 20). */
export async function exportUserData(db: Kysely<Database>, tenantId: string, userId: string) {
  const [
    user,
    attempts,
    mastery,
    statements,
    auditEntries,
    modelUsage,
    pulses,
    useCases,
    votes,
    feedback,
    realWorkUses,
    savedPrompts,
    publishedPrompts,
  ] = await Promise.all([
    db
      .selectFrom("users")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("attempts")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("submitted_at")
      .execute(),
    db
      .selectFrom("mastery")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("xapi_outbox")
      .select(["statement", "sent_at"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "at", "details"])
      .where("tenant_id", "=", tenantId)
      .where("target", "=", userId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("llm_usage")
      .select(["day", "requests", "improvements", "prompt_tokens", "completion_tokens", "total_tokens"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("day")
      .execute(),
    db
      .selectFrom("pulses")
      .select(["id", "confidence", "ai_use", "answered_at"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("answered_at")
      .execute(),
    db
      .selectFrom("use_cases")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("author_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("use_case_votes")
      .select(["use_case_id", "worked", "created_at", "updated_at"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("feedback")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("real_work_uses")
      .select(["kind", "host", "exercise_id", "occurred_at"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("occurred_at")
      .execute(),
    db
      .selectFrom("saved_prompts")
      .select(["id", "name", "text", "host", "exercise_id", "source", "created_at"])
      .where("tenant_id", "=", tenantId)
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("team_prompts")
      .select(["id", "job", "host", "name", "text", "exercise_id", "source", "use_case_id", "created_at"])
      .where("tenant_id", "=", tenantId)
      .where("published_by", "=", userId)
      .orderBy("created_at")
      .execute(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    tenant: tenantId,
    user: userId,
    profile: user ?? null,
    attempts: attempts.map((a) => ({ ...a, features: parseJson(a.features), result: parseJson(a.result) })),
    learner: mastery ? { state: parseJson(mastery.state), updatedAt: mastery.updated_at } : null,
    xapiStatements: statements.map((s) => ({ statement: parseJson(s.statement), sentAt: s.sent_at })),
    auditEntries: auditEntries.map((e) => ({ ...e, details: parseJson(e.details) })),
    modelUsage,
    pulses,
    useCases: useCases.map((u) => ({ ...u, risk_tags: parseJson(u.risk_tags) })),
    useCaseVotes: votes,
    feedback,
    // Answers put into real work: when, how and where — the text was never stored.
    realWorkUses,
    savedPrompts,
    publishedPrompts,
  };
}
