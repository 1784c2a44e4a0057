import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { get as httpsGet } from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";
import { body, createTestApi } from "../../support/api";
import { openStore } from "../../../src/server/store/db";

const ROOT = path.resolve(__dirname, "../../..");
const BIN = path.join(ROOT, "bin", "parcours.js");
/** The CLI always runs on a temporary SQLite file here, whatever DATABASE_URL says. */
const ENV = { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), LOG_LEVEL: "warn" };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "parcours-cli-"));
}

describe("parcours dev-token", () => {
  it("prints a token that a server on the same data folder accepts", async () => {
    const dataDir = tempDir();
    const run = await runCli(
      ["dev-token", "--tenant", "t1", "--user", "u1", "--name", "Ana", "--roles", "Admin", "--data", dataDir],
      ENV,
    );
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token.split(".")).toHaveLength(3);
    const api = await createTestApi({ config: { dataDir } });
    try {
      const me = await api.inject({ method: "GET", url: "/api/v1/me", token });
      expect(body(me)).toMatchObject({ tenant: "t1", user: "u1", name: "Ana", roles: ["Admin"] });
    } finally {
      await api.close();
    }
  });

  it("refuses unknown roles and missing ids with a usage error", async () => {
    expect((await runCli(["dev-token", "--tenant", "t", "--user", "u", "--roles", "Root"], ENV)).code).toBe(
      2,
    );
    const missing = await runCli(["dev-token", "--user", "u"], ENV);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--tenant");
  });

  it("refuses to sign when Entra ID is configured", async () => {
    const run = await runCli(["dev-token", "--tenant", "t", "--user", "u", "--data", tempDir()], {
      ...ENV,
      AUTH_TENANT_IDS: "11111111-2222-3333-4444-555555555555",
      AUTH_CLIENT_ID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    });
    expect(run.code).toBe(1);
  });
});

describe("parcours migrate", () => {
  it("creates the database once and reports it up to date afterwards", async () => {
    const dataDir = tempDir();
    const first = await runCli(["migrate", "--data", dataDir], ENV);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain("0001_initial");
    expect(fs.existsSync(path.join(dataDir, "parcours.sqlite"))).toBe(true);
    expect((await runCli(["migrate", "--data", dataDir], ENV)).stdout).toContain("up to date");
  });

  it("names the invalid environment variable", async () => {
    const run = await runCli(["migrate"], { ...ENV, DATABASE_URL: "not a url" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL");
  });
});

describe("parcours users import", () => {
  it("imports cohorts and departments from a semicolon CSV", async () => {
    const dataDir = tempDir();
    const csv = path.join(dataDir, "users.csv");
    fs.writeFileSync(csv, '\uFEFFoid;cohorte;service;nom\nu1;Vague 1;Prestations;Ana\nu2;"Vague 2; bis";;\n');
    const run = await runCli(["users", "import", csv, "--tenant", "t1", "--data", dataDir], ENV);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("2 user(s)");
    const store = openStore({
      databaseUrl: undefined,
      databaseSchema: undefined,
      sqliteFile: path.join(dataDir, "parcours.sqlite"),
    });
    try {
      const users = await store.db
        .selectFrom("users")
        .select(["user_id", "cohort", "department", "display_name"])
        .orderBy("user_id")
        .execute();
      expect(users).toEqual([
        { user_id: "u1", cohort: "Vague 1", department: "Prestations", display_name: "Ana" },
        { user_id: "u2", cohort: "Vague 2; bis", department: null, display_name: null },
      ]);
    } finally {
      await store.close();
    }
  });

  it("refuses NUL characters and tenant ids no column can hold, on any database", async () => {
    const dataDir = tempDir();
    const csv = path.join(dataDir, "users.csv");
    fs.writeFileSync(csv, "user_id,cohort\nu1,A\u0000B\nu\u00002,C\n");
    const run = await runCli(["users", "import", csv, "--tenant", "t1", "--data", dataDir], ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/users\.csv:2: cohort: must not contain a NUL character/);
    expect(run.stderr).toMatch(/users\.csv:3: userId: must not contain a NUL character/);
    fs.writeFileSync(csv, "user_id,cohort\nu1,A\n");
    const long = await runCli(["users", "import", csv, "--tenant", "t".repeat(65), "--data", dataDir], ENV);
    expect(long.code).not.toBe(0);
    expect(long.stderr).toMatch(/--tenant/);
  });

  it("refuses the whole file and names each bad line", async () => {
    const dataDir = tempDir();
    const csv = path.join(dataDir, "users.csv");
    fs.writeFileSync(csv, `user_id,cohort\nu1,A\n,B\nu1,C\nu3,${"x".repeat(200)}\n`);
    const run = await runCli(["users", "import", csv, "--tenant", "t1", "--data", dataDir], ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/users\.csv:3: /);
    expect(run.stderr).toMatch(/users\.csv:4: user u1 appears twice/);
    expect(run.stderr).toMatch(/users\.csv:5: /);
    expect(fs.existsSync(path.join(dataDir, "parcours.sqlite"))).toBe(false);
  });
});

describe("parcours serve (real process)", () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });

  function serve(args: string[]): {
    child: ChildProcess;
    output: () => string;
    exited: Promise<number | null>;
  } {
    const child = spawn(process.execPath, [BIN, "serve", ...args], { cwd: ROOT, env: ENV });
    children.push(child);
    let text = "";
    child.stdout?.on("data", (c: Buffer) => (text += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (text += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, output: () => text, exited };
  }

  async function waitFor(
    pattern: RegExp,
    output: () => string,
    timeoutMs = 20_000,
  ): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = output().match(pattern);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no ${pattern} in output:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("serves plain HTTP on loopback, prints the preview URLs and stops on SIGTERM", async () => {
    const server = serve(["--http", "--port", "0", "--data", tempDir()]);
    const [, origin] = await waitFor(/running at (http:\/\/\S+)/, server.output);
    expect(server.output()).toContain("taskpane.html?host=outlook-compose");
    expect(server.output()).toContain("manifest.outlook.xml");
    const health = await fetch(`${origin}/api/v1/health`);
    expect(health.status).toBe(200);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("serves HTTPS with a self-signed localhost certificate kept in the data folder", async () => {
    const dataDir = tempDir();
    const server = serve(["--port", "0", "--data", dataDir]);
    const [, origin] = await waitFor(/running at (https:\/\/\S+)/, server.output);
    const status = await new Promise<number>((resolve, reject) =>
      httpsGet(`${origin}/api/v1/health`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on("error", reject),
    );
    expect(status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, "tls", "localhost.crt"))).toBe(true);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("explains a port that is already taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const server = serve(["--http", "--port", String(port), "--data", tempDir()]);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Port ${port}`);
      expect(server.output()).toContain("already in use");
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
