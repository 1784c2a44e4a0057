#!/usr/bin/env node
// `npm start`: builds the task pane when needed, starts the tenant API + task pane on one origin
// (https://localhost:3000 by default) and, where desktop Office exists (Windows, macOS), sideloads the
// add-in with office-addin-debugging as Microsoft's template does. `npm stop` undoes all of it.
//
//   npm start                     Word preview URLs, sideload into Word on Windows/macOS
//   npm start -- --app excel      sideload into Excel (word | excel | outlook)
//   npm start -- --http           plain HTTP on loopback (no certificate)
//   npm start -- --port 3100      another port (also PORT=3100)
//   npm start -- --no-sideload    never start Office
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { buildPaneIfStale } = require("./build-pane");

const ROOT = path.resolve(__dirname, "..");
// PARCOURS_STATE_DIR lets tests keep their state apart from a developer's running instance.
const STATE_DIR = process.env.PARCOURS_STATE_DIR || path.join(ROOT, ".parcours");
const STATE_FILE = path.join(STATE_DIR, "start.json");
const MANIFEST_BY_APP = { word: "manifest.xml", excel: "manifest.xml", outlook: "manifest.outlook.xml" };

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      app: { type: "string", default: "word" },
      port: { type: "string", default: process.env.PORT || "3000" },
      data: { type: "string", default: process.env.DATA_DIR || path.join(ROOT, "data") },
      http: { type: "boolean", default: false },
      "no-sideload": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (!MANIFEST_BY_APP[values.app])
    throw new Error(`--app must be word, excel or outlook (got "${values.app}")`);
  if (!/^\d+$/.test(values.port) || Number(values.port) < 1 || Number(values.port) > 65535) {
    throw new Error(`--port must be a TCP port number (got "${values.port}")`);
  }
  return values;
}

/** One GET to our own loopback server; its certificate may be self-signed, so it is not verified here. */
function probe(url) {
  const client = url.startsWith("https:") ? require("node:https") : require("node:http");
  return new Promise((resolve) => {
    const req = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
  });
}

async function waitForHealth(url, child, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    if (await probe(url)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

function canSideload() {
  return process.platform === "win32" || process.platform === "darwin";
}

async function sideload(app, port) {
  const manifest = MANIFEST_BY_APP[app];
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.ensureCertificatesAreInstalled();
  } catch (err) {
    console.warn(`Could not install the development certificate: ${err.message}`);
  }
  const bin = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(
    process.execPath,
    [
      bin,
      "start",
      manifest,
      "desktop",
      "--app",
      app,
      "--dev-server-port",
      String(port),
      "--no-debug",
      "--no-live-reload",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (result.status !== 0) console.warn(`Sideloading into ${app} failed; use the manual steps in README.md.`);
}

/** The server this run started, if any. */
let ownServer = null;

/** The state of an `npm start` that is still running from this folder, or null. */
function runningInstance() {
  let state;
  try {
    state = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  } catch {
    return null;
  }
  if (!state || !Number.isInteger(state.serverPid)) return null;
  try {
    process.kill(state.serverPid, 0);
    return state;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; ESRCH: it is gone (a stale file).
    return err.code === "EPERM" ? state : null;
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(
      fs
        .readFileSync(__filename, "utf8")
        .split("\n")
        .slice(1, 11)
        .map((l) => l.replace(/^\/\/ ?/, ""))
        .join("\n"),
    );
    return;
  }
  const running = runningInstance();
  if (running) {
    // Leave the running server and its state alone: `npm stop` must still find it.
    console.log(
      `Parcours is already running${running.origin ? ` at ${running.origin}/taskpane.html` : ""} (server pid ${running.serverPid}, started ${running.startedAt}).\n` +
        "Use it as it is, or run `npm stop` first to start it again.",
    );
    return;
  }
  buildPaneIfStale();

  const args = [
    path.join(ROOT, "bin", "parcours.js"),
    "serve",
    "--port",
    options.port,
    "--data",
    options.data,
  ];
  if (options.http) args.push("--http");
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: process.env });
  ownServer = server;
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const origin = `${options.http ? "http" : "https"}://localhost:${options.port}`;
  const state = {
    serverPid: server.pid,
    origin,
    app: options.app,
    sideloaded: false,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));

  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    removeOwnState(server.pid);
    process.exitCode = code ?? 0;
  });

  await waitForHealth(`${origin}/api/v1/health`, server);
  console.log(`\nParcours is running at ${origin}/taskpane.html — press Ctrl+C or run \`npm stop\` to stop.`);

  if (options["no-sideload"] || options.http) return;
  if (!canSideload()) {
    console.log(
      "Desktop Office is not available on this system: use the preview URLs above, or sideload in Office on the web (README.md).",
    );
    return;
  }
  await sideload(options.app, options.port);
  fs.writeFileSync(STATE_FILE, JSON.stringify({ ...state, sideloaded: true }, null, 2));
}

/** Removes the state file only while it still describes this run's server. */
function removeOwnState(pid) {
  try {
    const state = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
    if (state.serverPid === pid) fs.rmSync(STATE_FILE, { force: true });
  } catch {
    // no state file, or an unreadable one: nothing of ours to remove
  }
}

main().catch((err) => {
  console.error(`npm start: ${err.message}`);
  process.exitCode = 1;
  // Stop only the server this run started, never one another `npm start` owns.
  if (ownServer && ownServer.exitCode === null) ownServer.kill("SIGTERM");
});
