/**
 * Builds the real tenant API for integration tests: a temporary SQLite file, or — when DATABASE_URL
 * is set — a fresh PostgreSQL schema per app (dropped on close), so parallel Jest workers never meet.
 *
 *   const api = await createTestApi();
 *   const token = await api.token({ tenant: "t1", user: "u1", roles: ["Admin"] });
 *   const res = await api.inject({ method: "GET", url: "/api/v1/me", token });
 *   const twin = await createTestApi({ sameDatabaseAs: api }); // a second instance, same database
 *   await api.close(); await twin.close();
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../../src/server/app";
import { loadConfig, type AppConfig, type ConfigOverrides } from "../../src/server/config";
import { signDevToken, type DevTokenClaims } from "../../src/server/auth/dev-issuer";
import { getTenantSettings } from "../../src/server/tenants/settings";
import { ensureUser } from "../../src/server/tenants/users";

export interface TestApi {
  app: FastifyInstance;
  config: AppConfig;
  /** Which database this run uses. */
  dialect: "sqlite" | "postgres";
  /**
   * A dev-issuer token accepted by this app (dev mode only). Its user has accepted the tenant's
   * current charter (as after the pane's onboarding), unless `acceptCharter: false`.
   */
  token(claims: DevTokenClaims, options?: { acceptCharter?: boolean }): Promise<string>;
  /** `app.inject` with an optional Bearer token and JSON body. */
  inject(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Overrides on top of test defaults (HTTP, silent logs, temporary data folder). */
  config?: ConfigOverrides;
  /** Environment variables given to `loadConfig` (e.g. Entra settings); DATABASE_URL is added. */
  env?: NodeJS.ProcessEnv;
  /** Build a second instance on the same database and data folder (same dev issuer keys). */
  sameDatabaseAs?: TestApi;
}

/** True when the suite runs against PostgreSQL. */
export const onPostgres = Boolean(process.env.DATABASE_URL);

export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const shared = options.sameDatabaseAs?.config;
  const dataDir = shared?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "parcours-api-"));
  const schema =
    shared?.databaseSchema ?? (onPostgres ? `t_${process.pid}_${randomBytes(4).toString("hex")}` : undefined);
  const env: NodeJS.ProcessEnv = { ...options.env };
  if (onPostgres) env.DATABASE_URL = process.env.DATABASE_URL;
  const config = loadConfig(env, {
    dataDir,
    https: false,
    logLevel: "silent",
    retentionSweepMs: 0,
    ...(schema ? { databaseSchema: schema } : {}),
    staticDir: path.join(dataDir, "no-dist"),
    ...options.config,
  });
  const app = await buildApp(config);
  const owner = shared === undefined;
  return {
    app,
    config,
    dialect: config.databaseUrl ? "postgres" : "sqlite",
    async token(claims, { acceptCharter = true } = {}) {
      if (!app.devIssuer) throw new Error("token() needs an app in dev mode");
      const token = await signDevToken(app.devIssuer, claims);
      if (acceptCharter) await acceptCurrentCharter(app, token);
      return token;
    },
    inject({ token, ...rest }) {
      const headers = { ...(rest.headers ?? {}) } as Record<string, string>;
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      return app.inject({ ...rest, headers });
    },
    async close() {
      await app.close();
      if (!owner) return;
      if (config.databaseUrl && schema) await dropSchema(config.databaseUrl, schema);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What the pane's onboarding records — the user's row, with the tenant's current charter version
 * accepted — written straight to the store, so it uses none of the caller's rate-limit allowance.
 */
async function acceptCurrentCharter(app: FastifyInstance, token: string): Promise<void> {
  let principal;
  try {
    principal = await app.verifyToken(token);
  } catch {
    return; // Tokens made to be refused (expired, other audience…) have no charter to accept.
  }
  const db = app.store.db;
  await ensureUser(db, principal);
  const { charter } = await getTenantSettings(db, principal.tenantId);
  await db
    .updateTable("users")
    .set({ charter_version_accepted: charter.version, charter_accepted_at: new Date().toISOString() })
    .where("tenant_id", "=", principal.tenantId)
    .where("user_id", "=", principal.userId)
    .execute();
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** Parses a JSON response body (problem+json included). */
export function body<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}
