import type { LightMyRequestResponse } from "fastify";
import { createTestApi, type TestApi } from "../../support/api";
import type { ModelServer } from "../../support/model-server";

export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Parses a text/event-stream body into events (data is JSON in this API). */
export function sseEvents(response: LightMyRequestResponse): SseEvent[] {
  return response.body
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      return { event, data: JSON.parse(data.join("\n")) as Record<string, unknown> };
    });
}

/** The streamed answer: every chunk's text, joined. */
export function answerOf(events: SseEvent[]): string {
  return events
    .filter((e) => e.event === "chunk")
    .map((e) => e.data.text as string)
    .join("");
}

/** The real API pointed at the loopback model server as an OpenAI-compatible provider. */
export function apiWithModel(server: ModelServer, env: NodeJS.ProcessEnv = {}): Promise<TestApi> {
  return createTestApi({
    env: { LLM_PROVIDER: "compatible", LLM_BASE_URL: server.baseURL, LLM_MODEL: "loopback-model", ...env },
  });
}

export function chat(api: TestApi, token: string, payload: Record<string, unknown>) {
  return api.inject({ method: "POST", url: "/api/v1/llm/chat", token, payload });
}
