import { body, createTestApi, type TestApi } from "../../support/api";

describe("rate limiting", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ config: { rateLimit: { userMax: 3, ipMax: 4, windowMs: 60_000 } } });
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
});
