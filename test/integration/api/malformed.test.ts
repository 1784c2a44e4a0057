import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";

/** Bad input of every kind gets a 4xx problem with a stable code — never a 5xx. */
describe("malformed requests", () => {
  let api: TestApi;
  let token: string;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    token = await api.token({ tenant: "t", user: "u" });
    admin = await api.token({ tenant: "t", user: "admin", roles: ["Admin"] });
  });
  afterAll(async () => {
    await api.close();
  });

  const valid = attemptBody();
  const attemptCases: Array<[string, unknown]> = [
    ["an empty object", {}],
    ["an array", [valid]],
    ["a string", "hello"],
    ["a number", 42],
    ["null", null],
    ["an id that is not a UUID", { ...valid, id: "123" }],
    ["an unknown host", { ...valid, host: "powerpoint" }],
    ["an empty prompt", { ...valid, prompt: "" }],
    ["a prompt of the wrong type", { ...valid, prompt: { text: "x" } }],
    ["a prompt over 8000 characters", { ...valid, prompt: "a".repeat(8001) }],
    ["a date that is not ISO 8601", { ...valid, startedAt: "yesterday" }],
    ["submittedAt before startedAt", { ...valid, submittedAt: "2020-01-01T00:00:00Z" }],
    ["minutesSaved over 240", { ...valid, selfReport: { minutesSaved: 241 } }],
    ["usefulness 0", { ...valid, selfReport: { usefulness: 0 } }],
    ["usefulness as a string", { ...valid, selfReport: { usefulness: "5" } }],
    ["fractional minutes", { ...valid, selfReport: { minutesSaved: 1.5 } }],
    ["features of the wrong shape", { ...valid, features: { host: "word" } }],
  ];

  it.each(attemptCases)("POST /attempts with %s → 400 invalid_body", async (_name, payload) => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(payload),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(body(res)).toMatchObject({ status: 400, code: "invalid_body" });
  });

  it("names the invalid field's path", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      payload: { ...valid, selfReport: { minutesSaved: 999 } },
    });
    expect(body<{ errors: Array<{ path: string }> }>(res).errors.map((e) => e.path)).toContain(
      "selfReport.minutesSaved",
    );
  });

  const rawCases: Array<[string, string, string, number, string]> = [
    ["truncated JSON", "application/json", '{"id": "', 400, "invalid_json"],
    ["an empty JSON body", "application/json", "", 400, "invalid_body"],
    ["XML", "application/xml", "<attempt/>", 415, "unsupported_media_type"],
    ["form data", "application/x-www-form-urlencoded", "id=1", 415, "unsupported_media_type"],
    ["plain text", "text/plain", "hello", 415, "unsupported_media_type"],
    ["a prototype-pollution key", "application/json", '{"__proto__": {"admin": true}}', 400, "invalid_json"],
    ["deeply nested JSON", "application/json", `${"[".repeat(5000)}${"]".repeat(5000)}`, 400, "invalid_body"],
    ["invalid UTF-8 in JSON", "application/json", '{"prompt": "\udfff"}', 400, "invalid_body"],
  ];

  it.each(rawCases)("POST /attempts with %s → 4xx", async (_name, type, payload, status, code) => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token,
      headers: { "content-type": type },
      payload,
    });
    expect(res.statusCode).toBe(status);
    expect(body(res)).toMatchObject({ code });
  });

  it("refuses bad query strings with invalid_query", async () => {
    for (const query of ["limit=0", "limit=1000", "limit=abc", "cursor=%00%01", "cursor=bm90LWEtY3Vyc29y"]) {
      const res = await api.inject({ method: "GET", url: `/api/v1/me/attempts?${query}`, token });
      expect(res.statusCode).toBe(400);
      expect(body(res)).toMatchObject({ code: "invalid_query" });
    }
  });

  it("refuses bad admin bodies and params with 400", async () => {
    const cases: Array<[string, string, unknown]> = [
      ["PUT", "/api/v1/admin/settings", {}],
      ["PUT", "/api/v1/admin/settings", { reportK: 1 }],
      ["PUT", "/api/v1/admin/settings", { retentionDays: "forever" }],
      ["PUT", "/api/v1/admin/settings", { unknownSetting: true }],
      ["PUT", "/api/v1/admin/settings", { charter: { version: "", title: {}, sections: [] } }],
      ["PUT", "/api/v1/admin/exercises/Bad_Id", { id: "Bad_Id" }],
      ["PUT", "/api/v1/admin/exercises/my-exercise", { id: "my-exercise", version: 1 }],
      ["PUT", "/api/v1/admin/users", { users: [] }],
      ["PUT", "/api/v1/admin/users", { users: [{ userId: "" }] }],
      ["PUT", "/api/v1/admin/users", { users: [{ userId: "x", role: "Admin" }] }],
    ];
    for (const [method, url, payload] of cases) {
      const res = await api.inject({
        method: method as "PUT",
        url,
        token: admin,
        payload: payload as object,
      });
      expect({ url, payload, status: res.statusCode }).toEqual({ url, payload, status: 400 });
    }
  });

  it("never answers 5xx to odd URLs and methods", async () => {
    const probes: Array<[string, string]> = [
      ["GET", "/api/v1/attempts"],
      ["DELETE", "/api/v1/me"],
      ["GET", "/api/v1/%E0%A4%A"],
      ["GET", `/api/v1/admin/users/${"x".repeat(300)}`],
      ["PATCH", "/api/v1/admin/settings"],
      ["GET", "/api/v1/../../etc/passwd"],
      ["GET", "/../package.json"],
    ];
    for (const [method, url] of probes) {
      const res = await api.inject({ method: method as "GET", url, token: admin });
      expect({ url, status: res.statusCode < 500 }).toEqual({ url, status: true });
    }
  });
});
