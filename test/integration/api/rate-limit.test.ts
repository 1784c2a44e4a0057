import { body, createTestApi, type TestApi } from "../../support/api";

describe("rate limiting", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({
      config: { rateLimit: { userMax: 3, ipMax: 4, windowMs: 60_000, store: "memory" } },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it("limits each signed-in user separately, whatever their address", async () => {
    const ana = await api.token({ tenant: "t", user: "ana" });
    const ben = await api.token({ tenant: "t", user: "ben" });
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push((await api.inject({ method: "GET", url: "/api/v1/me", token: ana })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await api.inject({ method: "GET", url: "/api/v1/me", token: ana });
    expect(body(limited)).toMatchObject({ status: 429, code: "rate_limited" });
    expect(limited.headers["retry-after"]).toBeDefined();
    expect((await api.inject({ method: "GET", url: "/api/v1/me", token: ben })).statusCode).toBe(200);
  });

  it("limits anonymous calls per IP address, but never health checks", async () => {
    const from = (ip: string) => api.inject({ method: "GET", url: "/api/v1/me", remoteAddress: ip });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await from("10.0.0.1")).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429]);
    expect((await from("10.0.0.2")).statusCode).toBe(401);
    for (let i = 0; i < 10; i++) {
      expect(
        (await api.inject({ method: "GET", url: "/api/v1/health", remoteAddress: "10.0.0.1" })).statusCode,
      ).toBe(200);
    }
  });

  it("counts requests whose token is refused against the IP's allowance", async () => {
    const guess = (ip: string, i: number) =>
      api.inject({ method: "GET", url: "/api/v1/me", token: `not-a-token-${i}`, remoteAddress: ip });
    const codes = [];
    for (let i = 0; i < 30; i++) codes.push((await guess("10.0.0.7", i)).statusCode);
    // The allowance of 4 answers 401; every guess after it is refused before the token is looked at.
    expect(codes).toEqual([...Array<number>(4).fill(401), ...Array<number>(26).fill(429)]);
    expect(body(await guess("10.0.0.7", 99))).toMatchObject({ status: 429, code: "rate_limited" });
    // A malformed header counts too, and another address keeps its own allowance.
    const malformed = await api.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: "Basic abc" },
      remoteAddress: "10.0.0.7",
    });
    expect(malformed.statusCode).toBe(429);
    expect(body(await guess("10.0.0.8", 0))).toMatchObject({ status: 401, code: "invalid_token" });
  });
});
