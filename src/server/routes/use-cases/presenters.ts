import {
  DATA_INVOLVED,
  USE_CASE_FREQUENCIES,
  USE_CASE_STATUSES,
  parseRiskTags,
  type UseCaseView,
} from "../../../core/api/use-cases";
import type { UseCaseWithVotes } from "./queries";

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** What leaves the server about a use case: the author only by name, and only when the tenant shows authors. */
export function presentUseCase(row: UseCaseWithVotes, viewerId: string, showAuthors: boolean): UseCaseView {
  const riskTags = parseRiskTags(row.risk_tags);
  const dataInvolved = oneOf(row.data_involved, DATA_INVOLVED, "none");
  const flags: UseCaseView["riskFlags"] = [];
  if (dataInvolved === "personal") flags.push("personal_data");
  if (dataInvolved === "health") flags.push("health_data");
  flags.push(...riskTags);
  return {
    id: row.id,
    title: row.title,
    task: row.task,
    job: row.job,
    host: row.host,
    lang: row.lang,
    frequency: oneOf(row.frequency, USE_CASE_FREQUENCIES, "monthly"),
    minutesSaved: row.minutes_saved,
    dataInvolved,
    riskTags,
    riskText: row.risk_text,
    prompt: row.prompt,
    status: oneOf(row.status, USE_CASE_STATUSES, "proposed"),
    statusReason: row.status_reason,
    exerciseId: row.exercise_id,
    author: showAuthors ? (row.author_name ?? null) : null,
    mine: row.author_id === viewerId,
    reach: 1 + row.votes,
    workedForThem: row.worked_yes,
    didNotWork: row.worked_no,
    myVote: row.my_vote > 0 ? { worked: row.my_worked === null ? null : row.my_worked === 1 } : null,
    rank: row.rank,
    riskFlags: flags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
