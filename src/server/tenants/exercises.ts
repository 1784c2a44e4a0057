import type { FastifyInstance } from "fastify";
import { mergeCatalogs, toCatalog, type Catalog } from "../../core/catalog/parse";
import { ExerciseSchema, type Exercise } from "../../core/catalog/schema";
import { loadCatalog } from "../catalog/load";

const baseCatalogs = new WeakMap<FastifyInstance, Promise<Catalog>>();

/** Built-in exercises plus CONTENT_DIR, read once per app. */
export function baseCatalog(app: FastifyInstance): Promise<Catalog> {
  let catalog = baseCatalogs.get(app);
  if (!catalog) {
    catalog = loadCatalog(app.config.contentDir ? { tenantDir: app.config.contentDir } : {});
    baseCatalogs.set(app, catalog);
    catalog.catch(() => baseCatalogs.delete(app));
  }
  return catalog;
}

/** Exercises a tenant added or replaced through the admin API. Rows that no longer validate are skipped. */
export async function tenantExercises(app: FastifyInstance, tenantId: string): Promise<Exercise[]> {
  const rows = await app.store.db
    .selectFrom("tenant_exercises")
    .select(["exercise_id", "definition"])
    .where("tenant_id", "=", tenantId)
    .orderBy("exercise_id")
    .execute();
  const exercises: Exercise[] = [];
  for (const row of rows) {
    const parsed = ExerciseSchema.safeParse(JSON.parse(row.definition));
    if (parsed.success) exercises.push(parsed.data);
    else
      app.log.warn({ tenantId, exerciseId: row.exercise_id }, "stored tenant exercise no longer validates");
  }
  return exercises;
}

/** The catalog a tenant's learners see: built-in + content folder, then the tenant's own exercises. */
export async function catalogForTenant(app: FastifyInstance, tenantId: string): Promise<Catalog> {
  const [base, own] = await Promise.all([baseCatalog(app), tenantExercises(app, tenantId)]);
  return own.length === 0 ? base : mergeCatalogs(base, toCatalog(own));
}

/** One exercise as the tenant sees it, or undefined. */
export async function findExercise(
  app: FastifyInstance,
  tenantId: string,
  exerciseId: string,
): Promise<Exercise | undefined> {
  const row = await app.store.db
    .selectFrom("tenant_exercises")
    .select("definition")
    .where("tenant_id", "=", tenantId)
    .where("exercise_id", "=", exerciseId)
    .executeTakeFirst();
  return exerciseFrom(app, row?.definition ?? null, exerciseId);
}

/**
 * The exercise as the tenant sees it from its stored definition (`tenant_exercises`, read by the
 * caller, null when the tenant has none): the tenant's own when it still validates, else the
 * built-in one of that id.
 */
export async function exerciseFrom(
  app: FastifyInstance,
  definition: string | null,
  exerciseId: string,
): Promise<Exercise | undefined> {
  if (definition !== null) {
    const parsed = ExerciseSchema.safeParse(JSON.parse(definition));
    if (parsed.success) return parsed.data;
  }
  return (await baseCatalog(app)).byId.get(exerciseId);
}
