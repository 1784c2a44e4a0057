import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out");
}

describe("npm start run twice", () => {
  let first: ChildProcess | null = null;
  let stateDir = "";
  let dataDir = "";
  let env: NodeJS.ProcessEnv = {};
  let port = 0;

  beforeAll(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-state-"));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-data-"));
    port = await freePort();
    env = { ...process.env, PARCOURS_STATE_DIR: stateDir, LOG_LEVEL: "warn" };
    delete env.DATABASE_URL;
    // The pane is built first when its sources changed (a fresh dist/ is left alone by `npm start`).
    const build = spawnSync(process.execPath, ["-e", "require('./scripts/build-pane').buildPaneIfStale()"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    expect(build.status).toBe(0);
  }, 400_000);

  afterAll(() => {
    if (first && first.exitCode === null) first.kill("SIGTERM");
    fs.rmSync(stateDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("says the first one is running, keeps its state, and `npm stop` still stops it", async () => {
    const args = ["scripts/start.js", "--http", "--no-sideload", "--port", String(port), "--data", dataDir];
    first = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let firstOut = "";
    first.stdout!.on("data", (d) => (firstOut += d));
    // Generous: the machine may be busy; only the outcome is checked, never the time it took.
    await waitFor(() => firstOut.includes("Parcours is running") || first!.exitCode !== null, 240_000);
    expect(first.exitCode).toBeNull();
    const stateFile = path.join(stateDir, "start.json");
    const before = fs.readFileSync(stateFile, "utf8");

    const second = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/already running at http:\/\/localhost:\d+\/taskpane\.html/);
    expect(second.stdout).toContain("npm stop");
    expect(fs.readFileSync(stateFile, "utf8")).toBe(before);
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);

    const stop = spawnSync(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
    expect(stop.stdout).toMatch(/Stopped the Parcours server/);
    await waitFor(() => first!.exitCode !== null, 20_000);
    expect(fs.existsSync(stateFile)).toBe(false);
  }, 300_000);
});
