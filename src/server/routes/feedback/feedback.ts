import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { FeedbackCreateSchema, FeedbackRecordedSchema } from "../../../core/api/feedback";
import { ApiProblem } from "../../errors";
import { principalOf, requireUser } from "../../plugins/auth";
import { refusePersonalData } from "../../colleague-texts";
import { catalogForTenant } from "../../tenants/exercises";
import { ensureUser, findUser } from "../../tenants/users";

/** Thumbs and an optional comment on an exercise or on the model's answer, for pilot leads' feedback sheet. */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/feedback",
    {
      preParsing: requireUser,
      schema: {
        tags: ["feedback"],
        summary: "Thumbs up or down, with an optional comment, on an exercise or a model answer",
        body: FeedbackCreateSchema,
        response: { 201: FeedbackRecordedSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const body = request.body;
      const catalog = await catalogForTenant(app, me.tenantId);
      if (!catalog.byId.has(body.exerciseId))
        throw new ApiProblem(422, "unknown_exercise", `No exercise "${body.exerciseId}"`);
      await refusePersonalData(app.store.db, me, "feedback", { comment: body.comment });
      await ensureUser(app.store.db, me);
      const user = await findUser(app.store.db, me.tenantId, me.userId);
      const id = randomUUID();
      const now = new Date().toISOString();
      await app.store.db
        .insertInto("feedback")
        .values({
          tenant_id: me.tenantId,
          id,
          user_id: me.userId,
          exercise_id: body.exerciseId,
          target: body.target,
          thumb: body.thumb === "up" ? 1 : -1,
          reason: body.reason ?? null,
          comment: body.comment ?? null,
          job: me.job ?? user?.job ?? null,
          attempt_id: body.attemptId ?? null,
          created_at: now,
        })
        .execute();
      return reply.code(201).send({ id, createdAt: now });
    },
  );
};
