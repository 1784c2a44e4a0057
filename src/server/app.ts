import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import "./types";
import type { AppConfig } from "./config";
import { loadDevIssuer } from "./auth/dev-issuer";
import { createTokenVerifier } from "./auth/verify";
import { installProblemHandlers } from "./errors";
import { registerAuth } from "./plugins/auth";
import { registerConnectionLimits, slowClientOptions } from "./plugins/connections";
import { registerJobs } from "./plugins/jobs";
import { registerJsonBodies } from "./plugins/json-body";
import { registerOpenApi, registerOpenApiRoute } from "./plugins/openapi";
import { registerRateLimit } from "./plugins/rate-limit";
import { registerSecurityHeaders } from "./plugins/security-headers";
import { registerTaskPane } from "./plugins/task-pane";
import { registerTextSafety } from "./plugins/text-safety";
import { adminRoutes } from "./routes/admin/admin";
import { attemptRoutes } from "./routes/attempts/attempts";
import { devRoutes } from "./routes/dev/dev";
import { exercisesRoutes } from "./routes/exercises/exercises";
import { feedbackRoutes } from "./routes/feedback/feedback";
import { jobsRoutes } from "./routes/jobs/jobs";
import { meRoutes } from "./routes/me/me";
import { privacyRoutes } from "./routes/privacy/privacy";
import { useCaseRoutes } from "./routes/use-cases/use-cases";
import { promptLibraryRoutes } from "./routes/prompts/prompts";
import { healthRoutes } from "./routes/health/health";
import { llmRoutes } from "./routes/llm/chat";
import { recommendationsRoutes } from "./routes/recommendations/recommendations";
import { pulseRoutes } from "./routes/pulse/pulse";
import { realWorkRoutes } from "./routes/real-work/real-work";
import { stageRoutes } from "./routes/stages/stages";
import { resultsRoutes } from "./routes/results/results";
import { xapiRoutes } from "./routes/xapi/xapi";
import { migrateToLatest, openStore } from "./store/db";
import { tenantsWithIncoherentQuotas } from "./tenants/settings";

export const API_PREFIX = "/api/v1";

/**
 * Every route schema is zod: Fastify is given zod's compilers from the start, so it never loads its
 * default ones (Ajv, fast-json-stringify: a hundred modules read at every start for nothing).
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"];

export interface BuildOptions {
  /** Serve HTTPS with this key and certificate (PEM); plain HTTP otherwise. */
  https?: { key: string; cert: string };
}

/**
 * Builds the tenant API and the task pane's static server. Nothing listens yet: tests call
 * `app.inject()`, `parcours serve` calls `app.listen()`. Closing the app closes the database.
 */
export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const slowClients = slowClientOptions(config.connections);
  const app = Fastify({
    ...(options.https ? { https: { ...options.https, ...slowClients } } : { http: slowClients }),
    requestTimeout: slowClients.requestTimeout,
    logger: {
      level: config.logLevel,
      redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
    },
    bodyLimit: config.bodyLimit,
    // Only behind a reverse proxy may X-Forwarded-For name the client (else anyone could pick their IP).
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    schemaController: { compilersFactory: ZOD_COMPILERS },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const store = openStore(config, {
    backgroundCheckpoints: {
      onError: (message) => app.log.warn({ reason: message }, "SQLite checkpoint failed"),
    },
  });
  app.decorate("config", config);
  registerConnectionLimits(app, config.connections);
  app.decorate("store", store);
  app.addHook("onClose", async () => store.close());
  try {
    if (config.migrateOnStart) await migrateToLatest(store, config.databaseSchema);
    const devIssuer = config.auth.mode === "dev" ? await loadDevIssuer(config.dataDir) : null;
    app.decorate("devIssuer", devIssuer);
    app.decorate("verifyToken", createTokenVerifier(config.auth, devIssuer ?? undefined));
    // Quotas stored before they were checked together: said at start, the Runs' quota applies to both.
    if (config.migrateOnStart)
      for (const tenant of await tenantsWithIncoherentQuotas(store.db))
        app.log.warn(
          tenant,
          `tenant ${tenant.tenantId}: dailyImproveQuota ${tenant.dailyImproveQuota} exceeds dailyQuota ${tenant.dailyQuota}; ${tenant.applied} applies until an admin sets them`,
        );
  } catch (err) {
    await store.close();
    throw err;
  }

  installProblemHandlers(app);
  registerJsonBodies(app);
  registerTextSafety(app);
  registerSecurityHeaders(app, { https: config.https });
  registerAuth(app);
  await registerOpenApi(app);
  await registerRateLimit(app, config.rateLimit);

  // Every API resource, one plugin each, under /api/v1.
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(devRoutes);
      await api.register(exercisesRoutes);
      await api.register(recommendationsRoutes);
      await api.register(meRoutes);
      await api.register(jobsRoutes);
      await api.register(useCaseRoutes);
      await api.register(promptLibraryRoutes);
      await api.register(feedbackRoutes);
      await api.register(attemptRoutes);
      await api.register(llmRoutes);
      await api.register(privacyRoutes);
      await api.register(adminRoutes);
      await api.register(xapiRoutes);
      await api.register(resultsRoutes);
      await api.register(stageRoutes);
      await api.register(pulseRoutes);
      await api.register(realWorkRoutes);
    },
    { prefix: API_PREFIX },
  );
  registerOpenApiRoute(app);
  await registerTaskPane(app, config.staticDir);
  registerJobs(app);

  await app.ready();
  return app;
}
