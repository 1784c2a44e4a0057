#!/usr/bin/env node
// Runs the compiled command (build/, made at install and by `npm run build`). When a source under
// src/ is newer than the build, it is rebuilt first (about a second); where it cannot be (installed
// without the dev dependencies), the TypeScript sources run through tsx instead.
"use strict";
const path = require("node:path");

function loadMain() {
  const { buildIfStale } = require("../scripts/build-server.js");
  try {
    const result = buildIfStale();
    if (result.built) process.stderr.write(`parcours: compiled build/ first (${result.reason}).\n`);
    return require("../build/cli/main.js").main;
  } catch (err) {
    process.stderr.write(`parcours: running the TypeScript sources (${err.message}).\n`);
    require("tsx/cjs/api").register();
    return require(path.join(__dirname, "../src/cli/main.ts")).main;
  }
}

loadMain()(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
