/**
 * A stand-in for Entra ID's key endpoint on loopback: serves `/{tenant}/discovery/v2.0/keys` and signs
 * access tokens shaped like Entra v2 tokens. Keys can be rotated to test unknown-`kid` refresh.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from "jose";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface JwksServer {
  /** `http://127.0.0.1:<port>` — use as AUTH_AUTHORITY_HOST. */
  authority: string;
  /** Keys currently published. */
  published: SigningKey[];
  /** How many times the key set was downloaded. */
  fetches: number;
  newKey(): Promise<SigningKey>;
  sign(key: SigningKey, claims: JWTPayload, options?: { header?: Record<string, unknown> }): Promise<string>;
  close(): Promise<void>;
}

export async function startJwksServer(): Promise<JwksServer> {
  const state: JwksServer = {
    authority: "",
    published: [],
    fetches: 0,
    async newKey() {
      const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
      const kid = randomUUID();
      return {
        kid,
        privateKey,
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
      };
    },
    async sign(key, claims, options = {}) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT", ...options.header })
        .sign(key.privateKey);
    },
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && /^\/[^/]+\/discovery\/v2\.0\/keys$/.test(req.url ?? "")) {
      state.fetches++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: state.published.map((k) => k.publicJwk) }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.authority = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
