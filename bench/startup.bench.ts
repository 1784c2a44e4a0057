/**
 * Start-up of what users run: `parcours --help` (target ≤ 0.5 s) and `parcours serve` until its
 * health check answers (target ≤ 1.5 s), from the compiled build (made at install and by
 * `npm run build`), beside the same commands run from the TypeScript sources through tsx.
 * Serve is measured on a fresh data folder (migrations, dev issuer keys) and on a used one, with
 * the server's CPU time until ready: on a shared machine the wall time mostly says how busy it is.
 *
 *   npm run bench -- startup        BENCH_RUNS=5
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS || 5);
const BIN = path.join(ROOT, "bin/parcours.js");

/** `node bin/parcours.js …`, or the sources through tsx (as bin/parcours.js did before the build). */
function command(compiled: boolean, args: string[]): string[] {
  if (compiled) return [BIN, ...args];
  const main = JSON.stringify(path.join(ROOT, "src/cli/main.ts"));
  const runner =
    `import("tsx").then(() => import(${main})).then((m) => (m.main ?? m.default.main)(process.argv.slice(1), ` +
    `{ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }))` +
    `.then((c) => { process.exitCode = c; });`;
  return ["-e", runner, ...args];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function helpSeconds(compiled: boolean): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, command(compiled, ["--help"]), { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`parcours --help failed: ${result.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** CPU time (user + system, s) a process has used, from /proc on Linux; NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Seconds until the health check answers, and the server's CPU seconds by then. */
async function serveSeconds(compiled: boolean, dataDir: string): Promise<{ wall: number; cpu: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    command(compiled, ["serve", "--http", "--port", String(port), "--data", dataDir]),
    { cwd: ROOT, stdio: "ignore", env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "" } },
  );
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`parcours serve exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        if (response.ok) return { wall: (performance.now() - t0) / 1000, cpu: cpuSeconds(child.pid) };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  // Make sure the build is current, so the first compiled run does not include a rebuild.
  spawnSync(process.execPath, [path.join(ROOT, "scripts/build-server.js")], { stdio: "inherit" });
  console.log(
    `median of ${RUNS} runs, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  for (const compiled of [true, false]) {
    const label = compiled ? "compiled (build/)" : "sources (tsx)";
    const help = median(Array.from({ length: RUNS }, () => helpSeconds(compiled)));
    const fresh: number[] = [];
    const used: number[] = [];
    const usedCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-start-"));
      try {
        fresh.push((await serveSeconds(compiled, dataDir)).wall);
        const again = await serveSeconds(compiled, dataDir);
        used.push(again.wall);
        usedCpu.push(again.cpu);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const mark = (value: number, target: number) =>
      compiled ? ` (target ≤ ${target} s: ${value <= target ? "met" : "NOT met"})` : "";
    console.log(`${label.padEnd(18)} parcours --help          ${help.toFixed(2)} s${mark(help, 0.5)}`);
    console.log(
      `${label.padEnd(18)} parcours serve → ready   ${median(used).toFixed(2)} s${mark(median(used), 1.5)}, ` +
        `first start on a new data folder ${median(fresh).toFixed(2)} s${mark(median(fresh), 1.5)}; ` +
        `CPU until ready ${median(usedCpu).toFixed(2)} s (what a busy machine does not inflate much)`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
