#!/usr/bin/env node
// `npm run test:e2e`: end-to-end tests of the task pane in Debian's Chromium against the preview host.
//
// Builds the pane when dist/ is older than its sources, starts a loopback OpenAI-compatible model server
// and the real API (`parcours serve --http` on a free port, a fresh data folder), then runs every
// test/e2e/specs/*.spec.ts in order and prints "N passed, N failed". Never downloads a browser.
//
//   npm run test:e2e                 all specs
//   npm run test:e2e -- privacy      only specs whose name contains "privacy"
"use strict";
require("tsx/cjs/api").register();

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { startModelServer } = require("../support/model-server.ts");
const { CHROMIUM_PATH: CHROMIUM, launchChromium } = require("../support/chromium.ts");
const { buildPaneIfStale } = require("../../scripts/build-pane");

const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results");
const SPEC_TIMEOUT_MS = Number(process.env.E2E_SPEC_TIMEOUT_MS || 120_000);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The API's environment: ours, minus any database or provider settings of the shell, so every run
 * starts on a fresh SQLite file in its own data folder (the integration suite covers PostgreSQL).
 */
function apiEnv(env) {
  const base = { ...process.env };
  for (const key of Object.keys(base)) {
    if (/^(DATABASE_|SQLITE_|LLM_|AZURE_OPENAI_|OPENAI_|AUTH_|CONTENT_DIR$|DATA_DIR$)/.test(key))
      delete base[key];
  }
  return { ...base, ...env };
}

/** The real API as a child process; stop() and start() keep the port and the data folder. */
function apiProcess({ port, dataDir, env }) {
  let child = null;
  let log = "";
  const url = `http://127.0.0.1:${port}`;
  const api = {
    url,
    get log() {
      return log;
    },
    async start() {
      if (child && child.exitCode === null) return;
      child = spawn(
        process.execPath,
        [path.join(ROOT, "bin/parcours.js"), "serve", "--http", "--port", String(port), "--data", dataDir],
        { cwd: ROOT, env: apiEnv(env), stdio: ["ignore", "pipe", "pipe"] },
      );
      child.stdout.on("data", (d) => (log += d));
      child.stderr.on("data", (d) => (log += d));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null)
          throw new Error(`the API exited (${child.exitCode}):\n${log.slice(-3000)}`);
        try {
          const res = await fetch(`${url}/api/v1/health`);
          if (res.ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`the API did not become healthy:\n${log.slice(-3000)}`);
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return api;
}

function loadSpecs(filter) {
  const dir = path.join(__dirname, "specs");
  const specs = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".spec.ts"))
    .sort()) {
    const mod = require(path.join(dir, file));
    for (const spec of mod.specs) specs.push({ ...spec, file });
  }
  return filter.length ? specs.filter((s) => filter.some((f) => `${s.file} ${s.name}`.includes(f))) : specs;
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium`);
    process.exit(2);
  }
  const specs = loadSpecs(process.argv.slice(2));
  buildPaneIfStale();
  fs.mkdirSync(path.join(RESULTS, "screenshots"), { recursive: true });

  const model = await startModelServer();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-e2e-"));
  const api = apiProcess({
    port,
    dataDir,
    env: {
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      LLM_PROVIDER: "compatible",
      LLM_BASE_URL: model.baseURL,
      LLM_MODEL: "e2e-model",
      LLM_API_KEY: "e2e-key",
      RATE_LIMIT_USER_MAX: "100000",
      RATE_LIMIT_IP_MAX: "100000",
      STATIC_DIR: path.join(ROOT, "dist"),
    },
  });
  await api.start();
  // Ctrl+C must not leave the API running.
  process.once("SIGINT", () => {
    api.stop().finally(() => process.exit(130));
  });

  const browser = await launchChromium();

  const ctx = { browser, api, model, baseURL: api.url, root: ROOT, results: RESULTS };
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  try {
    for (const spec of specs) {
      const t0 = Date.now();
      try {
        await withTimeout(spec.run(ctx), spec.timeoutMs ?? SPEC_TIMEOUT_MS, spec.name);
        passed++;
        console.log(`  ✓ ${spec.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(
          `  ✗ ${spec.name} (${Date.now() - t0} ms)\n${indent(err && err.stack ? err.stack : String(err))}`,
        );
        // A failed spec may have stopped the API: bring it back for the next one.
        await api.start().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await api.stop();
    await model.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

function indent(text) {
  return text
    .split("\n")
    .slice(0, 15)
    .map((l) => `      ${l}`)
    .join("\n");
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
