import { SignJWT, base64url, exportSPKI } from "jose";
import { createHmac } from "node:crypto";
import { body, createTestApi, type TestApi } from "../../support/api";
import { startJwksServer, type JwksServer, type SigningKey } from "../../support/jwks-server";

const TENANT = "11111111-2222-3333-4444-555555555555";
const OTHER_TENANT = "99999999-8888-7777-6666-555555555555";
const CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

describe("Entra ID access tokens", () => {
  let jwks: JwksServer;
  let api: TestApi;
  let key: SigningKey;

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: `${jwks.authority}/${TENANT}/v2.0`,
    aud: CLIENT_ID,
    tid: TENANT,
    oid: "user-1",
    name: "Camille Martin",
    scp: "access_as_user",
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    ...overrides,
  });
  const me = (token: string) => api.inject({ method: "GET", url: "/api/v1/me", token });

  beforeAll(async () => {
    jwks = await startJwksServer();
    key = await jwks.newKey();
    jwks.published = [key];
    api = await createTestApi({
      env: { AUTH_TENANT_IDS: TENANT, AUTH_CLIENT_ID: CLIENT_ID, AUTH_AUTHORITY_HOST: jwks.authority },
      config: { auth: { jwksCooldownMs: 0 } },
    });
  });
  afterAll(async () => {
    await api.close();
    await jwks.close();
  });

  it("accepts a valid token and identifies the user by tenant and object id", async () => {
    const res = await me(await jwks.sign(key, claims()));
    expect(res.statusCode).toBe(200);
    expect(body(res)).toMatchObject({ tenant: TENANT, user: "user-1", name: "Camille Martin", roles: [] });
  });

  it("accepts the api:// form of the audience", async () => {
    expect((await me(await jwks.sign(key, claims({ aud: `api://${CLIENT_ID}` })))).statusCode).toBe(200);
  });

  it("keeps the dev issuer off in Entra mode", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { tenant: "t", user: "u" },
    });
    expect(res.statusCode).toBe(404);
  });

  const refused: Array<[string, () => Promise<string>, number, string]> = [
    [
      "expired",
      () => jwks.sign(key, claims({ exp: now() - 600, iat: now() - 4000, nbf: now() - 4000 })),
      401,
      "invalid_token",
    ],
    ["not yet valid", () => jwks.sign(key, claims({ nbf: now() + 600 })), 401, "invalid_token"],
    [
      "wrong audience",
      () => jwks.sign(key, claims({ aud: "00000003-0000-0000-c000-000000000000" })),
      401,
      "invalid_token",
    ],
    [
      "wrong issuer (v1 endpoint)",
      () => jwks.sign(key, claims({ iss: `https://sts.windows.net/${TENANT}/` })),
      401,
      "invalid_token",
    ],
    [
      "issuer of another tenant",
      () => jwks.sign(key, claims({ iss: `${jwks.authority}/${OTHER_TENANT}/v2.0` })),
      401,
      "invalid_token",
    ],
    [
      "tenant not allowed",
      () => jwks.sign(key, claims({ tid: OTHER_TENANT, iss: `${jwks.authority}/${OTHER_TENANT}/v2.0` })),
      403,
      "tenant_not_allowed",
    ],
    ["missing scope", () => jwks.sign(key, claims({ scp: "User.Read" })), 403, "insufficient_scope"],
    [
      "app-only token (roles, no scp)",
      () => jwks.sign(key, claims({ scp: undefined, roles: ["Admin"] })),
      403,
      "insufficient_scope",
    ],
    ["no oid", () => jwks.sign(key, claims({ oid: undefined })), 401, "invalid_token"],
    [
      "alg none",
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
        return `${header}.${base64url.encode(JSON.stringify(claims()))}.`;
      },
      401,
      "invalid_token",
    ],
    [
      "HS256 signed with the public key",
      async () => {
        const pem = await exportSPKI(await jwksPublicKey(key));
        const header = base64url.encode(JSON.stringify({ alg: "HS256", typ: "JWT", kid: key.kid }));
        const payload = base64url.encode(JSON.stringify(claims()));
        const signature = createHmac("sha256", pem).update(`${header}.${payload}`).digest("base64url");
        return `${header}.${payload}.${signature}`;
      },
      401,
      "invalid_token",
    ],
    [
      "signature of another key under a published kid",
      async () => {
        const impostor = await jwks.newKey();
        return new SignJWT(claims())
          .setProtectedHeader({ alg: "RS256", kid: key.kid })
          .sign(impostor.privateKey);
      },
      401,
      "invalid_token",
    ],
    ["garbage", async () => "not-a-token", 401, "invalid_token"],
    ["three garbage segments", async () => "a.b.c", 401, "invalid_token"],
  ];

  it.each(refused)("refuses a token: %s", async (_name, make, status, code) => {
    const res = await me(await make());
    expect(res.statusCode).toBe(status);
    expect(body(res)).toMatchObject({ status, code });
  });

  it("refuses a forged copy of a token it has already accepted (the cache is keyed on the whole token)", async () => {
    const token = await jwks.sign(key, claims({ oid: "user-cached" }));
    expect((await me(token)).statusCode).toBe(200);
    expect((await me(token)).statusCode).toBe(200);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    // The same signature over edited claims, and the same claims under a changed signature.
    const edited = base64url.encode(JSON.stringify({ ...claims({ oid: "user-cached" }), roles: ["Admin"] }));
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
    for (const forged of [`${header}.${edited}.${signature}`, `${header}.${payload}.${flipped}`]) {
      const res = await me(forged);
      expect(res.statusCode).toBe(401);
      expect(body(res)).toMatchObject({ code: "invalid_token" });
    }
  });

  it("refuses a request without a token (401 unauthorized) and a non-Bearer scheme", async () => {
    const none = await api.inject({ method: "GET", url: "/api/v1/me" });
    expect(none.statusCode).toBe(401);
    expect(body(none)).toMatchObject({ code: "unauthorized" });
    expect(none.headers["www-authenticate"]).toBe("Bearer");
    const basic = await api.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: "Basic dXNlcjpwYXNz" },
    });
    expect(basic.statusCode).toBe(401);
  });

  it("refetches the key set for an unknown kid, so a rotated key is accepted once published", async () => {
    const rotated = await jwks.newKey();
    const token = await jwks.sign(rotated, claims());
    const before = await me(token);
    expect(before.statusCode).toBe(401);
    const fetches = jwks.fetches;
    jwks.published = [key, rotated];
    const after = await me(token);
    expect(after.statusCode).toBe(200);
    expect(jwks.fetches).toBeGreaterThan(fetches);
  });

  it("reads app roles: Admin reaches administration, a learner does not", async () => {
    const learner = await me(await jwks.sign(key, claims()));
    expect(learner.statusCode).toBe(200);
    const denied = await api.inject({
      method: "GET",
      url: "/api/v1/admin/settings",
      token: await jwks.sign(key, claims()),
    });
    expect(denied.statusCode).toBe(403);
    expect(body(denied)).toMatchObject({ code: "forbidden" });
    const admin = await api.inject({
      method: "GET",
      url: "/api/v1/admin/settings",
      token: await jwks.sign(key, claims({ roles: ["Admin", "Unknown.Role"] })),
    });
    expect(admin.statusCode).toBe(200);
  });
});

async function jwksPublicKey(key: SigningKey) {
  const { importJWK } = await import("jose");
  return (await importJWK(key.publicJwk, "RS256")) as Parameters<typeof exportSPKI>[0];
}

describe("dev issuer", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it("signs a token the API accepts and publishes its public keys", async () => {
    const issued = await api.inject({
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { tenant: "dev", user: "preview", roles: ["PilotLead"] },
    });
    expect(issued.statusCode).toBe(200);
    const { token } = body<{ token: string }>(issued);
    const res = await api.inject({ method: "GET", url: "/api/v1/me", token });
    expect(body(res)).toMatchObject({ tenant: "dev", user: "preview", roles: ["PilotLead"] });
    const keys = body<{ keys: Array<Record<string, unknown>> }>(
      await api.inject({ method: "GET", url: "/api/v1/dev/jwks.json" }),
    );
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).not.toHaveProperty("d");
  });

  it("issues dev tokens only to this machine", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { tenant: "dev", user: "intruder", roles: ["Admin"] },
      remoteAddress: "192.168.1.20",
    });
    expect(res.statusCode).toBe(403);
    expect(body(res)).toMatchObject({ code: "dev_token_loopback_only" });
  });

  it("refuses an expired dev token", async () => {
    const token = await api.token({ tenant: "dev", user: "u", expiresIn: -120 });
    expect((await api.inject({ method: "GET", url: "/api/v1/me", token })).statusCode).toBe(401);
  });
});

describe("Entra ID key endpoint down", () => {
  it("answers 503 identity_unavailable, not 401, so the pane does not sign the user out", async () => {
    const jwks = await startJwksServer();
    const key = await jwks.newKey();
    const authority = jwks.authority;
    await jwks.close();
    const api = await createTestApi({
      env: { AUTH_TENANT_IDS: TENANT, AUTH_CLIENT_ID: CLIENT_ID, AUTH_AUTHORITY_HOST: authority },
    });
    try {
      const now = Math.floor(Date.now() / 1000);
      const token = await jwks.sign(key, {
        iss: `${authority}/${TENANT}/v2.0`,
        aud: CLIENT_ID,
        tid: TENANT,
        oid: "user-1",
        scp: "access_as_user",
        exp: now + 3600,
      });
      const res = await api.inject({ method: "GET", url: "/api/v1/me", token });
      expect(res.statusCode).toBe(503);
      expect(body(res)).toMatchObject({ code: "identity_unavailable" });
    } finally {
      await api.close();
    }
  });
});
