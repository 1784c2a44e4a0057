/**
 * Attempts recorded per second and p99 latency with 50 concurrent clients, on SQLite, measured in
 * the same run as a bare Fastify route on the same machine. Target: ≥ 30% of the bare route's
 * throughput, p99 < 25 ms.
 *
 * Each server runs in its own child process on loopback; this process is the load generator
 * (keep-alive fetch, 50 clients in a closed loop, one learner per client, fresh attempt ids).
 *
 *   npm run bench -- api          BENCH_SECONDS=10 BENCH_CLIENTS=50
 */
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Fastify from "fastify";
import { buildApp } from "../src/server/app";
import { signDevToken } from "../src/server/auth/dev-issuer";
import { loadConfig } from "../src/server/config";

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const WARMUP_MS = 2000;
const PROMPT =
  "Résume la procédure ci-dessous en 5 points clés pour un nouveau collègue du service remboursements, " +
  "sur un ton neutre, en moins de 120 mots. Utilise uniquement le texte sélectionné.";

/** Child mode: `tsx bench/api.bench.ts --serve api|bare <dataDir>` prints `port=<n>` once listening. */
async function serve(kind: string, dataDir: string): Promise<void> {
  let app;
  if (kind === "bare") {
    app = Fastify({ logger: false });
    app.post("/api/v1/attempts", async (_request, reply) => reply.code(201).send({ ok: true }));
  } else {
    const config = loadConfig(
      {
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        HTTP: "1",
        RATE_LIMIT_USER_MAX: "1000000",
        RATE_LIMIT_IP_MAX: "1000000",
      },
      { retentionSweepMs: 0 },
    );
    app = await buildApp(config);
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  process.stdout.write(`port=${typeof address === "object" && address ? address.port : 0}\n`);
}

function startChild(kind: string, dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  // `node --import tsx` (not the tsx CLI) so the child's pid is the server's, for its CPU time.
  const child = spawn(process.execPath, ["--import", "tsx", __filename, "--serve", kind, dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /port=(\d+)/.exec(text);
      if (match) resolve({ child, origin: `http://127.0.0.1:${match[1]}` });
    });
    child.on("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

/** CPU time (user + system, ms) a process has used, from /proc on Linux; NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

interface Measure {
  /** Server CPU per successful request (robust to a busy machine, unlike req/s). */
  cpuPerRequestMs: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function load(origin: string, tokens: string[], pid: number | undefined): Promise<Measure> {
  let cpuStart = Number.NaN;
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  const stopAt = Date.now() + WARMUP_MS + SECONDS * 1000;
  setTimeout(() => (measuring = true), WARMUP_MS);
  let measuredStart = 0;
  const client = async (token: string) => {
    while (Date.now() < stopAt) {
      const started = new Date(Date.now() - 60_000);
      const payload = JSON.stringify({
        id: randomUUID(),
        exerciseId: "word-summarise-procedure-5-points",
        host: "word",
        lang: "fr",
        prompt: PROMPT,
        startedAt: started.toISOString(),
        submittedAt: new Date().toISOString(),
        selfReport: { minutesSaved: 10, usefulness: 4 },
      });
      const t0 = performance.now();
      const response = await fetch(`${origin}/api/v1/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: payload,
      });
      await response.arrayBuffer();
      const elapsed = performance.now() - t0;
      if (measuring) {
        if (measuredStart === 0) {
          measuredStart = performance.now();
          cpuStart = cpuMs(pid);
        }
        if (response.status === 201) latencies.push(elapsed);
        else errors++;
      }
    }
  };
  await Promise.all(tokens.map(client));
  const cpuUsed = cpuMs(pid) - cpuStart;
  const seconds = (performance.now() - measuredStart) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    cpuPerRequestMs: cpuUsed / latencies.length,
    requests: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-api-"));
  // The issuer is created by the API child on its first start; sign with the same key file.
  const api = await startChild("api", dataDir);
  const bare = await startChild("bare", dataDir);
  try {
    const { loadDevIssuer } = await import("../src/server/auth/dev-issuer");
    const issuer = await loadDevIssuer(dataDir);
    const tokens = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        signDevToken(issuer, { tenant: "bench", user: `learner-${i}`, expiresIn: "1h" }),
      ),
    );
    console.log(
      `${CLIENTS} clients, ${SECONDS} s each after ${WARMUP_MS / 1000} s warm-up, loopback, ${os.cpus().length} CPUs`,
    );
    const bareResult = await load(bare.origin, tokens, bare.child.pid);
    const apiResult = await load(api.origin, tokens, api.child.pid);
    const row = (name: string, m: Measure) =>
      `${name.padEnd(28)} ${m.perSecond.toFixed(0).padStart(8)} req/s   p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99
        .toFixed(1)
        .padStart(
          6,
        )} ms   server CPU ${m.cpuPerRequestMs.toFixed(2)} ms/req   (${m.requests} ok, ${m.errors} errors)`;
    console.log(row("bare Fastify route", bareResult));
    console.log(row("POST /api/v1/attempts (SQLite)", apiResult));
    const share = apiResult.perSecond / bareResult.perSecond;
    console.log(
      `attempts: ${(share * 100).toFixed(1)}% of the bare route (target ≥ 30%: ${share >= 0.3 ? "met" : "NOT met"}), ` +
        `p99 ${apiResult.p99.toFixed(1)} ms (target < 25 ms: ${apiResult.p99 < 25 ? "met" : "NOT met"})`,
    );
  } finally {
    api.child.kill("SIGTERM");
    bare.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--serve") {
  void serve(process.argv[3] ?? "api", process.argv[4] ?? os.tmpdir());
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
