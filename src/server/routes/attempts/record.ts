import type { FastifyInstance } from "fastify";
import { sql, type CompiledQuery, type Kysely } from "kysely";
import type { z } from "zod";
import type { AttemptResult, AttemptSubmissionSchema } from "../../../core/api/attempts";
import type { Charter } from "../../../core/api/me";
import type { Exercise } from "../../../core/catalog/schema";
import { recordAttempt as advanceLearner, parseLearnerState } from "../../../core/learner/state";
import { scorePrompt, type PromptScore } from "../../../core/scorer";
import type { Principal } from "../../auth/roles";
import { ApiProblem } from "../../errors";
import { officialScore, type ScoringMethod } from "../../judge/official";
import { addAttemptToResults, attemptRollupStatements, completeAttemptResults } from "../../results/rollups";
import { markTransferAttempts } from "../../results/transfer";
import { copyCheck, rememberShownVersion, shownVersionStatement } from "./copies";
import { exerciseFrom } from "../../tenants/exercises";
import { learnerStateStatement, saveLearnerState } from "../../tenants/learners";
import { getTenantSettings } from "../../tenants/settings";
import { lockUserThenRead } from "../../tenants/users";
import { replay, requestHash } from "./idempotency";
import {
  attemptAndExercise,
  attemptAndExerciseFrom,
  attemptAndExerciseStatement,
  findStoredAttempt,
  learnerAtExerciseStatement,
  learnerFrom,
  type LearnerAtExercise,
  type StoredAttempt,
} from "./reads";
import { outboxStatement, queueAttemptStatement } from "./outbox";
import { criterionScores, presentResult } from "./presenters";
import { attemptRow } from "./storage";
import { databaseUsageLedger, utcDay } from "../../llm/usage";
import { compiledOnce, together } from "../../store/compiled";
import { isStalePlan, thenCommit } from "../../store/db";
import type { Database, NewAttempt } from "../../store/schema";

export type ValidSubmission = z.output<typeof AttemptSubmissionSchema>;

export interface Recorded {
  /** true when this request stored the attempt; false for a replay of the same body. */
  created: boolean;
  result: AttemptResult;
}

/**
 * Records one attempt exactly once. The server scores the prompt — with the judge, when configured,
 * before any write, so no lock is held while a model answers; the same id with the same body
 * returns the stored result (whichever instance stored it); the same id with another body, or by
 * another user, is a 409. The attempt, the learner's mastery and results rollups, and its xAPI
 * statement commit together.
 */
export async function recordAttempt(
  app: FastifyInstance,
  me: Principal,
  submission: ValidSubmission,
): Promise<Recorded> {
  const db = app.store.db;
  const hash = requestHash(submission);
  const attemptKey = { tenantId: me.tenantId, attemptId: submission.id, exerciseId: submission.exerciseId };
  const learnerKey = {
    tenantId: me.tenantId,
    userId: me.userId,
    exerciseId: submission.exerciseId,
    submittedAt: submission.submittedAt,
    attemptId: submission.id,
  };

  /** The exercise and its official score, once per exercise definition (a retried transaction reuses it). */
  let scoredFor: { definition: string | null; scoring: Promise<Scoring> } | undefined;
  const scoreWith = (definition: string | null): Promise<Scoring> => {
    if (scoredFor?.definition !== definition) {
      scoredFor = { definition, scoring: scoreAttempt(app, me, submission, definition) };
    }
    return scoredFor.scoring;
  };

  // A model grading the prompt may take seconds: it does so before the transaction, so no lock waits
  // on it. The rubric alone takes well under a millisecond: on PostgreSQL it then scores inside the
  // transaction, and the replay check and the exercise's definition are read with the learner's lock,
  // in the same round trip.
  const judged = app.config.llm.configured && app.config.llmJudge;
  const readsWithLock = app.store.dialect === "postgres" && !judged;
  let early: Scoring | undefined;
  if (!readsWithLock) {
    const { stored, definition } = await attemptAndExercise(db, attemptKey);
    if (stored) return replay(app, stored, me, hash, submission);
    early = await scoreWith(definition);
  }

  const outcome = await storeOnce(db, me, submission.id, async (trx, careful) => {
    // Read once the learner is locked: a concurrent attempt of theirs has committed, or waits.
    let learnerNow: LearnerAtExercise;
    let scoring: Scoring;
    if (!early) {
      const [learnerRows, attemptRows] = await lockUserThenRead(
        trx,
        me,
        app.store.dialect,
        learnerAtExerciseStatement(trx, learnerKey),
        attemptAndExerciseStatement(trx, attemptKey),
      );
      const { stored, definition } = attemptAndExerciseFrom(attemptRows);
      if (stored) return { raced: stored };
      learnerNow = learnerFrom(learnerRows);
      scoring = await scoreWith(definition);
    } else {
      const [learnerRows] = await lockUserThenRead(
        trx,
        me,
        app.store.dialect,
        learnerAtExerciseStatement(trx, learnerKey),
      );
      learnerNow = learnerFrom(learnerRows);
      scoring = early;
    }
    const { exercise, scored, scoring: method, now } = scoring;

    const copy = copyCheck(exercise, submission.prompt, scored.fix?.text ?? null, learnerNow.shownSketches);
    const before = parseLearnerState(learnerNow.state);
    // A pasted example or better version leaves the learner model as it was.
    const learner = copy.copied ? before : advanceLearner(before, criterionScores(scored), exercise);
    const result = {
      ...presentResult(submission, exercise, scored, learner, method),
      ...(copy.copied ? { copied: true } : {}),
    };
    // The learner's first attempt at the exercise (by submission time, ties by id).
    const firstTry = !learnerNow.earlier;
    const row = {
      ...attemptRow(me, submission, exercise, scored, result, hash, app.config.retainPrompts, now),
      copied: copy.copied ? 1 : 0,
      transfer: firstTry && !copy.copied ? 1 : 0,
      shown_sketch: copy.shownSketch,
    };
    if (app.store.dialect === "postgres") {
      // The attempt's writes in one round trip; an id stored meanwhile undoes them all (below).
      const rollups = attemptRollupStatements(trx, me.tenantId, row);
      const parts: Array<readonly [string, CompiledQuery]> = [
        ["stored", insertAttemptReturning(trx, row)],
        ["mastery", learnerStateStatement(trx, me.tenantId, me.userId, learner)],
        ...(copy.shownSketch
          ? [["shown", shownVersionStatement(trx, me, exercise.id, copy.shownSketch, now)] as const]
          : []),
        ["extended", rollups.extend],
        ["weeks", rollups.weeks],
        ["outbox", outboxStatement(trx, app.config, { me, submission, exercise, scored, row })],
      ];
      // Nearly every attempt: not the learner's first at the exercise, extending both of their
      // rollup rows. Its writes are the transaction's last statement, sent with `commit`, on the
      // condition that the attempt was stored and both rows extended: otherwise PostgreSQL refuses
      // the statement (a division by zero), which rolls everything back, and the attempt is written
      // again the careful way (a raced id, a learner's first attempt in a scope, one out of order).
      const whole = !firstTry && !careful;
      const counted = `(select count(*) from stored) as stored, (select count(*) from extended) as extended`;
      const writes = together<{ stored: number; extended: number }>(
        parts,
        whole
          ? `select ${counted}, 1 / (case when (select count(*) from stored) = 1 and (select count(*) from extended) = 2 then 1 else 0 end) as whole`
          : `select ${counted}`,
      );
      if (whole) {
        await trx.executeQuery(thenCommit(writes)).catch((err: unknown) => {
          throw (err as { code?: unknown }).code === DIVISION_BY_ZERO ? new NotWrittenWhole() : err;
        });
        return { result };
      }
      const written = (await trx.executeQuery(writes)).rows[0];
      if (!written || Number(written.stored) === 0) throw new AttemptRaced();
      // After the attempt is stored: both read it.
      if (firstTry) await markTransferAttempts(trx, me.tenantId, me.userId, exercise.id);
      await completeAttemptResults(trx, me.tenantId, row, Number(written.extended));
      return { result };
    }
    const inserted = await trx.executeQuery(insertAttempt(trx, row));
    if (Number(inserted.numAffectedRows ?? 0n) === 0) {
      // Another request (maybe on another instance) stored this id since the check above.
      return { raced: await findStoredAttempt(trx, me.tenantId, submission.id) };
    }
    await saveLearnerState(trx, me.tenantId, me.userId, learner);
    // A first attempt delivered late takes the transfer place of a later one: the pair is recomputed.
    // Any other attempt leaves the pair's transfer attempt where it was.
    if (firstTry) await markTransferAttempts(trx, me.tenantId, me.userId, exercise.id);
    if (copy.shownSketch) await rememberShownVersion(trx, me, exercise.id, copy.shownSketch, now);
    await addAttemptToResults(trx, me.tenantId, row);
    await queueAttemptStatement(trx, app.config, { me, submission, exercise, scored, row });
    return { result };
  });

  if ("result" in outcome && outcome.result) return { created: true, result: outcome.result };
  if (outcome.raced) return replay(app, outcome.raced, me, hash, submission);
  throw new Error("attempt neither stored nor found");
}

/** A submission scored against its exercise, and when. */
interface Scoring {
  exercise: Exercise;
  scored: PromptScore;
  scoring: ScoringMethod;
  /** When it was scored: the attempt's `created_at`. */
  now: string;
}

/** The exercise (the tenant's own `definition`, else the catalog's) and the submission's official score. */
async function scoreAttempt(
  app: FastifyInstance,
  me: Principal,
  submission: ValidSubmission,
  definition: string | null,
): Promise<Scoring> {
  const db = app.store.db;
  const exercise = await exerciseFrom(app, definition, submission.exerciseId);
  if (!exercise)
    throw new ApiProblem(422, "unknown_exercise", `No exercise "${submission.exerciseId}" in this tenant`);
  const { scored, scoring } = await officialScore({
    prompt: submission.prompt,
    exercise,
    deterministic: await scoreSubmission(submission, exercise, () =>
      getTenantSettings(db, me.tenantId).then((s) => s.charter),
    ),
    llm: app.config.llm,
    judgeEnabled: app.config.llmJudge,
    privacyPolicy: () => getTenantSettings(db, me.tenantId).then((s) => s.privacyPolicy),
    usage: {
      ledger: databaseUsageLedger(db),
      key: { tenantId: me.tenantId, userId: me.userId, day: utcDay() },
      tokenLimit: () => getTenantSettings(db, me.tenantId).then((s) => s.dailyTokenQuota),
    },
    log: app.log,
  });
  return { exercise, scored, scoring, now: new Date().toISOString() };
}

/** The attempt id was stored by another request while this one wrote: its writes are rolled back. */
class AttemptRaced extends Error {
  override name = "AttemptRaced";
}

/** The writes sent with `commit` did not all apply: rolled back, to be written the careful way. */
class NotWrittenWhole extends Error {
  override name = "NotWrittenWhole";
}

const DIVISION_BY_ZERO = "22012";

/**
 * Runs the attempt's transaction. When another request stored the same id meanwhile (the insert
 * found it, or PostgreSQL refused a duplicate), the transaction is rolled back and the stored attempt
 * is given back as `raced`, for the replay check. `careful` is false on the first try: on PostgreSQL the
 * writes may then go with `commit` (above); true when it is tried again.
 */
async function storeOnce<T>(
  db: Kysely<Database>,
  me: Principal,
  attemptId: string,
  write: (trx: Kysely<Database>, careful: boolean) => Promise<T>,
): Promise<T | { raced: StoredAttempt | undefined }> {
  try {
    try {
      return await db.transaction().execute((trx) => write(trx, false));
    } catch (err) {
      // The writes sent with `commit` did not all apply, or a migration changed a column's type under
      // a prepared statement (the connection prepares it anew): rolled back, written again carefully.
      if (!(err instanceof NotWrittenWhole) && !isStalePlan(err)) throw err;
      return await db.transaction().execute((trx) => write(trx, true));
    }
  } catch (err) {
    if (!(err instanceof AttemptRaced) && (err as { code?: unknown }).code !== UNIQUE_VIOLATION) throw err;
    const raced = await findStoredAttempt(db, me.tenantId, attemptId);
    if (!raced) throw err;
    return { raced };
  }
}

/** PostgreSQL's SQLSTATE for a duplicate key. */
const UNIQUE_VIOLATION = "23505";

const insertAttemptReturning = compiledOnce((db, row: NewAttempt) =>
  db
    .insertInto("attempts")
    .values(row)
    .onConflict((oc) => oc.columns(["tenant_id", "id"]).doNothing())
    .returning(sql<number>`1`.as("stored")),
);

const insertAttempt = compiledOnce((db, row: NewAttempt) =>
  db
    .insertInto("attempts")
    .values(row)
    .onConflict((oc) => oc.columns(["tenant_id", "id"]).doNothing()),
);

/**
 * The deterministic score. The tenant's charter is read only for a harmful prompt, whose coaching
 * quotes it.
 */
async function scoreSubmission(
  submission: ValidSubmission,
  exercise: Exercise,
  charter: () => Promise<Charter>,
): Promise<PromptScore> {
  const options = {
    exercise,
    ...(submission.lang ? { lang: submission.lang } : {}),
    ...(submission.features ? { context: submission.features } : {}),
  };
  const scored = scorePrompt(submission.prompt, options);
  return scored.flags.harmfulUse
    ? scorePrompt(submission.prompt, { ...options, charter: await charter() })
    : scored;
}
