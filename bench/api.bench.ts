/**
 * The write path. Three measures, in one run:
 *
 * 1. Saturation: attempts recorded per second with 50 clients in a closed loop (no pause between
 *    requests), on SQLite and — when DATABASE_URL is set — PostgreSQL, beside a bare Fastify route on
 *    the same machine. Target: ≥ 50% of the bare route's throughput. Server CPU per request is printed
 *    too: unlike req/s it does not move with what else the machine runs.
 * 2. Latency at 50 clients: p99 while the 50 clients offer a fixed load (BENCH_RATE attempts per
 *    second in all, default 250 — each learner submitting every 200 ms, far beyond a pilot's pace).
 *    Target: p99 ≤ 25 ms. In a closed loop latency is only clients ÷ throughput, so the saturation
 *    p99 is printed but is not the target's measure.
 * 3. History: the server time of one learner's next attempt after 100, 1,000 and 3,000 prior ones
 *    (in-process, sequential). Target: the same whatever the history.
 *
 * Each server runs in its own child process on loopback; this process is the load generator: one
 * learner per client, fresh attempt ids, node:http with keep-alive connections (one per client).
 * The generator must cost far less than the server, or the bare route measures the client: `fetch`
 * spends about ten times node:http's CPU per request, which capped the bare route near 2,000 req/s
 * on two cores. Its CPU per request is printed beside each row.
 *
 *   npm run bench -- api          BENCH_SECONDS=10 BENCH_CLIENTS=50 BENCH_RATE=250
 *                                 BENCH_ONLY=load|history (one part only)
 *                                 BENCH_PROFILE=<dir> (CPU profile of the API server)
 *                                 BENCH_DIALECTS=postgres (the load on PostgreSQL only, beside the bare route)
 *
 * On PostgreSQL each row also gives the statements the API sent per attempt, and in how many round trips.
 */
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Fastify from "fastify";
import pg from "pg";
import { buildApp } from "../src/server/app";
import { loadDevIssuer, signDevToken } from "../src/server/auth/dev-issuer";
import { loadConfig } from "../src/server/config";
import { rebuildTenantResults } from "../src/server/results/rollups";
import { NamingClient } from "../src/server/store/db";
import { CRITERIA } from "../src/core/types";
import { acceptCharter, acceptCharterInProcess } from "./charter";

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const RATE = Number(process.env.BENCH_RATE || 250);
const WARMUP_MS = 2000;
const HISTORIES = [100, 1000, 3000];
const ONLY = process.env.BENCH_ONLY;
/** A folder: the API server child writes a V8 CPU profile there when it exits (`--cpu-prof`). */
const PROFILE = process.env.BENCH_PROFILE;
/** Which stores the load part measures: "sqlite,postgres" by default (PostgreSQL only with DATABASE_URL). */
const DIALECTS = (process.env.BENCH_DIALECTS || "sqlite,postgres").split(",");
const PROMPT =
  "Résume la procédure ci-dessous en 5 points clés pour un nouveau collègue du service remboursements, " +
  "sur un ton neutre, en moins de 120 mots. Utilise uniquement le texte sélectionné.";

function apiConfig(dataDir: string, schema: string | undefined) {
  return loadConfig(
    {
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      HTTP: "1",
      RATE_LIMIT_USER_MAX: "1000000",
      RATE_LIMIT_IP_MAX: "1000000",
      ...(schema ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
    },
    { retentionSweepMs: 0 },
  );
}

/** Child mode: `bench/api.bench.ts --serve api|bare <dataDir> [schema]` prints `port=<n>` once listening. */
async function serve(kind: string, dataDir: string, schema: string | undefined): Promise<void> {
  let app;
  if (kind === "bare") {
    app = Fastify({ logger: false });
    app.post("/api/v1/attempts", async (_request, reply) => reply.code(201).send({ ok: true }));
  } else {
    if (schema) countStatements();
    app = await buildApp(apiConfig(dataDir, schema));
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  // A normal exit, so that `--cpu-prof` writes its profile.
  process.once("SIGTERM", () => void app.close().finally(() => process.exit(0)));
  const address = app.server.address();
  process.stdout.write(`port=${typeof address === "object" && address ? address.port : 0}\n`);
}

/**
 * Child side: counts the statements the API sends to PostgreSQL (each one round trip, BEGIN and
 * COMMIT included) and tells the parent the running total when asked.
 */
function countStatements(): void {
  let statements = 0;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  process.on("message", (message) => {
    if (message === "statements") process.send?.({ statements, roundTrips: NamingClient.roundTrips });
  });
}

/** Parent side: the statements a PostgreSQL API child has sent so far, and in how many round trips. */
function statementsSent(child: ChildProcess): Promise<Sent> {
  return new Promise((resolve) => {
    child.once("message", (message: Sent) => resolve(message));
    child.send("statements");
  });
}

interface Sent {
  statements: number;
  roundTrips: number;
}

function startChild(
  kind: string,
  dataDir: string,
  schema?: string,
): Promise<{ child: ChildProcess; origin: string }> {
  // `node --import tsx` (not the tsx CLI) so the child's pid is the server's, for its CPU time.
  const child = spawn(
    process.execPath,
    [
      ...(PROFILE && kind === "api" ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE}`] : []),
      "--import",
      "tsx",
      __filename,
      "--serve",
      kind,
      dataDir,
      ...(schema ? [schema] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit", "ipc"] },
  );
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

/**
 * CPU time of the PostgreSQL backends serving the API (its pool names them "parcours" in
 * pg_stat_activity), read from /proc: on one machine, the database's share of an attempt's cost.
 */
class DatabaseCpu {
  private readonly client: pg.Client;
  private constructor(client: pg.Client) {
    this.client = client;
  }
  static async open(): Promise<DatabaseCpu> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    return new DatabaseCpu(client);
  }
  async read(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>(
      "select pid from pg_stat_activity where application_name = 'parcours'",
    );
    return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
  }
  /** CPU used between two readings; a backend that began in between counts from zero. */
  static used(before: Map<number, number>, after: Map<number, number>): number {
    let total = 0;
    for (const [pid, ms] of after) if (Number.isFinite(ms)) total += ms - (before.get(pid) ?? 0);
    return total;
  }
  close(): Promise<void> {
    return this.client.end();
  }
}

interface Measure {
  /** Server CPU per successful request (robust to a busy machine, unlike req/s). */
  cpuPerRequestMs: number;
  /** PostgreSQL's CPU per request (its backends serving the API), when the API runs on it. */
  dbCpuPerRequestMs?: number;
  /** Statements sent to PostgreSQL per request, when the API runs on it. */
  statementsPerRequest?: number;
  /** Round trips to PostgreSQL per request (statements written together count once). */
  roundTripsPerRequest?: number;
  /** The load generator's CPU per request: far below the server's, or the client is measured. */
  clientCpuPerRequestMs: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function submission(): string {
  const started = new Date(Date.now() - 60_000);
  return JSON.stringify({
    id: randomUUID(),
    exerciseId: "word-summarise-procedure-5-points",
    host: "word",
    lang: "fr",
    prompt: PROMPT,
    startedAt: started.toISOString(),
    submittedAt: new Date().toISOString(),
    selfReport: { minutesSaved: 10, usefulness: 4 },
  });
}

/** POSTs one attempt over a keep-alive connection; resolves with the status once the body is read. */
function postAttempt(agent: http.Agent, origin: URL, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: origin.hostname,
        port: origin.port,
        path: "/api/v1/attempts",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * `clients` learners submitting attempts for SECONDS after a warm-up: back to back (closed loop), or,
 * with `rate`, on a fixed schedule — latency then counts from the scheduled time, so a server that
 * falls behind is charged for the wait.
 */
async function load(
  origin: string,
  tokens: string[],
  pid: number | undefined,
  rate?: number,
  database?: DatabaseCpu,
  statements?: () => Promise<Sent>,
): Promise<Measure> {
  let statementsStart: Promise<Sent> | undefined;
  let cpuStart = Number.NaN;
  let dbCpuStart: Promise<Map<number, number>> | undefined;
  let clientCpuStart: NodeJS.CpuUsage | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: tokens.length });
  const target = new URL(origin);
  const latencies: number[] = [];
  let completed = 0;
  let errors = 0;
  const begin = performance.now();
  const measureFrom = begin + WARMUP_MS;
  const stopAt = measureFrom + SECONDS * 1000;
  let measuredStart = 0;
  const interval = rate ? (tokens.length * 1000) / rate : 0;
  const client = async (token: string, index: number) => {
    let next = begin + (interval * index) / tokens.length;
    while (performance.now() < stopAt) {
      if (interval) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      const t0 = interval ? next : performance.now();
      next += interval;
      const status = await postAttempt(agent, target, token, submission());
      const now = performance.now();
      if (now >= measureFrom) {
        if (measuredStart === 0) {
          measuredStart = now;
          cpuStart = cpuMs(pid);
          dbCpuStart = database?.read();
          statementsStart = statements?.();
          clientCpuStart = process.cpuUsage();
        }
        if (status !== 201) errors++;
        else {
          completed++;
          // Latency of requests sent after the warm-up only: in the first burst some requests reach
          // the server seconds after they were sent (it answers them promptly once it has them).
          if (t0 >= measureFrom) latencies.push(now - t0);
        }
      }
    }
  };
  await Promise.all(tokens.map(client));
  const cpuUsed = cpuMs(pid) - cpuStart;
  const clientCpu = process.cpuUsage(clientCpuStart);
  const dbCpu =
    database && dbCpuStart ? DatabaseCpu.used(await dbCpuStart, await database.read()) : undefined;
  agent.destroy();
  const seconds = (performance.now() - measuredStart) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    cpuPerRequestMs: cpuUsed / completed,
    ...(dbCpu === undefined ? {} : { dbCpuPerRequestMs: dbCpu / completed }),
    ...(statements && statementsStart
      ? await (async () => {
          const [end, start] = [await statements(), await statementsStart];
          return {
            statementsPerRequest: (end.statements - start.statements) / completed,
            roundTripsPerRequest: (end.roundTrips - start.roundTrips) / completed,
          };
        })()
      : {}),
    clientCpuPerRequestMs: (clientCpu.user + clientCpu.system) / 1000 / completed,
    requests: completed,
    errors,
    perSecond: completed / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}

const row = (name: string, m: Measure) =>
  `${name.padEnd(34)} ${m.perSecond.toFixed(0).padStart(6)} req/s   p50 ${m.p50.toFixed(1).padStart(6)} ms   p99 ${m.p99
    .toFixed(1)
    .padStart(
      6,
    )} ms   server CPU ${m.cpuPerRequestMs.toFixed(2)} ms/req${m.dbCpuPerRequestMs === undefined ? "" : ` + PostgreSQL ${m.dbCpuPerRequestMs.toFixed(2)}`}${m.statementsPerRequest === undefined ? "" : ` (${m.statementsPerRequest.toFixed(1)} statements in ${(m.roundTripsPerRequest ?? Number.NaN).toFixed(1)} round trips)`}   client CPU ${m.clientCpuPerRequestMs.toFixed(2)} ms/req   (${m.requests} ok, ${m.errors} errors)`;

/** Server time of one learner's next attempt after `prior` attempts (in-process, no HTTP). */
async function historyCost(dataDir: string, schema: string | undefined, prior: number): Promise<number[]> {
  const app = await buildApp(apiConfig(dataDir, schema));
  try {
    const issuer = await loadDevIssuer(dataDir);
    const user = `history-${prior}`;
    const token = await signDevToken(issuer, { tenant: "bench", user, expiresIn: "1h" });
    const post = () =>
      app.inject({
        method: "POST",
        url: "/api/v1/attempts",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        payload: submission(),
      });
    await acceptCharterInProcess(app, token);
    await post(); // creates the learner
    const db = app.store.db;
    const start = Date.now() - (prior + 10) * 3600_000;
    for (let i = 0; i < prior; i += 500) {
      const rows = Array.from({ length: Math.min(500, prior - i) }, (_, k) => {
        const at = new Date(start + (i + k) * 3600_000).toISOString();
        return {
          tenant_id: "bench",
          id: randomUUID(),
          user_id: user,
          exercise_id: "word-summarise-procedure-5-points",
          exercise_version: 1,
          host: "word",
          lang: "fr",
          score: (i + k) % 100,
          level: null,
          ...(Object.fromEntries(CRITERIA.map((c, j) => [`c_${c}`, (i + k + j) % 4])) as Record<
            `c_${(typeof CRITERIA)[number]}`,
            number
          >),
          passed: 0,
          features: "{}",
          prompt: null,
          prompt_retention: "none",
          output: null,
          started_at: at,
          submitted_at: at,
          duration_ms: 60_000,
          minutes_saved: 5,
          usefulness: null,
          request_hash: "0".repeat(64),
          result: "{}",
          created_at: at,
        };
      });
      await db.insertInto("attempts").values(rows).execute();
    }
    await db.transaction().execute((trx) => rebuildTenantResults(trx, "bench"));
    for (let i = 0; i < 20; i++) await post(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      const response = await post();
      times.push(performance.now() - t0);
      if (response.statusCode !== 201) throw new Error(`attempt refused: ${response.body}`);
    }
    return times.sort((a, b) => a - b);
  } finally {
    await app.close();
  }
}

async function newSchema(): Promise<string> {
  return `bench_api_${process.pid}_${Date.now()}`;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}

async function saturationAndPace(
  label: string,
  dataDir: string,
  schema: string | undefined,
  bare: Measure,
): Promise<void> {
  const api = await startChild("api", dataDir, schema);
  try {
    const issuer = await loadDevIssuer(dataDir);
    const tokens = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        signDevToken(issuer, { tenant: "bench", user: `learner-${i}`, expiresIn: "1h" }),
      ),
    );
    for (const token of tokens) await acceptCharter(api.origin, token);
    const database = schema ? await DatabaseCpu.open() : undefined;
    const statements = schema ? () => statementsSent(api.child) : undefined;
    const closed = await load(api.origin, tokens, api.child.pid, undefined, database, statements);
    const paced = await load(api.origin, tokens, api.child.pid, RATE, database, statements);
    await database?.close();
    console.log(row(`POST /api/v1/attempts (${label})`, closed));
    console.log(row(`  at ${RATE} attempts/s offered`, paced));
    const share = closed.perSecond / bare.perSecond;
    console.log(
      `  ${label}: ${(share * 100).toFixed(1)}% of the bare route (target ≥ 50%: ${share >= 0.5 ? "met" : "NOT met"}), ` +
        `p99 ${paced.p99.toFixed(1)} ms at ${CLIENTS} clients offering ${RATE}/s (target ≤ 25 ms: ${paced.p99 <= 25 ? "met" : "NOT met"}); ` +
        `server CPU ${(closed.cpuPerRequestMs / bare.cpuPerRequestMs).toFixed(0)}× the bare route's`,
    );
  } finally {
    api.child.kill("SIGTERM");
    await new Promise((r) => api.child.once("exit", r));
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-api-"));
  const schema = process.env.DATABASE_URL ? await newSchema() : undefined;
  try {
    console.log(
      `${CLIENTS} clients, ${SECONDS} s each after ${WARMUP_MS / 1000} s warm-up, loopback, ${os.cpus().length} CPUs, load average ${os
        .loadavg()[0]!
        .toFixed(1)}`,
    );
    // The dev issuer's key is created by the first app on this data folder.
    await (await buildApp(apiConfig(dataDir, undefined))).close();
    if (ONLY !== "history") await throughput(dataDir, schema);
    if (ONLY !== "load") await history(dataDir, schema);
  } finally {
    if (schema) await dropSchema(schema);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function throughput(dataDir: string, schema: string | undefined): Promise<void> {
  const bareServer = await startChild("bare", dataDir);
  let bare: Measure;
  try {
    const issuer = await loadDevIssuer(dataDir);
    const token = await signDevToken(issuer, { tenant: "bench", user: "bare", expiresIn: "1h" });
    bare = await load(bareServer.origin, Array<string>(CLIENTS).fill(token), bareServer.child.pid);
  } finally {
    bareServer.child.kill("SIGTERM");
  }
  console.log(row("bare Fastify route", bare));
  if (DIALECTS.includes("sqlite")) await saturationAndPace("SQLite", dataDir, undefined, bare);
  if (schema && DIALECTS.includes("postgres")) await saturationAndPace("PostgreSQL", dataDir, schema, bare);
}

async function history(dataDir: string, schema: string | undefined): Promise<void> {
  console.log("\nOne learner's next attempt, by prior attempts (server time, in-process, 200 sequential)");
  for (const [label, target] of [
    ["SQLite", undefined],
    ...(schema ? [["PostgreSQL", schema] as const] : []),
  ] as const) {
    for (const prior of HISTORIES) {
      const times = await historyCost(dataDir, target, prior);
      const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(2);
      console.log(
        `  ${label.padEnd(10)} ${String(prior).padStart(5)} prior   median ${q(0.5)} ms   p90 ${q(0.9)} ms`,
      );
    }
  }
}

if (process.argv[2] === "--serve") {
  void serve(process.argv[3] ?? "api", process.argv[4] ?? os.tmpdir(), process.argv[5]);
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
