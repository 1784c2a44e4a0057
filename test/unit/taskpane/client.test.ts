import { createApiClient } from "../../../src/taskpane/api/client";
import { ApiProblem, errorKind } from "../../../src/taskpane/api/problem";
import { cachedTokenSource, jwtExpiry } from "../../../src/taskpane/auth/cachedToken";

function sseResponse(text: string): Response {
  return new Response(text, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

describe("API client", () => {
  it("sends only the bearer access token and retries once with a fresh token after a 401", async () => {
    const seen: Array<string | null> = [];
    let issued = 0;
    const tokens = { getToken: async () => `token-${++issued}` };
    const api = createApiClient({
      tokens,
      fetch: async (_url, init) => {
        const auth = new Headers(init?.headers).get("Authorization");
        seen.push(auth);
        if (auth === "Bearer token-1") return new Response("{}", { status: 401 });
        return new Response(JSON.stringify({ user: "u1" }), { status: 200 });
      },
    });
    await expect(api.me()).resolves.toMatchObject({ user: "u1" });
    expect(seen).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("turns a refused connection into a network problem", async () => {
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await expect(api.me()).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("streams chunks of the answer and resolves with the usage", async () => {
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async () =>
        sseResponse(
          'event: chunk\ndata: {"text":"Bonjour"}\n\nevent: chunk\ndata: {"text":" Madame"}\n\nevent: done\ndata: {"usage":{"promptTokens":5,"completionTokens":7,"totalTokens":12}}\n\n',
        ),
    });
    const chunks: string[] = [];
    const usage = await api.chat(
      {
        exerciseId: "x",
        lang: "fr",
        prompt: "p",
        context: { host: "word", mode: "edit", title: "", text: "" },
      },
      { onChunk: (c) => chunks.push(c) },
    );
    expect(chunks.join("")).toBe("Bonjour Madame");
    expect(usage).toEqual({ promptTokens: 5, completionTokens: 7, totalTokens: 12 });
  });

  it("reports a refused run with its problem code", async () => {
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async () =>
        new Response(
          JSON.stringify({ status: 503, code: "llm_not_configured", title: "x", type: "about:blank" }),
          {
            status: 503,
          },
        ),
    });
    const run = api.chat(
      {
        exerciseId: "x",
        lang: "en",
        prompt: "p",
        context: { host: "word", mode: "edit", title: "", text: "" },
      },
      { onChunk: () => {} },
    );
    await expect(run).rejects.toBeInstanceOf(ApiProblem);
    await expect(run).rejects.toMatchObject({ code: "llm_not_configured" });
  });
});

describe("chat stream events", () => {
  const request = {
    exerciseId: "x",
    lang: "en" as const,
    prompt: "p",
    context: { host: "word" as const, mode: "edit" as const, title: "", text: "" },
  };
  const streaming = (text: string) =>
    createApiClient({ tokens: { getToken: async () => "t" }, fetch: async () => sseResponse(text) });
  const done = 'event: done\ndata: {"usage":{"promptTokens":1,"completionTokens":1,"totalTokens":2}}\n\n';

  it("passes the privacy event on as the API sent it, and skips events it does not know", async () => {
    const privacy = {
      redacted: [{ field: "prompt", type: "EMAIL", start: 3, end: 20 }],
      warnings: [{ field: "context", type: "PHONE", start: 0, end: 10, rule: "type_policy" }],
    };
    const seen: unknown[] = [];
    const chunks: string[] = [];
    const usage = await streaming(
      `event: privacy\ndata: ${JSON.stringify(privacy)}\n\nevent: progress\ndata: {"percent":50}\n\n` +
        `event: chunk\ndata: {"text":"ok"}\n\n${done}`,
    ).chat(request, { onChunk: (c) => chunks.push(c), onPrivacy: (e) => seen.push(e) });
    expect(seen).toEqual([privacy]);
    expect(chunks).toEqual(["ok"]);
    expect(usage.totalTokens).toBe(2);
  });

  it.each([
    ["a chunk without text", 'event: chunk\ndata: {"content":"Bonjour"}\n\n', "chunk", "text"],
    ["data that is not JSON", "event: chunk\ndata: Bonjour\n\n", "chunk", "not JSON"],
    ["a done event without usage", 'event: done\ndata: {"truncated":true}\n\n', "done", "usage"],
    [
      "a privacy event with a span of an unknown type",
      'event: privacy\ndata: {"redacted":[{"field":"prompt","type":"shoe_size","start":0,"end":2}],"warnings":[]}\n\n',
      "privacy",
      "redacted.0.type",
    ],
  ])("turns %s into a clear problem, not a crash", async (_what, stream, event, mentions) => {
    const chunks: string[] = [];
    const run = streaming(`event: chunk\ndata: {"text":"Bon"}\n\n${stream}${done}`).chat(request, {
      onChunk: (c) => chunks.push(c),
    });
    await expect(run).rejects.toBeInstanceOf(ApiProblem);
    const problem = (await run.catch((e: unknown) => e)) as ApiProblem;
    expect(problem.code).toBe("bad_stream_event");
    expect(problem.detail).toContain(`"${event}"`);
    expect(problem.detail).toContain(mentions);
    expect(errorKind(problem)).toBe("server");
    // What arrived before the bad event was shown; nothing after it.
    expect(chunks).toEqual(["Bon"]);
  });

  it("reports an error event with the API's status, code and detail", async () => {
    const run = streaming(
      'event: chunk\ndata: {"text":"Bon"}\n\nevent: error\ndata: {"status":504,"code":"llm_timeout","detail":"too slow"}\n\n',
    ).chat(request, { onChunk: () => {} });
    await expect(run).rejects.toMatchObject({ status: 504, code: "llm_timeout", detail: "too slow" });
  });
});

describe("token cache", () => {
  it("reuses a token until shortly before it expires, and shares one request between callers", async () => {
    let now = 0;
    let calls = 0;
    const source = cachedTokenSource(
      async () => ({ token: `t${++calls}`, expiresAt: now + 10 * 60_000 }),
      () => now,
    );
    const [a, b] = await Promise.all([source.getToken(), source.getToken()]);
    expect([a, b, calls]).toEqual(["t1", "t1", 1]);
    now += 8 * 60_000;
    expect(await source.getToken()).toBe("t1");
    now += 90_000; // inside the renewal margin
    expect(await source.getToken()).toBe("t2");
    expect(await source.getToken({ refresh: true })).toBe("t3");
  });

  it("reads a JWT's expiry", () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_800_000_000 })).toString("base64url");
    expect(jwtExpiry(`h.${payload}.s`)).toBe(1_800_000_000_000);
    expect(jwtExpiry("not-a-jwt")).toBeUndefined();
  });
});
