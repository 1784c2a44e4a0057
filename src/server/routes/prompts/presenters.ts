import type { SavedPromptView, TeamPromptView } from "../../../core/api/prompts";
import type { Selectable } from "kysely";
import type { SavedPromptsTable, TeamPromptsTable } from "../../store/schema";

/** A learner's saved prompt as it leaves the server. */
export function presentSavedPrompt(row: Selectable<SavedPromptsTable>): SavedPromptView {
  return {
    id: row.id,
    name: row.name,
    text: row.text,
    host: row.host,
    exerciseId: row.exercise_id,
    source: row.source,
    createdAt: row.created_at,
  };
}

/** A team library prompt: who published it stays in the audit log, not in what learners read. */
export function presentTeamPrompt(
  row: Selectable<TeamPromptsTable>,
  callerJob: string | null,
): TeamPromptView {
  return {
    id: row.id,
    job: row.job,
    host: row.host,
    name: row.name,
    text: row.text,
    exerciseId: row.exercise_id,
    source: row.source,
    useCaseId: row.use_case_id,
    myJob: callerJob !== null && row.job === callerJob,
    createdAt: row.created_at,
  };
}
