import type { Exercise } from "../../../core/catalog/schema";
import type { Host } from "../../../core/types";

/**
 * The exercise a library prompt goes into, in this order: the exercise it was saved from (when it runs
 * in this application), the exercise open now, the one recommended for the open item, then the first
 * practice exercise of the application's catalog. Null when none fits; `catalog` null: not loaded yet.
 */
export function fittingExercise(input: {
  exerciseId: string | null;
  host: Host;
  current: Exercise | null;
  recommended: Exercise | null;
  catalog: readonly Exercise[] | null;
}): Exercise | null {
  const { exerciseId, host, current, recommended, catalog } = input;
  const fits = (e: Exercise | null | undefined): e is Exercise => !!e && e.hosts.includes(host);
  if (exerciseId !== null) {
    if (fits(current) && current.id === exerciseId) return current;
    const saved = catalog?.find((e) => e.id === exerciseId);
    if (fits(saved)) return saved;
  }
  if (fits(current)) return current;
  if (fits(recommended)) return recommended;
  const forHost = (catalog ?? []).filter(fits);
  return forHost.find((e) => !e.benchmark) ?? forHost[0] ?? null;
}

/** Whether the catalog could give a better answer than what is already at hand. */
export function needsCatalog(exerciseId: string | null, quick: Exercise | null): boolean {
  return quick === null || (exerciseId !== null && quick.id !== exerciseId);
}
