import OpenAI, { AzureOpenAI } from "openai";
import type { ChatUsage } from "../../core/api/llm";
import type { LlmConfig } from "./config";
import { DeadlineExceeded, startDeadline, withRetries } from "./deadline";

export type ConfiguredLlm = Extract<LlmConfig, { configured: true }>;

export interface ModelMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What a streaming answer yields: pieces of text, and the token usage when the provider reports it. */
export type ModelEvent = { kind: "text"; text: string } | { kind: "usage"; usage: ChatUsage };

export interface StreamOptions {
  /** Most tokens the model may write (the exercise's cap, or LLM_MAX_OUTPUT_TOKENS). */
  maxTokens?: number;
}

/** One model behind the gateway. */
export interface ModelClient {
  /** `provider:model` for logs. */
  readonly label: string;
  /**
   * Opens a streamed completion. Resolves once the provider has accepted the request; the events
   * then arrive as they stream. Tries, retries with backoff, `Retry-After` waits and the streamed
   * answer all share one deadline (LLM_TIMEOUT_MS): past it the call fails with `DeadlineExceeded`.
   */
  openStream(
    messages: ModelMessage[],
    signal: AbortSignal,
    options?: StreamOptions,
  ): Promise<AsyncIterable<ModelEvent>>;
}

/**
 * The `openai` SDK client and model (or Azure deployment) for the configured provider. The SDK's own
 * retries are off: its waits honour any `Retry-After` and ignore cancellation, so `withRetries`
 * (src/server/llm/deadline.ts) retries instead, inside the call's deadline.
 */
export function createOpenAIClient(llm: ConfiguredLlm): { client: OpenAI; model: string } {
  const common = {
    timeout: llm.timeoutMs,
    maxRetries: 0,
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
    async openStream(messages, signal, options = {}) {
      const deadline = startDeadline(llm.timeoutMs, signal);
      let stream: Awaited<ReturnType<typeof openOnce>>;
      function openOnce(attemptSignal: AbortSignal, timeout: number) {
        return client.chat.completions.create(
          {
            model,
            messages,
            stream: true,
            stream_options: { include_usage: true },
            ...outputCap(llm, options.maxTokens),
          },
          { signal: attemptSignal, timeout, maxRetries: 0 },
        );
      }
      try {
        stream = await withRetries(deadline, llm.maxRetries, openOnce);
      } catch (err) {
        deadline.dispose();
        throw err;
      }
      return (async function* events(): AsyncGenerator<ModelEvent> {
        try {
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
          // The SDK ends an aborted stream quietly: say why when the deadline did it.
          if (deadline.expired) throw new DeadlineExceeded("the answer did not finish in time");
        } catch (err) {
          if (deadline.expired)
            throw new DeadlineExceeded("the answer did not finish in time", { cause: err });
          throw err;
        } finally {
          deadline.dispose();
        }
      })();
    },
  };
}

/**
 * The cap on the answer's length in the provider's terms: OpenAI and Azure OpenAI take
 * `max_completion_tokens` (reasoning models refuse `max_tokens`); OpenAI-compatible servers
 * (Ollama, vLLM, LM Studio, Mistral) take `max_tokens`.
 */
export function outputCap(
  llm: ConfiguredLlm,
  maxTokens: number | undefined,
): { max_tokens?: number; max_completion_tokens?: number } {
  if (maxTokens === undefined) return {};
  return llm.provider === "compatible" ? { max_tokens: maxTokens } : { max_completion_tokens: maxTokens };
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
