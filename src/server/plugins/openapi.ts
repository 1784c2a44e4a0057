import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { PACKAGE_VERSION } from "../version";

/** Collects route schemas into an OpenAPI document; must be registered before the routes. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Parcours tenant API",
        description:
          "Progress, administration and model gateway of Parcours, running in the customer's tenant.",
        version: PACKAGE_VERSION,
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

/** `GET /api/v1/openapi.json`. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get("/api/v1/openapi.json", { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  );
}
