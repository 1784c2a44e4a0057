import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { RealWorkUseCreateSchema, RealWorkUseSchema, type RealWorkUse } from "../../../core/api/real-work";
import { ApiProblem } from "../../errors";
import { principalOf, requireUser } from "../../plugins/auth";
import type { RealWorkUsesTable } from "../../store/schema";
import { catalogForTenant } from "../../tenants/exercises";
import { ensureUser } from "../../tenants/users";

function present(row: RealWorkUsesTable): RealWorkUse {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    host: row.host,
    exerciseId: row.exercise_id,
    occurredAt: row.occurred_at,
  };
}

/**
 * Real-work uses: each answer the learner put into their own work, counted for the results. Signed-in
 * users only; the charter is not asked again — no text is stored, and the run that produced the answer
 * already required it (a charter changed in between must not lose the count).
 */
export const realWorkRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.post(
    "/me/real-work-uses",
    {
      preParsing: requireUser,
      schema: {
        tags: ["me"],
        summary: "Record that a model's answer went into my work (idempotent by clientId); never the text",
        body: RealWorkUseCreateSchema,
        response: { 200: RealWorkUseSchema, 201: RealWorkUseSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const body = request.body;
      if (body.exerciseId !== undefined) {
        const catalog = await catalogForTenant(app, me.tenantId);
        if (!catalog.byId.has(body.exerciseId))
          throw new ApiProblem(422, "unknown_exercise", `No exercise "${body.exerciseId}"`);
      }
      await ensureUser(db, me);
      const row: RealWorkUsesTable = {
        tenant_id: me.tenantId,
        id: randomUUID(),
        user_id: me.userId,
        client_id: body.clientId,
        kind: body.kind,
        host: body.host,
        exercise_id: body.exerciseId ?? null,
        occurred_at: new Date().toISOString(),
      };
      const inserted = await db
        .insertInto("real_work_uses")
        .values(row)
        .onConflict((oc) => oc.columns(["tenant_id", "user_id", "client_id"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return reply.code(201).send(present(row));

      const stored = await db
        .selectFrom("real_work_uses")
        .selectAll()
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId)
        .where("client_id", "=", body.clientId)
        .executeTakeFirstOrThrow();
      const same =
        stored.kind === row.kind && stored.host === row.host && stored.exercise_id === row.exercise_id;
      if (!same)
        throw new ApiProblem(
          409,
          "real_work_use_conflict",
          `clientId "${body.clientId}" was already recorded with another kind, host or exercise`,
        );
      return reply.code(200).send(present(stored));
    },
  );
};
