import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  StageIdParamsSchema,
  StageInputSchema,
  StageListSchema,
  StageSchema,
} from "../../../core/results/stages";
import { audit } from "../../audit";
import { ApiProblem } from "../../errors";
import { principalAllowed, requirePermission } from "../../plugins/auth";
import { deleteStage, listStages, putStage } from "../../stages/stages";

const tags = ["stages"];

/**
 * Pilot stages: pilot leads and Admins read them (every report can be read for one); only an Admin
 * defines or removes one, and each change is written to the audit log.
 */
export const stageRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get(
    "/stages",
    {
      preParsing: requirePermission("results.read"),
      schema: { tags, summary: "The pilot's stages, in time order", response: { 200: StageListSchema } },
    },
    async (request) => {
      const lead = principalAllowed(request, "results.read");
      return { stages: await listStages(db, lead.tenantId) };
    },
  );

  app.put(
    "/admin/stages/:id",
    {
      preParsing: requirePermission("tenant.administer"),
      schema: {
        tags,
        summary: "Define or replace a stage: name, dates, cohorts and targets",
        params: StageIdParamsSchema,
        body: StageInputSchema,
        response: { 200: StageSchema, 201: StageSchema },
      },
    },
    async (request, reply) => {
      const admin = principalAllowed(request, "tenant.administer");
      const { stage, created } = await db.transaction().execute(async (trx) => {
        const saved = await putStage(trx, admin.tenantId, request.params.id, request.body, admin.userId);
        await audit(trx, {
          tenantId: admin.tenantId,
          actorId: admin.userId,
          action: "stage.put",
          target: request.params.id,
          details: {
            created: saved.created,
            startsOn: saved.stage.startsOn,
            endsOn: saved.stage.endsOn,
            cohorts: saved.stage.cohorts.length,
            targets: saved.stage.targets.map((t) => t.metric),
          },
        });
        return saved;
      });
      return reply.code(created ? 201 : 200).send(stage);
    },
  );

  app.delete(
    "/admin/stages/:id",
    {
      preParsing: requirePermission("tenant.administer"),
      schema: {
        tags,
        summary: "Remove a stage (the attempts and answers it covered are kept)",
        params: StageIdParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const admin = principalAllowed(request, "tenant.administer");
      const removed = await db.transaction().execute(async (trx) => {
        if (!(await deleteStage(trx, admin.tenantId, request.params.id))) return false;
        await audit(trx, {
          tenantId: admin.tenantId,
          actorId: admin.userId,
          action: "stage.delete",
          target: request.params.id,
        });
        return true;
      });
      if (!removed)
        throw new ApiProblem(404, "unknown_stage", `No stage "${request.params.id}" in this tenant`);
      return reply.code(204).send();
    },
  );
};
