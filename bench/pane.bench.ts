/**
 * Task pane first-screen budget:
 *  1. gzip size of the JavaScript loaded before the first render (the <script> tags of taskpane.html
 *     in a production build — lazy screen chunks excluded). Target ≤ 200 KB.
 *  2. time from navigation to the first suggestion on screen in the preview host (Chromium, real API
 *     on loopback, charter already accepted). Target ≤ 1 s.
 *
 * `npm run bench -- pane`. Builds into a temporary folder, so dist/ is left alone.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { launchChromium } from "../test/support/chromium";

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS || 7);
const KB = 1024;

function build(outDir: string): void {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outDir],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PARCOURS_PUBLIC_URL: "" } },
  );
  if (result.status !== 0) throw new Error("production build failed");
  console.log(`production build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The scripts taskpane.html loads before React renders anything. */
function initialScripts(outDir: string): string[] {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  // The production HTML is minified: attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!.replace(/^\//, ""));
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

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

async function startApi(port: number, dataDir: string, staticDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bin/parcours.js"), "serve", "--http", "--port", String(port), "--data", dataDir],
    { cwd: ROOT, env: { ...process.env, STATIC_DIR: staticDir, LOG_LEVEL: "warn" }, stdio: "ignore" },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("API did not start");
}

/** A learner who has accepted the charter, so the pane opens on Home. */
async function prepareLearner(base: string, user: string): Promise<void> {
  const res = await fetch(`${base}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user }),
  });
  const { token } = (await res.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const me = (await (await fetch(`${base}/api/v1/me`, { headers: auth })).json()) as {
    charter: { version: string };
  };
  await fetch(`${base}/api/v1/me/charter`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ version: me.charter.version, accepted: true }),
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-dist-"));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-data-"));
  let api: ChildProcess | undefined;
  try {
    build(outDir);
    const scripts = initialScripts(outDir);
    let total = 0;
    for (const script of scripts) {
      const size = gzipSize(path.join(outDir, script));
      total += size;
      console.log(`  ${script.padEnd(48)} ${(size / KB).toFixed(1).padStart(7)} KB gzip`);
    }
    const lazy = fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith(".js") && !scripts.includes(f))
      .reduce((sum, f) => sum + gzipSize(path.join(outDir, f)), 0);
    console.log(`JS before first render: ${(total / KB).toFixed(1)} KB gzip (target ≤ 200 KB)`);
    console.log(`lazy chunks (screens, sign-in): ${(lazy / KB).toFixed(1)} KB gzip`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = await startApi(port, dataDir, outDir);
    const browser = await launchChromium();
    try {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const user = `bench-${process.pid}-${run}`;
        await prepareLearner(base, user);
        // A fresh context per run: nothing cached, as on a first open of the pane.
        const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "fr-FR" });
        const page = await context.newPage();
        await page.goto(`${base}/taskpane.html?host=outlook-read&user=${user}`, { waitUntil: "commit" });
        // Navigation start → suggestion in the DOM, in the page's own clock, checked every frame.
        const at = await page.waitForFunction(
          () => (document.querySelector('[data-testid="suggestion"]') ? performance.now() : false),
          undefined,
          { polling: "raf", timeout: 30_000 },
        );
        times.push(Number(await at.jsonValue()));
        await context.close();
      }
      console.log(
        `time to first suggestion (preview host, cold context): median ${median(times).toFixed(0)} ms, ` +
          `first ${times[0]!.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (target ≤ 1000 ms)`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    api?.kill("SIGTERM");
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
