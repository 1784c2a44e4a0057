import type { AppConfig } from "./config";
import type { DevIssuer } from "./auth/dev-issuer";
import type { Principal } from "./auth/roles";
import type { TokenVerifier } from "./auth/verify";
import type { ApiProblem } from "./errors";
import type { Store } from "./store/db";

declare module "fastify" {
  interface FastifyInstance {
    config: AppConfig;
    store: Store;
    verifyToken: TokenVerifier;
    /** The local issuer in dev mode; null with Entra ID. */
    devIssuer: DevIssuer | null;
  }
  interface FastifyRequest {
    /** Set by the auth hook when a valid Bearer token came with the request. */
    principal: Principal | null;
    /** The 401/503 problem for a token that came with the request but was refused. */
    refusedToken: ApiProblem | null;
  }
}

export {};
