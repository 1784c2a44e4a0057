import type { TestApi } from "../../support/api";
import { startModelServer, type ModelServer } from "../../support/model-server";
import { answerOf, apiWithModel, chat, sseEvents } from "./gateway";

describe("POST /api/v1/llm/chat streaming", () => {
  let server: ModelServer;
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    server = await startModelServer();
    api = await apiWithModel(server, { LLM_TIMEOUT_MS: "2000" });
    token = await api.token({ tenant: "tenant-llm", user: "alice" });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("streams the answer in chunks, then the token usage", async () => {
    server.enqueue({ kind: "reply", text: "Objet : votre demande de remboursement.", chunks: 5 });
    const res = await chat(api, token, {
      exerciseId: "word-summary",
      prompt: "Résume ce courrier en trois points.",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/event-stream/);
    const events = sseEvents(res);
    expect(events.filter((e) => e.event === "chunk").length).toBeGreaterThan(1);
    expect(answerOf(events)).toBe("Objet : votre demande de remboursement.");
    const done = events[events.length - 1]!;
    expect(done.event).toBe("done");
    expect(done.data.usage).toEqual({
      promptTokens: expect.any(Number),
      completionTokens: expect.any(Number),
      totalTokens: expect.any(Number),
    });
    const sent = server.requests[0]!;
    expect(sent.body.model).toBe("loopback-model");
    expect(sent.body.stream).toBe(true);
    expect(sent.body.stream_options).toEqual({ include_usage: true });
  });
});
