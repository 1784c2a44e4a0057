import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { RecommendationRequestSchema, RecommendationSchema } from "../../../core/recommender/api";
import { recommendExercise } from "../../../core/recommender";
import { principalOf, requireUser } from "../../plugins/auth";
import { catalogForTenant } from "../../tenants/exercises";
import { getLearnerState } from "../../tenants/learners";
import { getTenantSettings } from "../../tenants/settings";
import { findUser } from "../../tenants/users";
import { exerciseHistory } from "./history";

/**
 * Suggests an exercise for what the user has open, from their mastery, level and attempt history.
 * 204 when the tenant's catalog has nothing for this host (or everything was excluded).
 */
export const recommendationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/recommendations",
    {
      preParsing: requireUser,
      schema: {
        tags: ["exercises"],
        summary: "Recommend an exercise for the open context",
        body: RecommendationRequestSchema,
        response: { 200: RecommendationSchema, 204: z.null().describe("No exercise fits") },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const { features, exclude } = request.body;
      const [catalog, learner, history, settings, user] = await Promise.all([
        catalogForTenant(app, me.tenantId),
        getLearnerState(app.store.db, me.tenantId, me.userId),
        exerciseHistory(app.store.db, me.tenantId, me.userId),
        getTenantSettings(app.store.db, me.tenantId),
        findUser(app.store.db, me.tenantId, me.userId),
      ]);
      const jobId = me.job ?? user?.job ?? null;
      const skipped = new Set(exclude ?? []);
      const offered = catalog.exercises.filter((e) => !skipped.has(e.id));
      const recommendation = recommendExercise(features, learner, offered, history, new Date(), {
        noRepeatDays: app.config.noRepeatDays,
        job: settings.jobs.find((j) => j.id === jobId) ?? null,
      });
      if (!recommendation) return reply.code(204).send(null);
      return recommendation;
    },
  );
};
