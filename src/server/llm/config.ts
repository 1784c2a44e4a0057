/**
 * Model provider settings, read from the environment with the rest of the configuration
 * (src/server/config.ts). Invalid values are configuration errors naming the variable; a provider that
 * is not set up at all leaves the gateway "not configured" (503 `llm_not_configured`) while the rest
 * of the API works.
 */

export const LLM_PROVIDERS = ["openai", "azure", "compatible"] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

/** Azure OpenAI API version used when OPENAI_API_VERSION is not set. */
export const DEFAULT_AZURE_API_VERSION = "2024-10-21";
export const DEFAULT_LLM_TIMEOUT_MS = 60_000;
export const DEFAULT_LLM_IDLE_TIMEOUT_MS = 20_000;
export const DEFAULT_LLM_MAX_RETRIES = 2;
export const DEFAULT_LLM_MAX_OUTPUT_TOKENS = 1024;
export const DEFAULT_LLM_MAX_ANSWER_CHARS = 20_000;

interface LlmCommon {
  /**
   * One deadline per model call, whatever happens inside it: every try, the backoff and
   * `Retry-After` waits between tries, and the whole streamed answer.
   */
  timeoutMs: number;
  /** Longest silence allowed while an answer streams (at most `timeoutMs`). */
  idleTimeoutMs: number;
  /** Retries on 408, 409, 429, 5xx and connection failures, with backoff, inside `timeoutMs`. */
  maxRetries: number;
  /** Output tokens a chat answer may use when its exercise sets no cap of its own. */
  maxOutputTokens: number;
  /** Characters of an answer relayed to the pane; the rest is cut off and the stream says so. */
  maxAnswerChars: number;
}

export type LlmConfig =
  | (LlmCommon & { configured: false; provider: LlmProviderName | undefined; missing: string[] })
  | (LlmCommon & {
      configured: true;
      provider: "openai" | "compatible";
      /** Undefined: api.openai.com. */
      baseURL: string | undefined;
      apiKey: string;
      model: string;
    })
  | (LlmCommon & {
      configured: true;
      provider: "azure";
      endpoint: string;
      apiKey: string;
      deployment: string;
      apiVersion: string;
    });

/** Every variable the gateway reads. */
export const LLM_ENV_VARS = [
  "LLM_PROVIDER",
  "LLM_BASE_URL",
  "LLM_API_KEY",
  "LLM_MODEL",
  "AZURE_OPENAI_ENDPOINT",
  "AZURE_OPENAI_API_KEY",
  "AZURE_OPENAI_DEPLOYMENT",
  "OPENAI_API_VERSION",
  "LLM_TIMEOUT_MS",
  "LLM_IDLE_TIMEOUT_MS",
  "LLM_MAX_RETRIES",
  "LLM_MAX_OUTPUT_TOKENS",
  "LLM_MAX_ANSWER_CHARS",
] as const;

/** How to set a provider up; returned with 503 `llm_not_configured`. */
export const LLM_SETUP_HELP =
  "Set LLM_PROVIDER=openai with LLM_API_KEY and LLM_MODEL; or LLM_PROVIDER=azure with " +
  "AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT (and OPENAI_API_VERSION); or " +
  "LLM_PROVIDER=compatible with LLM_BASE_URL and LLM_MODEL (LLM_API_KEY if the server needs one), " +
  "then restart the API.";

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function absoluteUrl(env: NodeJS.ProcessEnv, name: string, problems: string[]): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    problems.push(`  ${name}: must be an absolute http(s) URL`);
    return undefined;
  }
  return value.replace(/\/+$/, "");
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    problems.push(`  ${name}: must be a whole number between ${min} and ${max}`);
    return undefined;
  }
  return Number(value);
}

/**
 * Reads the model provider from `env`. `problems` lists invalid variables (one line each, naming the
 * variable) for the caller's configuration error.
 */
export function readLlmConfig(env: NodeJS.ProcessEnv): { llm: LlmConfig; problems: string[] } {
  const problems: string[] = [];
  const timeoutMs = integer(env, "LLM_TIMEOUT_MS", 1, 3_600_000, problems) ?? DEFAULT_LLM_TIMEOUT_MS;
  const common: LlmCommon = {
    timeoutMs,
    idleTimeoutMs: Math.min(
      timeoutMs,
      integer(env, "LLM_IDLE_TIMEOUT_MS", 1, 3_600_000, problems) ?? DEFAULT_LLM_IDLE_TIMEOUT_MS,
    ),
    maxRetries: integer(env, "LLM_MAX_RETRIES", 0, 10, problems) ?? DEFAULT_LLM_MAX_RETRIES,
    maxOutputTokens:
      integer(env, "LLM_MAX_OUTPUT_TOKENS", 16, 128_000, problems) ?? DEFAULT_LLM_MAX_OUTPUT_TOKENS,
    maxAnswerChars:
      integer(env, "LLM_MAX_ANSWER_CHARS", 100, 10_000_000, problems) ?? DEFAULT_LLM_MAX_ANSWER_CHARS,
  };
  const requested = text(env, "LLM_PROVIDER")?.toLowerCase();
  if (requested !== undefined && !(LLM_PROVIDERS as readonly string[]).includes(requested)) {
    problems.push(`  LLM_PROVIDER: must be one of ${LLM_PROVIDERS.join(", ")}`);
  }
  const baseURL = absoluteUrl(env, "LLM_BASE_URL", problems);
  const endpoint = absoluteUrl(env, "AZURE_OPENAI_ENDPOINT", problems);
  const apiKey = text(env, "LLM_API_KEY");
  const model = text(env, "LLM_MODEL");

  // Without LLM_PROVIDER, the variables that are set say which provider is meant.
  const provider: LlmProviderName | undefined =
    requested !== undefined
      ? (LLM_PROVIDERS as readonly string[]).includes(requested)
        ? (requested as LlmProviderName)
        : undefined
      : endpoint !== undefined || text(env, "AZURE_OPENAI_DEPLOYMENT") !== undefined
        ? "azure"
        : baseURL !== undefined
          ? "compatible"
          : apiKey !== undefined || model !== undefined
            ? "openai"
            : undefined;

  const notConfigured = (missing: string[]): { llm: LlmConfig; problems: string[] } => ({
    llm: { ...common, configured: false, provider, missing },
    problems,
  });

  if (provider === undefined) return notConfigured(["LLM_PROVIDER"]);
  if (provider === "azure") {
    const azureKey = text(env, "AZURE_OPENAI_API_KEY") ?? apiKey;
    const deployment = text(env, "AZURE_OPENAI_DEPLOYMENT") ?? model;
    const missing = [
      ...(endpoint === undefined ? ["AZURE_OPENAI_ENDPOINT"] : []),
      ...(azureKey === undefined ? ["AZURE_OPENAI_API_KEY"] : []),
      ...(deployment === undefined ? ["AZURE_OPENAI_DEPLOYMENT"] : []),
    ];
    if (endpoint === undefined || azureKey === undefined || deployment === undefined)
      return notConfigured(missing);
    const apiVersion = text(env, "OPENAI_API_VERSION") ?? DEFAULT_AZURE_API_VERSION;
    return {
      llm: { ...common, configured: true, provider, endpoint, apiKey: azureKey, deployment, apiVersion },
      problems,
    };
  }
  const missing = [
    ...(provider === "compatible" && baseURL === undefined ? ["LLM_BASE_URL"] : []),
    ...(provider === "openai" && apiKey === undefined ? ["LLM_API_KEY"] : []),
    ...(model === undefined ? ["LLM_MODEL"] : []),
  ];
  if (missing.length > 0 || model === undefined) return notConfigured(missing);
  return {
    llm: {
      ...common,
      configured: true,
      provider,
      baseURL,
      // Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) often need no key; the SDK needs one.
      apiKey: apiKey ?? "not-needed",
      model,
    },
    problems,
  };
}
