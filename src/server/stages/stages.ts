import type { Kysely } from "kysely";
import { z } from "zod";
import type { ResultsFilter } from "../../core/results/schema";
import { StageTargetSchema, type Stage, type StageInput } from "../../core/results/stages";
import { StageInputSchema } from "../../core/results/stages";
import { ApiProblem } from "../errors";
import type { Database } from "../store/schema";

type Db = Kysely<Database>;
type StageRow = Database["stages"];

const CohortsJson = z.array(z.string());
const TargetsJson = z.array(StageTargetSchema);

/** A stored stage as the API presents it; JSON that no longer validates reads as empty, never throws. */
function presentStage(row: StageRow): Stage {
  return {
    id: row.stage_id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    cohorts: parseOr(CohortsJson, row.cohorts, []),
    targets: parseOr(TargetsJson, row.targets, []),
    updatedAt: row.updated_at,
  };
}

function parseOr<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** A tenant's stages, in time order. */
export async function listStages(db: Db, tenantId: string): Promise<Stage[]> {
  const rows = await db
    .selectFrom("stages")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("starts_on")
    .orderBy("stage_id")
    .execute();
  return rows.map(presentStage);
}

export async function findStage(db: Db, tenantId: string, stageId: string): Promise<Stage | undefined> {
  const row = await db
    .selectFrom("stages")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("stage_id", "=", stageId)
    .executeTakeFirst();
  return row ? presentStage(row) : undefined;
}

/** The stage, or a 404 with the stable code `unknown_stage`. */
export async function requireStage(db: Db, tenantId: string, stageId: string): Promise<Stage> {
  const stage = await findStage(db, tenantId, stageId);
  if (!stage) throw new ApiProblem(404, "unknown_stage", `No stage "${stageId}" in this tenant`);
  return stage;
}

/** The stage before `stage`: the one that started last before it (ties by id). */
export async function previousStage(db: Db, tenantId: string, stage: Stage): Promise<Stage | undefined> {
  const stages = await listStages(db, tenantId);
  const earlier = stages.filter(
    (s) => s.startsOn < stage.startsOn || (s.startsOn === stage.startsOn && s.id < stage.id),
  );
  return earlier[earlier.length - 1];
}

/** Creates or replaces a stage; returns it and whether it is new. */
export async function putStage(
  db: Db,
  tenantId: string,
  stageId: string,
  input: StageInput,
  actorId: string,
): Promise<{ stage: Stage; created: boolean }> {
  const valid = StageInputSchema.parse(input);
  const now = new Date().toISOString();
  const values = {
    name: valid.name,
    starts_on: valid.startsOn,
    ends_on: valid.endsOn,
    cohorts: JSON.stringify(valid.cohorts),
    targets: JSON.stringify(valid.targets),
    updated_by: actorId,
    updated_at: now,
  };
  const existing = await findStage(db, tenantId, stageId);
  await db
    .insertInto("stages")
    .values({ tenant_id: tenantId, stage_id: stageId, ...values })
    .onConflict((oc) => oc.columns(["tenant_id", "stage_id"]).doUpdateSet(values))
    .execute();
  return { stage: (await findStage(db, tenantId, stageId))!, created: !existing };
}

export async function deleteStage(db: Db, tenantId: string, stageId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("stages")
    .where("tenant_id", "=", tenantId)
    .where("stage_id", "=", stageId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The results filter of a stage: its dates (the end capped at `today` while it runs) and its
 * cohorts, on top of the other criteria of `base` (host, department).
 */
export function stageFilter(stage: Stage, base: ResultsFilter, today: string): ResultsFilter {
  const to = stage.endsOn < today ? stage.endsOn : today < stage.startsOn ? stage.startsOn : today;
  return {
    ...base,
    from: stage.startsOn,
    to,
    stage: stage.id,
    ...(stage.cohorts.length ? { cohorts: stage.cohorts } : {}),
  };
}
