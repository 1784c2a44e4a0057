import type { Me } from "../../../core/api/me";
import type { AttemptSummary } from "../../../core/api/attempts";
import type { LearnerState } from "../../../core/learner/state";
import { CRITERIA, HOSTS, type Host } from "../../../core/types";
import type { Principal } from "../../auth/roles";
import type { TenantSettings } from "../../../core/api/admin";
import type { AttemptRow, UserRow } from "../../store/schema";

/** What `GET /me` shows: decided here only. */
export function presentMe(
  principal: Principal,
  user: UserRow | undefined,
  settings: TenantSettings,
  learner: LearnerState,
  streakDays: number,
  modelConfigured = false,
): Me {
  const accepted = user?.charter_version_accepted ?? null;
  return {
    tenant: principal.tenantId,
    user: principal.userId,
    name: user?.display_name ?? principal.name ?? null,
    roles: principal.roles,
    locale: user?.locale ?? null,
    cohort: user?.cohort ?? null,
    department: user?.department ?? null,
    job:
      user?.job !== null && user?.job !== undefined && settings.jobs.some((j) => j.id === user.job)
        ? user.job
        : null,
    charter: settings.charter,
    charterAccepted: accepted === settings.charter.version,
    charterVersionAccepted: accepted,
    level: learner.level,
    streak: streakDays,
    attemptCount: learner.attemptCount,
    mastery: learner.mastery,
    modelConfigured,
  };
}

/** One line of the learner's history: scores only, never the prompt. */
export function presentAttemptSummary(row: AttemptRow): AttemptSummary {
  return {
    id: row.id,
    exerciseId: row.exercise_id,
    exerciseVersion: row.exercise_version,
    host: (HOSTS as readonly string[]).includes(row.host) ? (row.host as Host) : "word",
    score: row.score,
    passed: row.passed === 1,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, row[`c_${c}`]])),
    minutesSaved: row.minutes_saved,
    usefulness: row.usefulness,
  };
}
