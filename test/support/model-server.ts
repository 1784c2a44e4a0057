/**
 * A loopback OpenAI-compatible model server for tests and benchmarks.
 *
 * Speaks the Chat Completions wire format (plain JSON and `stream: true` Server-Sent Events, with
 * `stream_options.include_usage`), on both the OpenAI path (`/v1/chat/completions`) and the Azure
 * OpenAI path (`/openai/deployments/<deployment>/chat/completions?api-version=…`), so the real `openai`
 * SDK can be pointed at it. Behaviours can be scripted per request: a reply, an HTTP error, a hang,
 * a malformed stream.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatMessage {
  role: string;
  content: string | null | Array<{ type: string; text?: string }>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: {
    model?: string;
    messages?: ChatMessage[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    response_format?: unknown;
    [key: string]: unknown;
  };
  /** Every message's text joined, for "did the model ever see X" assertions. */
  text: string;
}

export type Behaviour =
  /** Answer with `text`; when streaming, split into `chunks` pieces sent `delayMs` apart. */
  | { kind: "reply"; text: string; chunks?: number; delayMs?: number }
  /** Answer with an HTTP status and an OpenAI-style error body. */
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer (until the server closes). */
  | { kind: "hang" }
  /** Start a stream, then send data that is not valid JSON and end. */
  | { kind: "malformed" };

export interface ModelServerOptions {
  /** Reply used when no scripted behaviour is queued; default: a short deterministic answer. */
  respond?: (request: RecordedRequest) => string;
  port?: number;
}

export interface ModelServer {
  /** Base URL for the OpenAI SDK (`…/v1`). */
  baseURL: string;
  /** Origin for Azure OpenAI (`endpoint`). */
  origin: string;
  requests: RecordedRequest[];
  /** Queues behaviours consumed one per request, before falling back to `respond`. */
  enqueue(...behaviours: Behaviour[]): void;
  /** Resolves once `count` chat requests have arrived (at once if they already have). */
  received(count: number): Promise<void>;
  /** Resolves once `count` chat responses have closed, answered or dropped by the client. */
  closed(count: number): Promise<void>;
  close(): Promise<void>;
}

export function defaultAnswer(request: RecordedRequest): string {
  const french = /[àâçéèêëîïôûù]|\b(le|la|les|un|une|des|pour|avec)\b/i.test(request.text);
  return french
    ? "Voici une proposition :\n- Accuser réception de la demande.\n- Indiquer le délai de traitement.\n- Proposer un contact direct."
    : "Here is a proposal:\n- Acknowledge the request.\n- Give the processing time.\n- Offer a direct contact.";
}

function messageText(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) return message.content.map((part) => part.text ?? "").join("");
  return "";
}

function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const open = new Set<ServerResponse>();
  const respond = options.respond ?? defaultAnswer;
  let closedResponses = 0;
  const waiters: Array<{ ready: () => boolean; resolve: () => void }> = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (waiter.ready()) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const when = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      if (ready()) resolve();
      else waiters.push({ ready, resolve });
    });

  const server = createServer(async (req, res) => {
    const isChat = req.method === "POST" && (req.url ?? "").split("?")[0]!.endsWith("/chat/completions");
    open.add(res);
    res.on("close", () => {
      open.delete(res);
      if (isChat) {
        closedResponses++;
        notify();
      }
    });
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!isChat) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ error: { message: `no route ${req.method} ${url.pathname}`, type: "not_found" } }),
      );
      return;
    }
    let body: RecordedRequest["body"];
    try {
      body = JSON.parse(await readBody(req)) as RecordedRequest["body"];
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "invalid JSON", type: "invalid_request_error" } }));
      return;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "POST",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      text: (body.messages ?? []).map(messageText).join("\n"),
    };
    requests.push(recorded);
    notify();
    const behaviour: Behaviour = queue.shift() ?? { kind: "reply", text: respond(recorded) };
    const model = body.model ?? url.pathname.split("/deployments/")[1]?.split("/")[0] ?? "loopback";
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);

    if (behaviour.kind === "hang") return;
    if (behaviour.kind === "status") {
      res.writeHead(behaviour.status, { "content-type": "application/json", ...behaviour.headers });
      res.end(
        JSON.stringify({
          error: { message: behaviour.message ?? `status ${behaviour.status}`, type: "server_error" },
        }),
      );
      return;
    }
    if (behaviour.kind === "malformed") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(
        'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Par"}}]}\n\n',
      );
      res.write("data: {not json at all\n\n");
      res.end();
      return;
    }

    const promptTokens = tokens(recorded.text);
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: tokens(behaviour.text),
      total_tokens: promptTokens + tokens(behaviour.text),
    };
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model,
          choices: [
            { index: 0, message: { role: "assistant", content: behaviour.text }, finish_reason: "stop" },
          ],
          usage,
        }),
      );
      return;
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      send({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
      });
    const pieces = splitText(behaviour.text, behaviour.chunks ?? 4);
    chunk({ role: "assistant", content: "" }, null);
    for (const piece of pieces) {
      if (behaviour.delayMs) await sleep(behaviour.delayMs);
      if (res.destroyed) return;
      chunk({ content: piece }, null);
    }
    chunk({}, "stop");
    if (body.stream_options?.include_usage) {
      send({ id, object: "chat.completion.chunk", created, model, choices: [], usage });
    }
    res.write("data: [DONE]\n\n");
    res.end();
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/v1`,
    origin,
    requests,
    enqueue: (...behaviours) => queue.push(...behaviours),
    received: (count) => when(() => requests.length >= count),
    closed: (count) => when(() => closedResponses >= count),
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function splitText(text: string, parts: number): string[] {
  if (text.length === 0) return [];
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, parts)));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
