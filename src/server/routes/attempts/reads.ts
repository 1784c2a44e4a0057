import { sql, type Kysely } from "kysely";
import { compiledOnce } from "../../store/compiled";
import type { AttemptRow, Database } from "../../store/schema";

/**
 * The reads of recording an attempt, each in one statement (one round trip to PostgreSQL).
 */

/** What the idempotency check needs of an attempt already stored under the submitted id. */
export type StoredAttempt = Pick<AttemptRow, "user_id" | "exercise_id" | "request_hash" | "result">;

/**
 * Before scoring: the attempt already stored under this id, if any (a replay), and the tenant's own
 * definition of the exercise, if it has one.
 */
export async function attemptAndExercise(
  db: Kysely<Database>,
  key: { tenantId: string; attemptId: string; exerciseId: string },
): Promise<{ stored: StoredAttempt | undefined; definition: string | null }> {
  return attemptAndExerciseFrom((await db.executeQuery(attemptAndExerciseStatement(db, key))).rows);
}

/** The statement `attemptAndExercise` runs, for a caller that sends it with others. */
export function attemptAndExerciseStatement(
  db: Kysely<Database>,
  key: { tenantId: string; attemptId: string; exerciseId: string },
) {
  return selectAttemptAndExercise(db, key);
}

/** What `attemptAndExerciseStatement` read. */
export function attemptAndExerciseFrom(
  rows: ReadonlyArray<{
    definition: string | null;
    user_id: string | null;
    exercise_id: string | null;
    request_hash: string | null;
    result: string | null;
  }>,
): { stored: StoredAttempt | undefined; definition: string | null } {
  const row = rows[0];
  const stored =
    row?.user_id != null && row.exercise_id != null && row.request_hash != null && row.result != null
      ? {
          user_id: row.user_id,
          exercise_id: row.exercise_id,
          request_hash: row.request_hash,
          result: row.result,
        }
      : undefined;
  return { stored, definition: row?.definition ?? null };
}

const selectAttemptAndExercise = compiledOnce(
  (db, key: { tenantId: string; attemptId: string; exerciseId: string }) =>
    // One row whatever exists: both sides are looked up by their primary key.
    db
      .selectFrom(sql<{ one: number }>`(select 1 as one)`.as("d"))
      .leftJoin("tenant_exercises as e", (join) =>
        join.on("e.tenant_id", "=", key.tenantId).on("e.exercise_id", "=", key.exerciseId),
      )
      .leftJoin("attempts as a", (join) =>
        join.on("a.tenant_id", "=", key.tenantId).on("a.id", "=", key.attemptId),
      )
      .select(["e.definition", "a.user_id", "a.exercise_id", "a.request_hash", "a.result"]),
);

/** The attempt stored under this id in the tenant, if any. */
export async function findStoredAttempt(
  db: Kysely<Database>,
  tenantId: string,
  attemptId: string,
): Promise<StoredAttempt | undefined> {
  return (await db.executeQuery(selectStoredAttempt(db, { tenantId, attemptId }))).rows[0];
}

const selectStoredAttempt = compiledOnce((db, key: { tenantId: string; attemptId: string }) =>
  db
    .selectFrom("attempts")
    .select(["user_id", "exercise_id", "request_hash", "result"])
    .where("tenant_id", "=", key.tenantId)
    .where("id", "=", key.attemptId),
);

export interface LearnerAtExercise {
  /** The learner model as stored (JSON), or undefined before their first attempt. */
  state: string | undefined;
  /** Whether an attempt at the exercise comes before this one (by submission time, ties by id). */
  earlier: boolean;
  /** Sketches (JSON) of the better versions the learner was shown at the exercise. */
  shownSketches: string[];
}

/**
 * In the attempt's transaction, after the learner's row is locked (so a concurrent attempt of the
 * same learner has committed or waits): their learner model, whether an earlier attempt at the
 * exercise exists — one indexed read that stops at the first, whatever the history — and the
 * better versions shown to them there, in one statement.
 */
export async function learnerAtExercise(db: Kysely<Database>, key: LearnerKey): Promise<LearnerAtExercise> {
  return learnerFrom((await db.executeQuery(learnerAtExerciseStatement(db, key))).rows);
}

type LearnerKey = {
  tenantId: string;
  userId: string;
  exerciseId: string;
  submittedAt: string;
  attemptId: string;
};

/** The statement `learnerAtExercise` runs, for a caller that sends it with another. */
export function learnerAtExerciseStatement(db: Kysely<Database>, key: LearnerKey) {
  return selectLearnerAtExercise(db, { ...key, submittedAt: new Date(key.submittedAt).toISOString() });
}

/** What `learnerAtExerciseStatement` read. */
export function learnerFrom(rows: ReadonlyArray<{ kind: string; value: string }>): LearnerAtExercise {
  const found: LearnerAtExercise = { state: undefined, earlier: false, shownSketches: [] };
  for (const row of rows) {
    if (row.kind === "state") found.state = row.value;
    else if (row.kind === "earlier") found.earlier = true;
    else found.shownSketches.push(row.value);
  }
  return found;
}

const selectLearnerAtExercise = compiledOnce(
  (
    db,
    key: { tenantId: string; userId: string; exerciseId: string; submittedAt: string; attemptId: string },
  ) =>
    db
      .selectFrom("mastery")
      .select([sql<string>`'state'`.as("kind"), "state as value"])
      .where("tenant_id", "=", key.tenantId)
      .where("user_id", "=", key.userId)
      .unionAll(
        db
          .selectFrom(
            db
              .selectFrom("attempts")
              .select("id")
              .where("tenant_id", "=", key.tenantId)
              .where("user_id", "=", key.userId)
              .where("exercise_id", "=", key.exerciseId)
              .where("submitted_at", "<=", key.submittedAt)
              .where((eb) => eb.or([eb("submitted_at", "<", key.submittedAt), eb("id", "<", key.attemptId)]))
              .limit(1)
              .as("f"),
          )
          .select([sql<string>`'earlier'`.as("kind"), "f.id as value"]),
      )
      .unionAll(
        db
          .selectFrom("shown_versions")
          .select([sql<string>`'sketch'`.as("kind"), "sketch as value"])
          .where("tenant_id", "=", key.tenantId)
          .where("user_id", "=", key.userId)
          .where("exercise_id", "=", key.exerciseId),
      ),
);
