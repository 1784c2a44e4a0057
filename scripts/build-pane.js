// Builds the task pane into dist/ when it is older than its sources (used by npm start and the e2e run).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const INPUTS = ["src/taskpane", "src/office", "src/core", "content", "assets", "public", "webpack.config.js"];

/** The newest modification time of a file, or of the files under a folder (0 when missing). */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/taskpane.html is at least as new as every input. */
function isPaneFresh() {
  const built = path.join(ROOT, "dist", "taskpane.html");
  if (!fs.existsSync(built)) return false;
  const newest = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  return fs.statSync(built).mtimeMs >= newest;
}

/** Runs a development webpack build unless dist/ is fresh; throws when the build fails. */
function buildPaneIfStale({ log = console.log } = {}) {
  if (isPaneFresh()) {
    log("Task pane is up to date (dist/).");
    return;
  }
  log("Building the task pane (webpack --mode development)…");
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("the task pane build failed (see above)");
}

module.exports = { buildPaneIfStale, isPaneFresh, newestMtime };
