#!/usr/bin/env node
// Compiles the server, the `parcours` command and the shared core (src/{core,server,cli}/**/*.ts) to
// CommonJS in build/, one file per source with the same layout, so `parcours` and `parcours serve`
// start without compiling TypeScript. Run by `npm install`/`npm ci` (prepare), `npm run build`, Jest's
// global setup, and by bin/parcours.js when a source is newer than the build. Types are checked by
// `npm run typecheck`, not here (swc only strips them), so a build takes about a second. Packages
// are required where first used (swc's lazy CommonJS imports), so `parcours serve` does not load
// what its first requests do not need (the model SDK, the certificate generator, the workbook writer).
//
//   node scripts/build-server.js            build when stale
//   node scripts/build-server.js --force    build anyway
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIRS = ["core", "server", "cli"];
/** Written last: the build is complete, and as new as this stamp's mtime. */
const STAMP = ".built";

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) {
    if (fs.existsSync(path.join(root, "src", dir))) walk(path.join(root, "src", dir));
  }
  return files;
}

/** Why `<root>/build` must be (re)made, or null when it is at least as new as every source. */
function staleReason(root = ROOT) {
  const stamp = path.join(root, "build", STAMP);
  if (!fs.existsSync(stamp)) return "no build yet";
  const built = fs.statSync(stamp).mtimeMs;
  for (const file of sourceFiles(root)) {
    if (fs.statSync(file).mtimeMs > built) return `${path.relative(root, file)} changed after the last build`;
  }
  return null;
}

/**
 * Compiles every source. Each file is written to a temporary name and renamed, so a process starting
 * meanwhile reads whole files; two builds at once write the same content.
 */
function build(root) {
  let swc;
  try {
    swc = require("@swc/core");
  } catch {
    const err = new Error("@swc/core is not installed (dev dependencies omitted)");
    err.code = "NO_COMPILER";
    throw err;
  }
  const started = Date.now();
  const files = sourceFiles(root);
  const out = path.join(root, "build");
  for (const file of files) {
    const relative = path.relative(path.join(root, "src"), file);
    const target = path.join(out, relative.replace(/\.ts$/, ".js"));
    const { code, map } = swc.transformFileSync(file, {
      swcrc: false,
      configFile: false,
      sourceMaps: true,
      jsc: { parser: { syntax: "typescript" }, target: "es2022", keepClassNames: true },
      module: { type: "commonjs", lazy: true },
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    fs.renameSync(tmp, target);
    if (map) fs.writeFileSync(`${target}.map`, map);
  }
  fs.mkdirSync(out, { recursive: true });
  // Dated from the start: a source saved while this build ran makes the next run rebuild.
  const stamp = path.join(out, STAMP);
  fs.writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  fs.utimesSync(stamp, new Date(started), new Date(started));
  return { files: files.length, ms: Date.now() - started };
}

/** Builds `<root>/build` unless fresh; returns what was done. */
function buildIfStale({ force = false, root = ROOT } = {}) {
  const reason = force ? "asked to" : staleReason(root);
  if (!reason) return { built: false };
  return { built: true, reason, ...build(root) };
}

module.exports = { buildIfStale, staleReason };

if (require.main === module) {
  try {
    const result = buildIfStale({ force: process.argv.includes("--force") });
    console.log(
      result.built
        ? `Built the server and the parcours command into build/ (${result.files} files, ${result.ms} ms).`
        : "The server build is up to date (build/).",
    );
  } catch (err) {
    console.error(`build-server: ${err.message}`);
    // Installed without dev dependencies: bin/parcours.js runs the sources through tsx instead.
    process.exitCode = err.code === "NO_COMPILER" ? 0 : 1;
  }
}
