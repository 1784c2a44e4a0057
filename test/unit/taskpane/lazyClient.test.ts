import { createApiClient } from "../../../src/taskpane/api/client";
import { createPaneApiClient } from "../../../src/taskpane/api/lazyClient";

function recordingFetch(seen: string[]) {
  return async (url: RequestInfo | URL, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get("Authorization");
    seen.push(`${init?.method ?? "GET"} ${String(url)} ${auth}`);
    return new Response(JSON.stringify({ jobs: [], user: "u1" }), { status: 200 });
  };
}

describe("the pane's API client", () => {
  it("has every method of the full client", () => {
    const pane = createPaneApiClient({ tokens: { getToken: async () => "t" } });
    const full = createApiClient({ tokens: { getToken: async () => "t" } });
    expect(Object.keys(pane).sort()).toEqual(Object.keys(full).sort());
    for (const value of Object.values(pane)) expect(typeof value).toBe("function");
  });

  it("asks for the profile and the suggestion, then the later methods, with the same token", async () => {
    const seen: string[] = [];
    let issued = 0;
    const api = createPaneApiClient({
      tokens: { getToken: async () => `token-${++issued}` },
      fetch: recordingFetch(seen),
    });
    await expect(api.me()).resolves.toMatchObject({ user: "u1" });
    await expect(api.jobs()).resolves.toMatchObject({ jobs: [] });
    await api.setJob("gestionnaire");
    expect(seen).toEqual([
      "GET /api/v1/me Bearer token-1",
      "GET /api/v1/jobs Bearer token-2",
      "PUT /api/v1/me Bearer token-3",
    ]);
  });

  it("reports a failure of a later method as the API's own problem", async () => {
    const api = createPaneApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await expect(api.attempts()).rejects.toMatchObject({ status: 0, code: "network" });
  });
});
