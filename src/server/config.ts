import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readLlmConfig, type LlmConfig } from "./llm/config";

/** Where the package lives, so `dist/` and `content/` are found whatever the working directory. */
export const PACKAGE_ROOT = path.resolve(__dirname, "../..");

export const RETENTION_MODES = ["none", "redacted", "full"] as const;
export type PromptRetention = (typeof RETENTION_MODES)[number];

/** Entra ID settings; absent (`mode: "dev"`) when the local dev issuer signs tokens. */
export interface AuthConfig {
  mode: "entra" | "dev";
  /** Tenants whose tokens are accepted (Entra mode). */
  tenantIds: string[];
  /** The API's application (client) id; tokens must carry it (or `api://<id>`) as `aud`. */
  clientId: string;
  requiredScope: string;
  /** `https://login.microsoftonline.com` in production; a loopback server in tests. */
  authorityHost: string;
  /** Minimum time between two JWKS downloads triggered by an unknown `kid`. */
  jwksCooldownMs: number;
}

export interface RateLimitConfig {
  /** Requests per user per window. */
  userMax: number;
  /** Requests per client IP per window. */
  ipMax: number;
  windowMs: number;
  /**
   * Where the counters live: the database (shared by every instance; the default on PostgreSQL) or
   * this process's memory (the default on SQLite, a single process).
   */
  store: "database" | "memory";
}

/** How long a client may take to send a request, and how many connections it may hold. */
export interface ConnectionLimits {
  /** Whole request (headers and body) must arrive within this; else 408 and the socket closes. */
  requestTimeoutMs: number;
  /** Open connections the server accepts at once; more are closed on arrival. */
  maxConnections: number;
  /** Open connections per client address (not applied behind a trusted proxy, where all share one). */
  maxConnectionsPerIp: number;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Holds the SQLite file, the dev issuer's key pair and the self-signed certificate. */
  dataDir: string;
  sqliteFile: string;
  /** PostgreSQL when set; SQLite otherwise. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema holding the tables (default `public`); tests use one per file. */
  databaseSchema: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Public origin of the deployment (manifests, links); defaults to the local URL. */
  publicUrl: string | undefined;
  https: boolean;
  tlsCertFile: string | undefined;
  tlsKeyFile: string | undefined;
  bodyLimit: number;
  /** Behind a reverse proxy: take the client IP (rate limits, logs) from X-Forwarded-For. */
  trustProxy: boolean;
  auth: AuthConfig;
  retainPrompts: PromptRetention;
  /** A tenant's own content folder (exercises), merged over the built-in catalog. */
  contentDir: string | undefined;
  /** Days during which a recommended exercise is not suggested again (unless nothing else fits). */
  noRepeatDays: number;
  /** Built task pane; a page explaining how to build it is served when it is missing. */
  staticDir: string;
  rateLimit: RateLimitConfig;
  connections: ConnectionLimits;
  xapi: { endpoint: string | undefined; auth: string | undefined };
  /** How often attempts past the tenant's retention period are purged; 0 disables the timer. */
  retentionSweepMs: number;
  /** Run pending migrations when the app starts (`parcours migrate` runs them on demand). */
  migrateOnStart: boolean;
  /** The model provider behind /api/v1/llm (LLM_* and AZURE_OPENAI_* variables). */
  llm: LlmConfig;
  /** Blend an LLM judge into the official score when a model is configured (LLM_JUDGE, default on). */
  llmJudge: boolean;
}

export type ConfigOverrides = {
  [K in keyof AppConfig]?: AppConfig[K] extends unknown[]
    ? AppConfig[K]
    : AppConfig[K] extends object
      ? Partial<AppConfig[K]>
      : AppConfig[K];
};

/** Raised when the environment is invalid; the message names every faulty variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (v) => ["", "1", "0", "true", "false", "yes", "no", "on", "off"].includes(v),
    "must be true or false",
  )
  .transform((v) => (v === "" ? undefined : ["1", "true", "yes", "on"].includes(v)))
  .optional();

const intIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`)
    .optional();

const url = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .refine((v) => v === undefined || URL.canParse(v), "must be an absolute URL")
  .optional();

/** One entry per environment variable, so validation messages name the variable. */
const EnvSchema = z.object({
  PORT: intIn(0, 65535),
  HOST: optionalText,
  DATA_DIR: optionalText,
  SQLITE_FILE: optionalText,
  DATABASE_URL: url,
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lowercase SQL identifier")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  PUBLIC_URL: url,
  HTTPS: flag,
  HTTP: flag,
  TLS_CERT_FILE: optionalText,
  TLS_KEY_FILE: optionalText,
  BODY_LIMIT: intIn(1024, 50 * 1024 * 1024),
  TRUST_PROXY: flag,
  AUTH_TENANT_IDS: optionalText,
  AUTH_CLIENT_ID: optionalText,
  AUTH_REQUIRED_SCOPE: optionalText,
  AUTH_AUTHORITY_HOST: url,
  RETAIN_PROMPTS: z.enum(RETENTION_MODES).optional(),
  CONTENT_DIR: optionalText,
  NO_REPEAT_DAYS: intIn(0, 365),
  STATIC_DIR: optionalText,
  RATE_LIMIT_USER_MAX: intIn(1, 1_000_000),
  RATE_LIMIT_IP_MAX: intIn(1, 1_000_000),
  RATE_LIMIT_WINDOW_MS: intIn(1000, 24 * 3600 * 1000),
  RATE_LIMIT_STORE: z.enum(["database", "memory"]).optional(),
  REQUEST_TIMEOUT_MS: intIn(1000, 600_000),
  MAX_CONNECTIONS: intIn(1, 1_000_000),
  MAX_CONNECTIONS_PER_IP: intIn(1, 1_000_000),
  XAPI_ENDPOINT: url,
  XAPI_AUTH: optionalText,
  RETENTION_SWEEP_MINUTES: intIn(0, 7 * 24 * 60),
  LLM_JUDGE: flag,
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads and validates the environment once. `overrides` (from command-line options or tests) win
 * over the environment. Throws `ConfigError` naming each invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): AppConfig {
  const parsed = EnvSchema.safeParse(pickKnown(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? "environment")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const problems: string[] = [];

  const tenantIds = (e.AUTH_TENANT_IDS ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  for (const t of tenantIds)
    if (!GUID.test(t)) problems.push(`  AUTH_TENANT_IDS: "${t}" is not a tenant GUID`);
  const entra = tenantIds.length > 0 || e.AUTH_CLIENT_ID !== undefined;
  if (entra && tenantIds.length === 0)
    problems.push("  AUTH_TENANT_IDS: required when AUTH_CLIENT_ID is set");
  if (entra && e.AUTH_CLIENT_ID === undefined)
    problems.push("  AUTH_CLIENT_ID: required when AUTH_TENANT_IDS is set");
  if (e.HTTPS !== undefined && e.HTTP !== undefined && e.HTTPS === e.HTTP)
    problems.push("  HTTP: contradicts HTTPS; set only one of them");
  if ((e.TLS_CERT_FILE === undefined) !== (e.TLS_KEY_FILE === undefined))
    problems.push("  TLS_CERT_FILE: TLS_CERT_FILE and TLS_KEY_FILE go together");
  const { llm, problems: llmProblems } = readLlmConfig(env);
  problems.push(...llmProblems);
  if (e.CONTENT_DIR !== undefined && !isFolder(path.resolve(e.CONTENT_DIR)))
    problems.push(`  CONTENT_DIR: "${path.resolve(e.CONTENT_DIR)}" is not a folder`);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);

  const dataDir = path.resolve(overrides.dataDir ?? e.DATA_DIR ?? "data");
  const base: AppConfig = {
    port: e.PORT ?? 3000,
    host: e.HOST ?? "localhost",
    dataDir,
    sqliteFile: path.resolve(dataDir, e.SQLITE_FILE ?? "parcours.sqlite"),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    logLevel: e.LOG_LEVEL ?? "info",
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    https: e.HTTPS ?? (e.HTTP === undefined ? true : !e.HTTP),
    tlsCertFile: e.TLS_CERT_FILE,
    tlsKeyFile: e.TLS_KEY_FILE,
    bodyLimit: e.BODY_LIMIT ?? 1024 * 1024,
    trustProxy: e.TRUST_PROXY ?? false,
    auth: {
      mode: entra ? "entra" : "dev",
      tenantIds,
      clientId: e.AUTH_CLIENT_ID ?? DEV_AUDIENCE,
      requiredScope: e.AUTH_REQUIRED_SCOPE ?? "access_as_user",
      authorityHost: (e.AUTH_AUTHORITY_HOST ?? "https://login.microsoftonline.com").replace(/\/+$/, ""),
      jwksCooldownMs: 30_000,
    },
    retainPrompts: e.RETAIN_PROMPTS ?? "none",
    contentDir: e.CONTENT_DIR === undefined ? undefined : path.resolve(e.CONTENT_DIR),
    noRepeatDays: e.NO_REPEAT_DAYS ?? 3,
    staticDir: path.resolve(e.STATIC_DIR ?? path.join(PACKAGE_ROOT, "dist")),
    rateLimit: {
      userMax: e.RATE_LIMIT_USER_MAX ?? 600,
      ipMax: e.RATE_LIMIT_IP_MAX ?? 3000,
      windowMs: e.RATE_LIMIT_WINDOW_MS ?? 60_000,
      store: e.RATE_LIMIT_STORE ?? (e.DATABASE_URL ? "database" : "memory"),
    },
    connections: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS ?? 15_000,
      maxConnections: e.MAX_CONNECTIONS ?? 2000,
      maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP ?? 200,
    },
    xapi: { endpoint: e.XAPI_ENDPOINT, auth: e.XAPI_AUTH },
    retentionSweepMs: (e.RETENTION_SWEEP_MINUTES ?? 60) * 60_000,
    migrateOnStart: true,
    llm,
    llmJudge: e.LLM_JUDGE ?? true,
  };
  return mergeOverrides(base, overrides);
}

/** Audience of dev-issuer tokens. */
export const DEV_AUDIENCE = "api://parcours-dev";

function isFolder(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function pickKnown(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeOverrides(base: AppConfig, overrides: ConfigOverrides): AppConfig {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : (value as unknown);
  }
  return merged as unknown as AppConfig;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
