import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { body, createTestApi, type TestApi } from "../../support/api";

describe("API skeleton", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it("answers health and readiness", async () => {
    const health = await api.inject({ method: "GET", url: "/api/v1/health" });
    expect(health.statusCode).toBe(200);
    expect(body(health)).toMatchObject({ status: "ok" });
    const ready = await api.inject({ method: "GET", url: "/api/v1/ready" });
    expect(ready.statusCode).toBe(200);
    expect(body(ready)).toEqual({ status: "ready", database: api.dialect });
  });

  it("answers unknown routes with a not_found problem", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(body(res)).toMatchObject({ status: 404, code: "not_found" });
  });

  it("sends a CSP that lets Office frame the pane and load office.js", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/health" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'self' https://*.office.com");
    expect(csp).toContain("https://*.cloud.microsoft");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(res.headers["x-frame-options"]).toBeUndefined();
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("explains how to build the task pane when it is not built", async () => {
    const res = await api.inject({ method: "GET", url: "/taskpane.html" });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain("npm run build");
    expect(res.body).toContain("pas encore construit");
  });

  it("publishes an OpenAPI document built from the route schemas", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = body<{ openapi: string; paths: Record<string, unknown> }>(res);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/health",
        "/api/v1/ready",
        "/api/v1/dev/token",
        "/api/v1/me",
        "/api/v1/attempts",
        "/api/v1/admin/settings",
        "/api/v1/admin/users/{id}",
        "/api/v1/xapi/statements",
        "/api/v1/jobs",
        "/api/v1/use-cases",
        "/api/v1/use-cases/{id}",
        "/api/v1/use-cases/{id}/votes",
        "/api/v1/feedback",
        "/api/v1/admin/exercise-drafts",
      ]),
    );
  });

  it("refuses a body over the limit with body_too_large", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/dev/token",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ tenant: "t", user: "u", name: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(body(res)).toMatchObject({ code: "body_too_large" });
  });

  it("names the fields of an invalid body", async () => {
    const res = await api.inject({ method: "POST", url: "/api/v1/dev/token", payload: { tenant: "t" } });
    expect(res.statusCode).toBe(400);
    const problem = body<{ code: string; errors: Array<{ path: string }> }>(res);
    expect(problem.code).toBe("invalid_body");
    expect(problem.errors.map((e) => e.path)).toContain("user");
  });

  it("answers malformed JSON with invalid_json", async () => {
    const res = await api.inject({
      method: "POST",
      url: "/api/v1/dev/token",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(body(res)).toMatchObject({ code: "invalid_json" });
  });

  it("answers readiness with 503 not_ready when the database is gone", async () => {
    const broken = await createTestApi();
    try {
      await broken.app.store.close();
      const res = await broken.inject({ method: "GET", url: "/api/v1/ready" });
      expect(res.statusCode).toBe(503);
      expect(body(res)).toMatchObject({ code: "not_ready" });
    } finally {
      await broken.close();
    }
  });
});

describe("built task pane", () => {
  let api: TestApi;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-dist-"));
    fs.writeFileSync(path.join(staticDir, "taskpane.html"), "<!doctype html><title>Parcours</title>");
    fs.writeFileSync(path.join(staticDir, "taskpane.js"), "console.log('pane')");
    api = await createTestApi({ config: { staticDir } });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it("serves /taskpane.html and its assets with the task pane CSP", async () => {
    const page = await api.inject({ method: "GET", url: "/taskpane.html?host=word" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Parcours</title>");
    expect(String(page.headers["content-security-policy"])).toContain("frame-ancestors");
    expect((await api.inject({ method: "GET", url: "/taskpane.js" })).statusCode).toBe(200);
    expect((await api.inject({ method: "GET", url: "/" })).body).toContain("<title>Parcours</title>");
  });

  it("keeps unknown API routes as not_found problems and refuses paths outside the folder", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/unknown" });
    expect(res.statusCode).toBe(404);
    expect(body(res)).toMatchObject({ code: "not_found" });
    const escape = await api.inject({ method: "GET", url: "/..%2f..%2fetc%2fpasswd" });
    expect(escape.statusCode).toBeGreaterThanOrEqual(400);
    expect(escape.statusCode).toBeLessThan(500);
  });
});
