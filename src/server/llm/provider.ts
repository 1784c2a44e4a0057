import OpenAI, { AzureOpenAI } from "openai";
import type { ChatUsage } from "../../core/api/llm";
import type { LlmConfig } from "./config";

export type ConfiguredLlm = Extract<LlmConfig, { configured: true }>;

export interface ModelMessage {
  role: "system" | "user";
  content: string;
}

/** What a streaming answer yields: pieces of text, and the token usage when the provider reports it. */
export type ModelEvent = { kind: "text"; text: string } | { kind: "usage"; usage: ChatUsage };

/** One model behind the gateway. */
export interface ModelClient {
  /** `provider:model` for logs. */
  readonly label: string;
  /**
   * Opens a streamed completion. Resolves once the provider has accepted the request (the SDK's
   * timeout and retries with backoff apply up to here); the events then arrive as they stream.
   */
  openStream(messages: ModelMessage[], signal: AbortSignal): Promise<AsyncIterable<ModelEvent>>;
}

/** The `openai` SDK client and model (or Azure deployment) for the configured provider. */
export function createOpenAIClient(llm: ConfiguredLlm): { client: OpenAI; model: string } {
  const common = {
    timeout: llm.timeoutMs,
    maxRetries: llm.maxRetries,
    logLevel: "off" as const,
    fetch: fetchNamingTimeouts,
  };
  const client =
    llm.provider === "azure"
      ? new AzureOpenAI({
          ...common,
          endpoint: llm.endpoint,
          apiKey: llm.apiKey,
          deployment: llm.deployment,
          apiVersion: llm.apiVersion,
        })
      : new OpenAI({ ...common, apiKey: llm.apiKey, ...(llm.baseURL ? { baseURL: llm.baseURL } : {}) });
  return { client, model: llm.provider === "azure" ? llm.deployment : llm.model };
}

/** A client for OpenAI, Azure OpenAI or any OpenAI-compatible server, through the `openai` SDK. */
export function createModelClient(llm: ConfiguredLlm): ModelClient {
  const { client, model } = createOpenAIClient(llm);

  return {
    label: `${llm.provider}:${model}`,
    async openStream(messages, signal) {
      const stream = await client.chat.completions.create(
        { model, messages, stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      return (async function* events(): AsyncGenerator<ModelEvent> {
        for await (const chunk of stream) {
          if (!chunk || typeof chunk !== "object" || !Array.isArray(chunk.choices)) {
            throw new MalformedAnswer("a stream chunk without choices");
          }
          const text = chunk.choices[0]?.delta?.content;
          if (typeof text === "string" && text !== "") yield { kind: "text", text };
          if (chunk.usage) {
            yield {
              kind: "usage",
              usage: {
                promptTokens: chunk.usage.prompt_tokens ?? 0,
                completionTokens: chunk.usage.completion_tokens ?? 0,
                totalTokens: chunk.usage.total_tokens ?? 0,
              },
            };
          }
        }
      })();
    },
  };
}

/**
 * The SDK aborts a request when its timeout elapses and recognises the abort by the error's name,
 * which some runtimes (and test sandboxes) do not preserve; it then reports a plain connection error.
 * Naming the timeout in the message lets the SDK classify it (a caller's own abort is checked first).
 */
async function fetchNamingTimeouts(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (err) {
    if (init?.signal?.aborted) throw new Error("request timed out", { cause: err });
    throw err;
  }
}

/** The provider answered something that is not a chat completion stream. */
export class MalformedAnswer extends Error {
  override name = "MalformedAnswer";
}
