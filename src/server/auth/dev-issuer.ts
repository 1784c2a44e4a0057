import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { DEV_AUDIENCE } from "../config";
import type { Role } from "./roles";

/** `iss` of tokens signed by the local development issuer. */
export const DEV_ISSUER = "parcours-dev";
export const DEV_ISSUER_FILE = "dev-issuer.json";
/** Dev tokens carry the same delegated scope as Entra tokens. */
export const DEV_SCOPE = "access_as_user";

/** A local RS256 key pair standing in for Entra ID when no tenant is configured. */
export interface DevIssuer {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  /** Public JWKS, as served at `/api/v1/dev/jwks.json`. */
  jwks: { keys: JWK[] };
}

export interface DevTokenClaims {
  tenant: string;
  user: string;
  name?: string;
  roles?: Role[];
  /** jose duration (`"1h"`, `"30m"`, `"7d"`) or seconds. */
  expiresIn?: string | number;
  cohort?: string;
  department?: string;
  job?: string;
}

/** Reads the issuer's key pair from `dataDir`, creating it on first use (safe when two processes race). */
export async function loadDevIssuer(dataDir: string): Promise<DevIssuer> {
  const file = path.join(dataDir, DEV_ISSUER_FILE);
  const existing = readIssuerFile(file);
  if (existing) return existing;
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, JSON.stringify({ kid, privateJwk, publicJwk }, null, 2), {
      flag: "wx",
      mode: 0o600,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const winner = readIssuerFile(file);
    if (winner) return winner;
  }
  return { kid, privateJwk, publicJwk, jwks: { keys: [publicJwk] } };
}

function readIssuerFile(file: string): DevIssuer | undefined {
  if (!fs.existsSync(file)) return undefined;
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as {
    kid?: string;
    privateJwk?: JWK;
    publicJwk?: JWK;
  };
  if (!raw.kid || !raw.privateJwk || !raw.publicJwk) throw new Error(`${file} is not a dev issuer key file`);
  return {
    kid: raw.kid,
    privateJwk: raw.privateJwk,
    publicJwk: raw.publicJwk,
    jwks: { keys: [raw.publicJwk] },
  };
}

/** Signs an access token shaped like an Entra v2 token (tid, oid, scp, roles). */
export async function signDevToken(issuer: DevIssuer, claims: DevTokenClaims): Promise<string> {
  const key = await importJWK(issuer.privateJwk, "RS256");
  const payload: Record<string, unknown> = {
    tid: claims.tenant,
    oid: claims.user,
    scp: DEV_SCOPE,
    roles: claims.roles ?? [],
  };
  if (claims.name) payload.name = claims.name;
  if (claims.cohort) payload.cohort = claims.cohort;
  if (claims.department) payload.department = claims.department;
  if (claims.job) payload.job = claims.job;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "RS256", kid: issuer.kid, typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(claims.user)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(
      typeof claims.expiresIn === "number"
        ? Math.floor(Date.now() / 1000) + claims.expiresIn
        : (claims.expiresIn ?? "1h"),
    )
    .sign(key);
}
