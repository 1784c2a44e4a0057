import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ExerciseListQuerySchema, ExerciseListSchema } from "../../../core/catalog/api";
import { principalOf, requireUser } from "../../plugins/auth";
import { baseCatalog, catalogForTenant } from "../../tenants/exercises";

/** The exercises the signed-in user's tenant offers, optionally for one host. */
export const exercisesRoutes: FastifyPluginAsyncZod = async (app) => {
  // Read the built-in catalog and CONTENT_DIR now: a bad tenant file stops the start, naming file and field.
  await baseCatalog(app);

  app.get(
    "/exercises",
    {
      preParsing: requireUser,
      schema: {
        tags: ["exercises"],
        summary: "List the exercise catalog (built-in, content folder and the tenant's own)",
        querystring: ExerciseListQuerySchema,
        response: { 200: ExerciseListSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const { host } = request.query;
      const catalog = await catalogForTenant(app, me.tenantId);
      return { exercises: catalog.exercises.filter((e) => host === undefined || e.hosts.includes(host)) };
    },
  );
};
