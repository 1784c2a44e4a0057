import type { Kysely } from "kysely";

/**
 * When an LLM judge and the rubric disagree by more than JUDGE_DISAGREEMENT points, the attempt keeps
 * both numbers (never text) so a tenant can calibrate the judge against the rubric. Null otherwise.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("attempts").addColumn("rubric_score", "integer").execute();
  await db.schema.alterTable("attempts").addColumn("judge_score", "integer").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("attempts").dropColumn("judge_score").execute();
  await db.schema.alterTable("attempts").dropColumn("rubric_score").execute();
}
