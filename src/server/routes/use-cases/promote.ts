import type { Kysely } from "kysely";
import { HOSTS } from "../../../core/types";
import type { Database, UseCaseRow } from "../../store/schema";

/** The id of the draft exercise promoted from a use case: stable, so promoting twice cannot duplicate. */
export function draftExerciseId(useCaseId: string): string {
  return `usecase-${useCaseId.replace(/-/g, "").slice(0, 12)}`;
}

/**
 * A draft tenant exercise from a use case: what the use case says (title, task, job, host, the
 * prompt as a first example) in the language it was written in, for an Admin to complete
 * (the other language, task definition, checks) and publish with `PUT /api/v1/admin/exercises/{id}`.
 * Drafts are never offered to learners.
 */
export async function createExerciseDraft(
  db: Kysely<Database>,
  useCase: UseCaseRow,
  actorId: string,
  now: string,
): Promise<string> {
  const exerciseId = draftExerciseId(useCase.id);
  const lang = useCase.lang === "en" ? "en" : "fr";
  const definition = {
    id: exerciseId,
    version: 1,
    hosts: (HOSTS as readonly string[]).includes(useCase.host) ? [useCase.host] : [...HOSTS],
    level: "beginner",
    minutes: 3,
    jobs: [useCase.job],
    title: { [lang]: useCase.title },
    brief: { [lang]: useCase.task },
    task: { [lang]: useCase.task },
    ...(useCase.prompt ? { example: { [lang]: useCase.prompt } } : {}),
    fromUseCase: {
      id: useCase.id,
      frequency: useCase.frequency,
      minutesSaved: useCase.minutes_saved,
      dataInvolved: useCase.data_involved,
      riskTags: JSON.parse(useCase.risk_tags) as unknown,
      riskText: useCase.risk_text,
    },
  };
  await db
    .insertInto("exercise_drafts")
    .values({
      tenant_id: useCase.tenant_id,
      exercise_id: exerciseId,
      use_case_id: useCase.id,
      definition: JSON.stringify(definition),
      created_by: actorId,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["tenant_id", "exercise_id"]).doNothing())
    .execute();
  return exerciseId;
}
