/**
 * A migrated store for results tests: a temporary SQLite file, and a fresh PostgreSQL schema
 * (dropped on close) when DATABASE_URL is set. `DIALECTS` lists the databases this run covers.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateToLatest, openStore, type DialectName, type Store } from "../../../src/server/store/db";
import type { NewAttempt } from "../../../src/server/store/schema";
import { refreshLearnerResults } from "../../../src/server/results/rollups";
import { markTransferAttempts } from "../../../src/server/results/transfer";
import { CRITERIA, type CriterionId } from "../../../src/core/types";

export const DIALECTS: DialectName[] = process.env.DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestStore {
  store: Store;
  close(): Promise<void>;
}

export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-results-"));
  const url = dialect === "postgres" ? process.env.DATABASE_URL : undefined;
  const schema = url ? `results_${process.pid}_${randomBytes(4).toString("hex")}` : undefined;
  const store = openStore({
    databaseUrl: url,
    databaseSchema: schema,
    sqliteFile: path.join(dir, "test.sqlite"),
  });
  await migrateToLatest(store, schema);
  return {
    store,
    async close() {
      await store.close();
      if (url && schema) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addTenant(
  store: Store,
  tenantId: string,
  settings: Record<string, unknown> = {},
): Promise<void> {
  const now = "2026-01-01T00:00:00.000Z";
  await store.db
    .insertInto("tenants")
    .values({ tenant_id: tenantId, settings: JSON.stringify(settings), created_at: now, updated_at: now })
    .execute();
}

export async function addUser(
  store: Store,
  tenantId: string,
  userId: string,
  attributes: { cohort?: string; department?: string; name?: string; createdAt?: string } = {},
): Promise<void> {
  const at = attributes.createdAt ?? "2026-01-01T00:00:00.000Z";
  await store.db
    .insertInto("users")
    .values({
      tenant_id: tenantId,
      user_id: userId,
      display_name: attributes.name ?? null,
      locale: "fr",
      cohort: attributes.cohort ?? null,
      department: attributes.department ?? null,
      charter_version_accepted: "1",
      charter_accepted_at: at,
      created_at: at,
      last_seen_at: at,
    })
    .execute();
}

let counter = 0;

export interface AttemptSpec {
  /** YYYY-MM-DD (09:00 UTC) or a full timestamp. */
  at: string;
  score: number;
  /** Every criterion's 0–3 score, or one per criterion. */
  criteria?: number | Partial<Record<CriterionId, number>>;
  host?: "word" | "excel" | "outlook";
  /** The exercise; by default each attempt is at a new exercise (a transfer attempt). */
  exercise?: string;
  /** A near copy of the example or of a better version shown. */
  copied?: boolean;
  minutes?: number;
  usefulness?: number;
}

export async function addAttempts(
  store: Store,
  tenantId: string,
  userId: string,
  specs: AttemptSpec[],
): Promise<void> {
  const rows: NewAttempt[] = specs.map((s) => {
    const at = s.at.length === 10 ? `${s.at}T09:00:00.000Z` : s.at;
    const criteria = typeof s.criteria === "object" ? s.criteria : {};
    const every = typeof s.criteria === "number" ? s.criteria : 2;
    const c = (id: CriterionId) => criteria[id] ?? every;
    counter++;
    return {
      tenant_id: tenantId,
      id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
      user_id: userId,
      exercise_id: s.exercise ?? `exercise-${counter}`,
      exercise_version: 1,
      host: s.host ?? "word",
      lang: "fr",
      score: s.score,
      level: null,
      ...(Object.fromEntries(CRITERIA.map((id) => [`c_${id}`, c(id)])) as Record<`c_${CriterionId}`, number>),
      passed: s.score >= 60 ? 1 : 0,
      features: "{}",
      prompt: null,
      prompt_retention: "none",
      output: null,
      started_at: at,
      submitted_at: at,
      duration_ms: 60_000,
      minutes_saved: s.minutes ?? null,
      usefulness: s.usefulness ?? null,
      request_hash: "0".repeat(64),
      result: "{}",
      created_at: at,
      copied: s.copied ? 1 : 0,
    };
  });
  if (rows.length === 0) return;
  // As the attempts route does: the attempts and the learner's results rollups change together.
  await store.db.transaction().execute(async (trx) => {
    await trx.insertInto("attempts").values(rows).execute();
    for (const exercise of new Set(rows.map((r) => r.exercise_id)))
      await markTransferAttempts(trx, tenantId, userId, exercise);
    await refreshLearnerResults(trx, tenantId, [userId]);
  });
}

export async function addAudit(
  store: Store,
  tenantId: string,
  actor: string,
  action: string,
  at: string,
): Promise<void> {
  counter++;
  await store.db
    .insertInto("audit_log")
    .values({
      id: `audit-${counter}`,
      tenant_id: tenantId,
      actor_id: actor,
      action,
      target: null,
      details: "{}",
      at,
    })
    .execute();
}
