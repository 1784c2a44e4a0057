import { attemptBody } from "../../support/attempts";
import { body, createTestApi, type TestApi } from "../../support/api";

/** Who may call is settled before the body is read; only UTF-8 JSON bodies are read. */
describe("order of checks and media types", () => {
  let api: TestApi;
  let learner: string;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    learner = await api.token({ tenant: "t", user: "learner" });
    admin = await api.token({ tenant: "t", user: "admin", roles: ["Admin"] });
  });
  afterAll(async () => {
    await api.close();
  });

  it("answers an anonymous admin write 401 without describing the schema", async () => {
    const res = await api.inject({ method: "PUT", url: "/api/v1/admin/exercises/x", payload: { id: 1 } });
    expect(res.statusCode).toBe(401);
    expect(body(res)).toMatchObject({ code: "unauthorized" });
    expect(body(res).errors).toBeUndefined();
    expect(res.body).not.toMatch(/hosts|rubric|instructions|errors/);
  });

  it("answers a learner's admin write 403 before looking at the body", async () => {
    for (const payload of ["{}", "{not json", "x".repeat(10)]) {
      const res = await api.inject({
        method: "PUT",
        url: "/api/v1/admin/exercises/x",
        token: learner,
        headers: { "content-type": "application/json" },
        payload,
      });
      expect(res.statusCode).toBe(403);
      expect(body(res)).toMatchObject({ code: "forbidden" });
    }
  });

  it("answers anonymous bodies 401 whatever their media type or shape", async () => {
    const cases: Array<[string, string, string]> = [
      ["/api/v1/attempts", "text/plain", "hello"],
      ["/api/v1/attempts", "application/json", "{broken"],
      ["/api/v1/llm/chat", "application/json", JSON.stringify({ prompt: 42 })],
    ];
    for (const [url, type, payload] of cases) {
      const res = await api.inject({ method: "POST", url, headers: { "content-type": type }, payload });
      expect({ url, type, status: res.statusCode }).toEqual({ url, type, status: 401 });
    }
    const put = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/users",
      headers: { "content-type": "application/xml" },
      payload: "<users/>",
    });
    expect(put.statusCode).toBe(401);
  });

  it("answers text/plain with 415 unsupported_media_type, as documented", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/attempts",
      token: learner,
      headers: { "content-type": "text/plain" },
      payload: JSON.stringify(attemptBody()),
    });
    expect(res.statusCode).toBe(415);
    expect(body(res)).toMatchObject({ code: "unsupported_media_type" });
  });

  it("accepts JSON in UTF-8 only", async () => {
    const send = (type: string, payload: string | Buffer) =>
      api.inject({
        method: "POST",
        url: "/api/v1/attempts",
        token: learner,
        headers: { "content-type": type },
        payload,
      });
    const json = JSON.stringify(attemptBody({ prompt: "Résume la procédure en 5 points pour un collègue." }));
    expect((await send("application/json; charset=utf-8", json)).statusCode).toBe(201);
    expect((await send('application/json; charset="UTF-8"', JSON.stringify(attemptBody()))).statusCode).toBe(
      201,
    );

    const latin1 = await send("application/json; charset=iso-8859-1", Buffer.from(json, "latin1"));
    expect(latin1.statusCode).toBe(415);
    expect(body(latin1)).toMatchObject({ code: "unsupported_media_type" });
    const utf16 = await send("application/json; charset=utf-16le", Buffer.from(json, "utf16le"));
    expect(utf16.statusCode).toBe(415);

    // Latin-1 bytes announced as UTF-8 are refused, not silently turned into U+FFFD.
    const mislabelled = await send("application/json", Buffer.from(json, "latin1"));
    expect(mislabelled.statusCode).toBe(400);
    expect(body(mislabelled)).toMatchObject({ code: "invalid_json" });
  });

  it("still answers an admin's invalid body with the field paths", async () => {
    const res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: { reportK: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(body(res)).toMatchObject({ code: "invalid_body" });
  });
});
