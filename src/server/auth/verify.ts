import { JobIdSchema } from "../../core/jobs";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import type { AuthConfig } from "../config";
import { DEV_ISSUER, type DevIssuer } from "./dev-issuer";
import { isRole, type Principal } from "./roles";

/**
 * A token the API refuses: 401 (not a valid token for us), 403 (valid, but not allowed) or 400 (valid,
 * but its identity cannot be stored: an over-long or control-character `tid`/`oid`).
 */
export class TokenRejected extends Error {
  override name = "TokenRejected";
  constructor(
    readonly status: 400 | 401 | 403,
    readonly code: "invalid_token" | "tenant_not_allowed" | "insufficient_scope" | "invalid_identity",
    message: string,
  ) {
    super(message);
  }
}

/** The tenant's signing keys could not be fetched: not the caller's fault, so 503 rather than 401. */
export class IdentityUnavailable extends Error {
  override name = "IdentityUnavailable";
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** Verified tokens remembered at most: one or two per active learner of a large tenant. */
export const TOKEN_CACHE_SIZE = 10_000;

/**
 * Remembers tokens already verified until they expire, so a learner's requests skip the signature
 * check after the first. Keyed on the whole token: a token that differs in any byte (a forged
 * signature, edited claims) is verified anew. Only successes are kept, never past their `exp`;
 * when full, the least recently used entry goes first.
 */
export function withVerifiedTokenCache(
  verify: (token: string) => Promise<{ principal: Principal; exp: number }>,
  options: { size?: number; now?: () => number } = {},
): TokenVerifier {
  const size = options.size ?? TOKEN_CACHE_SIZE;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { principal: Principal; expiresAt: number }>();
  return async (token) => {
    const hit = cache.get(token);
    if (hit) {
      cache.delete(token);
      if (hit.expiresAt > now()) {
        // Most recently used last: Map iteration order is insertion order.
        cache.set(token, hit);
        return hit.principal;
      }
    }
    const { principal, exp } = await verify(token);
    // Shared by every request carrying the token: frozen, so none can change it for the others.
    Object.freeze(principal.roles);
    Object.freeze(principal);
    const expiresAt = exp * 1000;
    if (expiresAt > now()) {
      if (cache.size >= size) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(token, { principal, expiresAt });
    }
    return principal;
  };
}

/** Leeway for clocks that differ slightly between Entra and this server. */
const CLOCK_TOLERANCE_S = 60;

/**
 * Verifies Entra ID v2 access tokens (or dev-issuer tokens in dev mode): RS256 only, exact `iss`
 * for the token's tenant, `aud` = the API's client id, tenant allow-list, required delegated scope.
 * JWKS are fetched per tenant, cached, and refetched when a token names an unknown `kid`.
 */
export function createTokenVerifier(auth: AuthConfig, devIssuer?: DevIssuer): TokenVerifier {
  if (auth.mode === "dev") {
    if (!devIssuer) throw new Error("dev mode needs the dev issuer's keys");
    const keys = createLocalJWKSet(devIssuer.jwks);
    return withVerifiedTokenCache((token) =>
      verifyWith(token, keys, { issuer: DEV_ISSUER, audience: [auth.clientId] }, auth),
    );
  }
  const allowed = new Set(auth.tenantIds);
  const jwksByTenant = new Map<string, JWTVerifyGetKey>();
  const audience = [auth.clientId, `api://${auth.clientId}`];
  return withVerifiedTokenCache(async (token) => {
    const tid = unverifiedTenant(token);
    // The allow-list is checked before any key download, so strangers cannot make us fetch their JWKS.
    if (!allowed.has(tid)) throw new TokenRejected(403, "tenant_not_allowed", `Tenant ${tid} is not allowed`);
    let keys = jwksByTenant.get(tid);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(`${auth.authorityHost}/${tid}/discovery/v2.0/keys`), {
        cooldownDuration: auth.jwksCooldownMs,
        cacheMaxAge: 24 * 3600 * 1000,
        timeoutDuration: 5000,
      });
      jwksByTenant.set(tid, keys);
    }
    return verifyWith(token, keys, { issuer: `${auth.authorityHost}/${tid}/v2.0`, audience }, auth);
  });
}

function unverifiedTenant(token: string): string {
  let header;
  let payload: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch {
    throw new TokenRejected(401, "invalid_token", "Malformed token");
  }
  if (header.alg !== "RS256")
    throw new TokenRejected(401, "invalid_token", `Algorithm ${String(header.alg)} is not accepted`);
  if (typeof payload.tid !== "string" || payload.tid === "")
    throw new TokenRejected(401, "invalid_token", "Token has no tid");
  return payload.tid.toLowerCase();
}

async function verifyWith(
  token: string,
  keys: JWTVerifyGetKey,
  expected: { issuer: string; audience: string[] },
  auth: AuthConfig,
): Promise<{ principal: Principal; exp: number }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      algorithms: ["RS256"],
      issuer: expected.issuer,
      audience: expected.audience,
      requiredClaims: ["exp", "tid", "oid"],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch (err) {
    if (auth.mode === "entra" && keySetUnreachable(err)) throw new IdentityUnavailable(describe(err));
    throw new TokenRejected(401, "invalid_token", describe(err));
  }
  const tid = stringClaim(payload, "tid");
  const oid = stringClaim(payload, "oid");
  if (!tid || !oid) throw new TokenRejected(401, "invalid_token", "Token lacks tid or oid");
  // The identity key is stored as is: refuse what the columns cannot hold (PostgreSQL would fail).
  if (!storableId(tid, MAX_TENANT_ID) || !storableId(oid, MAX_USER_ID)) {
    throw new TokenRejected(
      400,
      "invalid_identity",
      `The token's tid (at most ${MAX_TENANT_ID} characters) or oid (at most ${MAX_USER_ID}) cannot be an identity`,
    );
  }
  const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
  if (!scopes.includes(auth.requiredScope)) {
    throw new TokenRejected(403, "insufficient_scope", `Scope ${auth.requiredScope} is required`);
  }
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  const principal: Principal = {
    tenantId: auth.mode === "entra" ? tid.toLowerCase() : tid,
    userId: oid,
    name: profileClaim(payload, "name", 256),
    roles: [...new Set(roles)],
    cohort: profileClaim(payload, "cohort", 128),
    department: profileClaim(payload, "department", 128),
    locale: localeClaim(stringClaim(payload, "xms_pl") ?? stringClaim(payload, "locale")),
    job: jobClaim(payload),
  };
  return { principal, exp: payload.exp ?? 0 };
}

/** A `job` claim that is not a well-formed job id is ignored (the learner then chooses in the pane). */
function jobClaim(payload: JWTPayload): string | undefined {
  const value = stringClaim(payload, "job")?.toLowerCase();
  return value !== undefined && JobIdSchema.safeParse(value).success ? value : undefined;
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 256) : undefined;
}

/** Column sizes of `tenant_id` and `user_id` (migration 0001). */
export const MAX_TENANT_ID = 64;
export const MAX_USER_ID = 128;

const CONTROL = /\p{Cc}/u;
const CONTROLS = /\p{Cc}/gu;

function storableId(value: string, max: number): boolean {
  return value.length <= max && !CONTROL.test(value);
}

/** A profile claim cleaned to fit its column: control characters dropped, cut to `max`. */
function profileClaim(payload: JWTPayload, name: string, max: number): string | undefined {
  const value = stringClaim(payload, name)?.replace(CONTROLS, "").trim().slice(0, max);
  return value ? value : undefined;
}

/** A BCP 47-looking tag (`fr-FR`), else nothing. */
function localeClaim(value: string | undefined): string | undefined {
  return value !== undefined && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(value) && value.length <= 16
    ? value
    : undefined;
}

/** A timeout, a network failure or an unusable answer from the key endpoint. */
function keySetUnreachable(err: unknown): boolean {
  if (err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid) return true;
  // A non-200 answer is a bare JOSEError; connection failures are not JOSE errors at all.
  if (err instanceof joseErrors.JOSEError) return err.constructor === joseErrors.JOSEError;
  return true;
}

function describe(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return "Token expired";
  if (err instanceof joseErrors.JWTClaimValidationFailed)
    return `Claim ${err.claim} is invalid (${err.reason})`;
  if (err instanceof joseErrors.JWKSNoMatchingKey) return "No key matches the token's kid";
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return "Signature verification failed";
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return "Algorithm not accepted";
  if (err instanceof joseErrors.JWKSTimeout) return "Key set could not be fetched in time";
  if (err instanceof joseErrors.JOSEError) return err.message;
  return "Token could not be verified";
}
