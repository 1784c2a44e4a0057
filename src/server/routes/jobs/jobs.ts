import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { JobListResponseSchema } from "../../../core/api/jobs";
import { principalOf, requireUser } from "../../plugins/auth";
import { getTenantSettings } from "../../tenants/settings";
import { ensureUser, findUser } from "../../tenants/users";

/** The tenant's jobs (métiers), for onboarding, settings and the use-case form. */
export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/jobs",
    {
      preParsing: requireUser,
      schema: {
        tags: ["jobs"],
        summary: "The tenant's jobs with FR/EN labels, and mine",
        response: { 200: JobListResponseSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await ensureUser(app.store.db, me);
      const [settings, user] = await Promise.all([
        getTenantSettings(app.store.db, me.tenantId),
        findUser(app.store.db, me.tenantId, me.userId),
      ]);
      return { jobs: settings.jobs, mine: user?.job ?? null, fromDirectory: me.job !== undefined };
    },
  );
};
