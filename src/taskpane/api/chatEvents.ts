import { ChatEventSchemas, type ChatEventName, type ChatEvents } from "../../core/api/llm";
import { ApiProblem } from "./problem";
import type { SseEvent } from "./sse";

// The stream reader comes with the schemas: neither is needed before the first answer is asked for.
export { readSse } from "./sse";

/** One event of the chat stream, its data checked against the schema the server writes it with. */
export type ChatStreamEvent = { [E in ChatEventName]: { event: E; data: ChatEvents[E] } }[ChatEventName];

/** Problem code of a chat stream event the pane cannot read (the API and the pane disagree). */
export const BAD_STREAM_EVENT = "bad_stream_event";

/**
 * Reads one Server-Sent Event of `POST /llm/chat` with the core schemas. Events this pane does not
 * know are skipped (null), so a newer API can add some; a known event whose data is not JSON or not
 * of its shape is an ApiProblem `bad_stream_event` saying which event and what is wrong.
 */
export function parseChatEvent(sse: SseEvent): ChatStreamEvent | null {
  const event = CHAT_EVENT_NAMES.find((name) => name === sse.event);
  if (!event) return null;
  let data: unknown;
  try {
    data = JSON.parse(sse.data);
  } catch {
    throw badEvent(event, "its data is not JSON");
  }
  const parsed = ChatEventSchemas[event].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw badEvent(event, `${where}${issue?.message ?? "unexpected shape"}`);
  }
  return { event, data: parsed.data } as ChatStreamEvent;
}

const CHAT_EVENT_NAMES = Object.keys(ChatEventSchemas) as ChatEventName[];

function badEvent(event: string, why: string): ApiProblem {
  return new ApiProblem({
    status: 502,
    code: BAD_STREAM_EVENT,
    detail: `The answer stream's "${event}" event cannot be read (${why}).`,
  });
}
