import type { CompiledQuery, Insertable, Kysely } from "kysely";
import type { Exercise } from "../../../core/catalog/schema";
import type { PromptScore } from "../../../core/scorer";
import type { AppConfig } from "../../config";
import type { Principal } from "../../auth/roles";
import { compiledOnce } from "../../store/compiled";
import type { Database, NewAttempt, XapiOutboxTable } from "../../store/schema";
import { attemptStatement } from "../../xapi/statement";
import type { ValidSubmission } from "./record";

/**
 * Queues the attempt's xAPI statement in the outbox, in the attempt's transaction: the export and
 * the forwarder (src/server/xapi) send it from there, exactly as stored.
 */
export async function queueAttemptStatement(
  trx: Kysely<Database>,
  config: Pick<AppConfig, "publicUrl" | "port">,
  attempt: QueuedAttempt,
): Promise<void> {
  await trx.executeQuery(outboxStatement(trx, config, attempt));
}

interface QueuedAttempt {
  me: Principal;
  submission: ValidSubmission;
  exercise: Exercise;
  scored: PromptScore;
  row: NewAttempt;
}

/** The statement `queueAttemptStatement` runs, for a caller that sends it with others. */
export function outboxStatement(
  trx: Kysely<Database>,
  config: Pick<AppConfig, "publicUrl" | "port">,
  attempt: QueuedAttempt,
): CompiledQuery {
  const { me, submission, exercise, scored, row } = attempt;
  const statement = attemptStatement({
    baseIri: config.publicUrl ?? `https://localhost:${config.port}`,
    tenantId: me.tenantId,
    userId: me.userId,
    attemptId: submission.id,
    exerciseId: exercise.id,
    exerciseVersion: exercise.version,
    exerciseTitle: exercise.title,
    host: submission.host,
    lang: scored.lang,
    score: scored.score,
    passed: scored.passed,
    durationMs: row.duration_ms,
    submittedAt: submission.submittedAt,
  });
  return insertStatement(trx, {
    tenant_id: me.tenantId,
    statement_id: statement.id,
    attempt_id: submission.id,
    user_id: me.userId,
    statement: JSON.stringify(statement),
    created_at: row.created_at,
    sent_at: null,
    tries: 0,
    next_try_at: null,
    last_error: null,
  });
}

const insertStatement = compiledOnce((db, row: Insertable<XapiOutboxTable>) =>
  db.insertInto("xapi_outbox").values(row),
);
