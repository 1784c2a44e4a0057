import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PrivacyPolicyResponseSchema } from "../../../core/api/llm";
import { principalOf, requireUser } from "../../plugins/auth";
import { getTenantSettings } from "../../tenants/settings";

/**
 * The tenant's privacy policy for the task pane, which applies it before a Run (it masks the
 * document and keeps the real values); the model gateway enforces the same policy on what arrives.
 */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preParsing", requireUser);

  app.get(
    "/privacy/policy",
    {
      schema: {
        tags: ["llm"],
        summary: "The tenant's privacy policy per type of personal data, as the pane must apply it",
        response: { 200: PrivacyPolicyResponseSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const settings = await getTenantSettings(app.store.db, me.tenantId);
      // An Admin's change applies at the next Run: the pane asks again, no cache in between.
      reply.header("cache-control", "no-store");
      return { policy: settings.privacyPolicy };
    },
  );
};
