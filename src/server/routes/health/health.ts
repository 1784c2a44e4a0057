import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { HealthSchema, ReadySchema } from "../../../core/api/health";
import { ApiProblem } from "../../errors";
import { PACKAGE_VERSION } from "../../version";

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      schema: { tags: ["operations"], summary: "Liveness", response: { 200: HealthSchema } },
      config: { rateLimit: false },
    },
    async () => ({ status: "ok" as const, version: PACKAGE_VERSION }),
  );

  app.get(
    "/ready",
    {
      schema: {
        tags: ["operations"],
        summary: "Readiness: the database answers",
        response: { 200: ReadySchema },
      },
      config: { rateLimit: false },
    },
    async (request) => {
      try {
        await app.store.ping();
      } catch (err) {
        request.log.error({ err }, "database not ready");
        throw new ApiProblem(503, "not_ready", "The database does not answer");
      }
      return { status: "ready" as const, database: app.store.dialect };
    },
  );
};
