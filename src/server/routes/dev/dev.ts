import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decodeJwt } from "jose";
import { DevTokenRequestSchema, DevTokenResponseSchema } from "../../../core/api/dev";
import { signDevToken } from "../../auth/dev-issuer";
import { ApiProblem } from "../../errors";

/**
 * The local issuer, for running without Entra ID: its public keys and a token endpoint the preview
 * pane signs in with. Both answer 404 unless the server runs in dev mode.
 */
export const devRoutes: FastifyPluginAsyncZod = async (app) => {
  const issuer = () => {
    if (!app.devIssuer)
      throw new ApiProblem(404, "not_found", "The dev issuer is off: this server uses Entra ID");
    return app.devIssuer;
  };

  app.get(
    "/dev/jwks.json",
    { schema: { tags: ["dev"], summary: "Public keys of the dev issuer" } },
    async () => issuer().jwks,
  );

  app.post(
    "/dev/token",
    {
      schema: {
        tags: ["dev"],
        summary: "Sign a dev token (dev mode only)",
        body: DevTokenRequestSchema,
        response: { 200: DevTokenResponseSchema },
      },
    },
    async (request) => {
      const signer = issuer();
      // Anyone who can reach this endpoint can become an Admin: only this machine may use it.
      if (!isLoopback(request.socket.remoteAddress)) {
        throw new ApiProblem(
          403,
          "dev_token_loopback_only",
          "Dev tokens are only issued to this machine (loopback)",
        );
      }
      const token = await signDevToken(signer, { ...request.body, expiresIn: "8h" });
      const { exp } = decodeJwt(token);
      return { token, expiresAt: new Date((exp ?? 0) * 1000).toISOString() };
    },
  );
};

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}
