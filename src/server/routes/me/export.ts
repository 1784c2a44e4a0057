import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Database } from "../../store/schema";
import { USER_DATA_TABLES, type UserExportKey } from "../../tenants/user-data";

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The rows of `table` that are the user's, by the user column the list gives for that section. */
type OwnRows = <T extends keyof Database>(table: T) => SelectQueryBuilder<Database, T, object>;

/**
 * How each exported table is read and shown: which columns, in which order, JSON expanded. One
 * reader per export key of `USER_DATA_TABLES` (the type requires it), so a table listed as exported
 * cannot be forgotten here.
 */
const SECTIONS: { [K in UserExportKey]: (own: OwnRows) => Promise<unknown> } = {
  profile: async (own) => (await own("users").selectAll().executeTakeFirst()) ?? null,
  attempts: async (own) =>
    (await own("attempts").selectAll().orderBy("submitted_at").execute()).map((a) => ({
      ...a,
      features: parseJson(a.features),
      result: parseJson(a.result),
    })),
  learner: async (own) => {
    const mastery = await own("mastery").selectAll().executeTakeFirst();
    return mastery ? { state: parseJson(mastery.state), updatedAt: mastery.updated_at } : null;
  },
  xapiStatements: async (own) =>
    (await own("xapi_outbox").select(["statement", "sent_at"]).orderBy("created_at").execute()).map((s) => ({
      statement: parseJson(s.statement),
      sentAt: s.sent_at,
    })),
  auditEntries: async (own) =>
    (await own("audit_log").select(["action", "actor_id", "at", "details"]).orderBy("at").execute()).map(
      (e) => ({ ...e, details: parseJson(e.details) }),
    ),
  modelUsage: (own) =>
    own("llm_usage")
      .select(["day", "requests", "improvements", "prompt_tokens", "completion_tokens", "total_tokens"])
      .orderBy("day")
      .execute(),
  pulses: (own) =>
    own("pulses").select(["id", "confidence", "ai_use", "answered_at"]).orderBy("answered_at").execute(),
  useCases: async (own) =>
    (await own("use_cases").selectAll().orderBy("created_at").execute()).map((u) => ({
      ...u,
      risk_tags: parseJson(u.risk_tags),
    })),
  useCaseVotes: (own) =>
    own("use_case_votes")
      .select(["use_case_id", "worked", "created_at", "updated_at"])
      .orderBy("created_at")
      .execute(),
  feedback: (own) => own("feedback").selectAll().orderBy("created_at").execute(),
  // Answers put into real work: when, how and where — the text was never stored.
  realWorkUses: (own) =>
    own("real_work_uses")
      .select(["kind", "host", "exercise_id", "occurred_at"])
      .orderBy("occurred_at")
      .execute(),
  savedPrompts: (own) =>
    own("saved_prompts")
      .select(["id", "name", "text", "host", "exercise_id", "source", "created_at"])
      .orderBy("created_at")
      .execute(),
  publishedPrompts: (own) =>
    own("team_prompts")
      .select(["id", "job", "host", "name", "text", "exercise_id", "source", "use_case_id", "created_at"])
      .orderBy("created_at")
      .execute(),
};

/** All rows about one user in one tenant, with JSON columns expanded (GDPR art. 15 and 20). */
export async function exportUserData(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
): Promise<Record<string, unknown>> {
  const exported = USER_DATA_TABLES.flatMap((t) =>
    t.exportKey === null ? [] : [{ ...t, key: t.exportKey }],
  );
  const sections = await Promise.all(
    exported.map(async (t) => {
      const own: OwnRows = <T extends keyof Database>(table: T) => {
        if (table !== t.table) throw new Error(`export section ${t.key} reads ${t.table}, not ${table}`);
        const mine = sql<boolean>`tenant_id = ${tenantId} and ${sql.ref(t.userColumn)} = ${userId}`;
        // The table is known only at run time here; each section's reader is typed by its table.
        const from = db.selectFrom(table) as unknown as SelectQueryBuilder<Database, keyof Database, object>;
        return from.where(mine) as unknown as SelectQueryBuilder<Database, T, object>;
      };
      return [t.key, await SECTIONS[t.key](own)] as const;
    }),
  );
  return {
    exportedAt: new Date().toISOString(),
    tenant: tenantId,
    user: userId,
    ...Object.fromEntries(sections),
  };
}
