import path from "node:path";
import { ConfigError, loadConfig } from "../../../src/server/config";

describe("loadConfig", () => {
  it("defaults to dev mode, HTTPS on localhost:3000 and SQLite under ./data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "localhost",
      https: true,
      databaseUrl: undefined,
      retainPrompts: "none",
      auth: { mode: "dev", requiredScope: "access_as_user" },
    });
    expect(config.sqliteFile).toBe(path.resolve("data", "parcours.sqlite"));
  });

  it("switches to Entra ID when tenant ids and client id are given", () => {
    const config = loadConfig({
      AUTH_TENANT_IDS: "11111111-2222-3333-4444-555555555555, 66666666-2222-3333-4444-555555555555",
      AUTH_CLIENT_ID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    });
    expect(config.auth).toMatchObject({
      mode: "entra",
      tenantIds: expect.arrayContaining(["66666666-2222-3333-4444-555555555555"]),
    });
    expect(config.auth.authorityHost).toBe("https://login.microsoftonline.com");
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ DATABASE_URL: "nope" }, "DATABASE_URL"],
    [{ RETAIN_PROMPTS: "some" }, "RETAIN_PROMPTS"],
    [{ HTTPS: "maybe" }, "HTTPS"],
    [{ BODY_LIMIT: "10" }, "BODY_LIMIT"],
    [{ AUTH_CLIENT_ID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" }, "AUTH_TENANT_IDS"],
    [{ AUTH_TENANT_IDS: "not-a-guid", AUTH_CLIENT_ID: "x" }, "AUTH_TENANT_IDS"],
    [{ TLS_CERT_FILE: "/tmp/c.pem" }, "TLS_CERT_FILE"],
  ])("names the faulty variable: %j", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it("lets command-line overrides win and moves the SQLite file with --data", () => {
    const config = loadConfig(
      { PORT: "4000", DATA_DIR: "/srv/a" },
      { port: 5000, dataDir: "/srv/b", https: false },
    );
    expect(config).toMatchObject({
      port: 5000,
      https: false,
      dataDir: "/srv/b",
      sqliteFile: "/srv/b/parcours.sqlite",
    });
  });

  it("reads HTTP=1 as plain HTTP", () => {
    expect(loadConfig({ HTTP: "1" }).https).toBe(false);
  });
});
