import OpenAI, { AzureOpenAI } from "openai";
import { startModelServer, type ModelServer } from "../../support/model-server";

describe("loopback model server", () => {
  let server: ModelServer;
  beforeEach(async () => {
    server = await startModelServer({ respond: () => "Bonjour, voici la réponse." });
  });
  afterEach(() => server.close());

  it("streams a reply with usage through the openai SDK", async () => {
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: "test" });
    const stream = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "Résume ce courriel" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let total = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) total = chunk.usage.total_tokens;
    }
    expect(text).toBe("Bonjour, voici la réponse.");
    expect(total).toBeGreaterThan(0);
    expect(server.requests[0]?.text).toContain("Résume ce courriel");
  });

  it("returns scripted errors, then recovers", async () => {
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: "test", maxRetries: 0 });
    server.enqueue({ kind: "status", status: 500 });
    await expect(
      client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] }),
    ).rejects.toMatchObject({ status: 500 });
    const ok = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "x" }],
    });
    expect(ok.choices[0]?.message.content).toBe("Bonjour, voici la réponse.");
  });

  it("routes Azure OpenAI requests by deployment and api-version", async () => {
    const client = new AzureOpenAI({
      endpoint: server.origin,
      apiKey: "k",
      deployment: "gpt-deploy",
      apiVersion: "2024-10-21",
    });
    await client.chat.completions.create({ model: "", messages: [{ role: "user", content: "x" }] });
    expect(server.requests[0]?.path).toBe("/openai/deployments/gpt-deploy/chat/completions");
    expect(server.requests[0]?.query["api-version"]).toBe("2024-10-21");
  });
});
