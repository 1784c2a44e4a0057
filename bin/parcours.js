#!/usr/bin/env node
// Runs the compiled command (build/, made at install and by `npm run build`). When a source under
// src/ is newer than the build, it is rebuilt first (about a second); where it cannot be (installed
// without the dev dependencies), the TypeScript sources run through tsx instead.
"use strict";
const path = require("node:path");
const { pathToFileURL } = require("node:url");

// A reader that stops early (`parcours catalog list | head`) closes the pipe: that is the end of the
// output, not an error. Any other write failure is still reported.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

async function loadMain() {
  const { buildIfStale } = require("../scripts/build-server.js");
  try {
    const result = buildIfStale();
    if (result.built) process.stderr.write(`parcours: compiled build/ first (${result.reason}).\n`);
    return require("../build/cli/main.js").main;
  } catch (err) {
    process.stderr.write(`parcours: running the TypeScript sources (${err.message}).\n`);
    // tsx's loader hooks both require and import (commands are loaded with import()).
    await import("tsx");
    const sources = await import(pathToFileURL(path.join(__dirname, "../src/cli/main.ts")).href);
    return sources.main ?? sources.default.main;
  }
}

loadMain()
  .then((main) =>
    main(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
