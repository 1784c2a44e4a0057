#!/usr/bin/env node
// `npm run bench [-- <name>…]`: runs every bench/<name>.bench.ts (or the named ones) and prints its figures.
// Benchmarks only print numbers; tests never assert timings.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark matches ${wanted.join(", ")}.`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace(/\.bench\.ts$/, "")} ===`);
  const tsx = require.resolve("tsx/cli");
  const result = spawnSync(process.execPath, [tsx, path.join(__dirname, file)], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
