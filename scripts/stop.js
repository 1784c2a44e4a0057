#!/usr/bin/env node
// `npm stop`: stops what `npm start` started — the server and, where it was sideloaded, the Office add-in.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const STATE_FILE = path.join(process.env.PARCOURS_STATE_DIR || path.join(ROOT, ".parcours"), "start.json");
const MANIFEST_BY_APP = { word: "manifest.xml", excel: "manifest.xml", outlook: "manifest.outlook.xml" };

if (!fs.existsSync(STATE_FILE)) {
  console.log("Nothing to stop: `npm start` is not running from this folder.");
  process.exit(0);
}
const state = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
if (state.sideloaded) {
  const bin = require.resolve("office-addin-debugging/cli.js");
  spawnSync(process.execPath, [bin, "stop", MANIFEST_BY_APP[state.app] || "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}
try {
  process.kill(state.serverPid, "SIGTERM");
  console.log(`Stopped the Parcours server (pid ${state.serverPid}).`);
} catch (err) {
  if (err.code !== "ESRCH") throw err;
  console.log("The Parcours server had already stopped.");
}
fs.rmSync(STATE_FILE, { force: true });
