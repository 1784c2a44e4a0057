/**
 * Results sheet at scale: 10,000 learners × 100 attempts (1,000,000 attempts) and ~200,000
 * real-work uses, on SQLite, and on PostgreSQL when DATABASE_URL (or RESULTS_BENCH_DATABASE_URL, for
 * the bench only) is set — in a dedicated schema, dropped afterwards. RESULTS_BENCH_DIALECTS=postgres
 * (or sqlite) runs one of them only. Ends with the two side by side.
 * Targets: GET /api/v1/results in ≤ 2 s; GET /api/v1/results.xlsx in ≤ 10 s with the process
 * under 500 MB peak RSS.
 *
 * The data is loaded by this process with bulk inserts; the requests run in a fresh child process
 * (the real app, `app.inject`), so its peak RSS is the report's, not the loader's.
 *
 * The per-learner rollups the report reads are built once after the bulk load (as seed-demo does),
 * and timed apart: the attempts route keeps them current one learner at a time.
 *
 *   npm run bench -- results      RESULTS_BENCH_LEARNERS=2000 (or BENCH_LEARNERS) for a quick run;
 *                                 BENCH_KEEP=1 keeps the data
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { buildApp } from "../src/server/app";
import { signDevToken } from "../src/server/auth/dev-issuer";
import { loadConfig, type AppConfig } from "../src/server/config";
import { migrateToLatest, openStore } from "../src/server/store/db";
import { mulberry32 } from "../src/server/results/demo/random";
import { rebuildTenantResults } from "../src/server/results/rollups";
import { markTenantTransferAttempts } from "../src/server/results/transfer";
import { putStage } from "../src/server/stages/stages";
import { CRITERIA } from "../src/core/types";
import type { Database } from "../src/server/store/schema";
import { sql } from "kysely";

const LEARNERS = Number(process.env.RESULTS_BENCH_LEARNERS || process.env.BENCH_LEARNERS || 10_000);
const PER_LEARNER = Number(process.env.BENCH_ATTEMPTS || 100);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const TENANT = "bench";
const DEPARTMENTS = [
  "Prestations santé",
  "Relation adhérents",
  "Gestion des contrats",
  "Comptabilité",
  "Direction",
];
const HOSTS = ["word", "outlook", "excel"];
const DAY = 86_400_000;
const START = Date.parse("2026-01-05T00:00:00Z");
const WEEKS = 26;
const DATABASE_URL = process.env.RESULTS_BENCH_DATABASE_URL || process.env.DATABASE_URL;
const DIALECTS = (process.env.RESULTS_BENCH_DIALECTS || "sqlite,postgres").split(",");
const USE_KINDS = ["insert", "replace", "reply", "values", "formula", "copy"] as const;

interface Target {
  dialect: "sqlite" | "postgres";
  dataDir: string;
  schema?: string;
}

/** One attempt's varying columns; the rest are constants in the INSERT. */
interface AttemptValues {
  id: string;
  user: string;
  host: string;
  score: number;
  criteria: number[];
  at: string;
  minutes: number | null;
  usefulness: number | null;
  /** The benchmark for a learner's first and last attempts, one of 40 exercises (with retries) between. */
  exercise: string;
}

const BENCHMARK = "word-benchmark-procedure-note";

function* attempts(): Generator<AttemptValues> {
  const random = mulberry32(42);
  let n = 0;
  for (let u = 0; u < LEARNERS; u++) {
    const user = `u${String(u).padStart(6, "0")}`;
    const start = 0.2 + random() * 0.3;
    let t = START + Math.floor(random() * 14) * DAY;
    for (let i = 0; i < PER_LEARNER; i++) {
      const skill = 0.9 - (0.9 - start) * Math.exp(-i / 10);
      const criteria = CRITERIA.map(() =>
        Math.max(0, Math.min(3, Math.round(3 * (skill + (random() - 0.5) * 0.4)))),
      );
      const score = Math.round((100 * criteria.slice(0, 7).reduce((a, b) => a + b, 0)) / 21);
      t += Math.floor(random() * ((WEEKS * 7 * DAY) / PER_LEARNER) * 1.6);
      const reports = random() < 0.5;
      n++;
      yield {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        user,
        host: HOSTS[Math.floor(random() * 3)]!,
        score,
        criteria,
        at: new Date(t + Math.floor(random() * 10 * 3_600_000)).toISOString(),
        minutes: reports ? Math.floor(random() * 30) : null,
        usefulness: reports ? 1 + Math.floor(random() * 5) : null,
        exercise: i === 0 || i === PER_LEARNER - 1 ? BENCHMARK : `exercise-${Math.floor(random() * 40)}`,
      };
    }
  }
}

const ATTEMPT_COLUMNS = [
  "tenant_id",
  "id",
  "user_id",
  "exercise_id",
  "exercise_version",
  "host",
  "lang",
  "score",
  "level",
  ...CRITERIA.map((c) => `c_${c}`),
  "passed",
  "features",
  "prompt",
  "prompt_retention",
  "output",
  "started_at",
  "submitted_at",
  "duration_ms",
  "minutes_saved",
  "usefulness",
  "request_hash",
  "result",
  "created_at",
];

function configFor(target: Target): AppConfig {
  const env: NodeJS.ProcessEnv = target.dialect === "postgres" ? { DATABASE_URL } : {};
  return loadConfig(env, {
    dataDir: target.dataDir,
    https: false,
    logLevel: "silent",
    retentionSweepMs: 0,
    staticDir: path.join(target.dataDir, "no-dist"),
    rateLimit: { userMax: 1_000_000, ipMax: 1_000_000 },
    ...(target.schema ? { databaseSchema: target.schema } : {}),
  });
}

/**
 * Marks transfer attempts, defines two stages of 13 weeks and adds a confidence pulse per learner at
 * onboarding and at the end of each stage; then builds the tenant's results rollups from the loaded
 * attempts. Returns the time the rollups took.
 */
async function buildRollups(target: Target): Promise<number> {
  const store = openStore(configFor(target));
  try {
    await store.db.transaction().execute((trx) => markTenantTransferAttempts(trx, TENANT));
    const stage = (id: string, name: string, startsOn: string, endsOn: string) =>
      putStage(
        store.db,
        TENANT,
        id,
        {
          name,
          startsOn,
          endsOn,
          targets: [
            { metric: "weeklyActiveShare", min: 0.7 },
            { metric: "benchmarkChange", min: 15 },
            { metric: "minutesSavedPerWeek", min: 30 },
            { metric: "realUsesPerWeek", min: 1 },
          ],
        },
        "bench",
      );
    await stage("etape-1", "Étape 1", "2026-01-05", "2026-04-05");
    await stage("etape-2", "Étape 2", "2026-04-06", "2026-07-05");
    const random = mulberry32(7);
    const pulses = [];
    for (let u = 0; u < LEARNERS; u++) {
      const user = `u${String(u).padStart(6, "0")}`;
      let confidence = 2 + Math.floor(random() * 2);
      for (const at of ["2026-01-05", "2026-04-01", "2026-07-01"]) {
        pulses.push({
          tenant_id: TENANT,
          id: `p-${u}-${at}`,
          user_id: user,
          confidence,
          ai_use: "weekly",
          answered_at: `${at}T10:00:00.000Z`,
        });
        confidence = Math.min(5, confidence + Math.round(random()));
      }
    }
    for (let i = 0; i < pulses.length; i += 2000)
      await store.db
        .insertInto("pulses")
        .values(pulses.slice(i, i + 2000))
        .execute();
    // Real-work uses: about 20 per learner over the 26 weeks, more for some than others.
    let uses: Database["real_work_uses"][] = [];
    let n = 0;
    for (let u = 0; u < LEARNERS; u++) {
      const user = `u${String(u).padStart(6, "0")}`;
      const count = Math.floor(random() * 40);
      for (let i = 0; i < count; i++) {
        n++;
        uses.push({
          tenant_id: TENANT,
          id: `00000000-0000-4000-a000-${String(n).padStart(12, "0")}`,
          user_id: user,
          client_id: `c${n}`,
          kind: USE_KINDS[Math.floor(random() * USE_KINDS.length)]!,
          host: HOSTS[Math.floor(random() * 3)] as "word",
          exercise_id: null,
          occurred_at: new Date(START + Math.floor(random() * WEEKS * 7 * DAY)).toISOString(),
        });
        if (uses.length === 2000) {
          await store.db.insertInto("real_work_uses").values(uses).execute();
          uses = [];
        }
      }
    }
    if (uses.length) await store.db.insertInto("real_work_uses").values(uses).execute();
  } catch (err) {
    await store.close();
    throw err;
  }
  const started = Date.now();
  let took: number;
  try {
    await store.db.transaction().execute((trx) => rebuildTenantResults(trx, TENANT));
    took = Date.now() - started;
    // Fresh statistics for the rows just added and rebuilt, as the database's own maintenance would
    // keep them. Marking transfer attempts above rewrote every attempt row at once (the attempts
    // route marks one learner's at a time): on PostgreSQL, vacuum clears those dead rows and the
    // visibility map again, as autovacuum would, so covering indexes serve index-only scans.
    if (target.dialect === "postgres")
      for (const table of [
        "attempts",
        "pulses",
        "real_work_uses",
        "users",
        "result_learner_rollups",
        "result_weekly_rollups",
      ])
        await sql`vacuum analyze ${sql.table(table)}`.execute(store.db);
    else await sql`analyze`.execute(store.db);
  } finally {
    await store.close();
  }
  return took;
}

async function load(target: Target): Promise<number> {
  const config = configFor(target);
  const store = openStore(config);
  await migrateToLatest(store, config.databaseSchema);
  await store.close();
  const started = Date.now();
  const now = "2026-01-01T00:00:00.000Z";
  const users = Array.from({ length: LEARNERS }, (_, u) => ({
    id: `u${String(u).padStart(6, "0")}`,
    cohort: `Vague ${1 + (u % 2)}`,
    department: DEPARTMENTS[u % DEPARTMENTS.length]!,
  }));

  if (target.dialect === "sqlite") {
    const db = new SQLite(config.sqliteFile);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = OFF");
    db.prepare("insert into tenants values (?, '{}', ?, ?)").run(TENANT, now, now);
    const addUser = db.prepare(
      "insert into users (tenant_id, user_id, cohort, department, created_at, last_seen_at) values (?, ?, ?, ?, ?, ?)",
    );
    db.transaction(() => users.forEach((u) => addUser.run(TENANT, u.id, u.cohort, u.department, now, now)))();
    const addAttempt = db.prepare(
      `insert into attempts (${ATTEMPT_COLUMNS.join(", ")}) values (${ATTEMPT_COLUMNS.map(() => "?").join(", ")})`,
    );
    const batch = db.transaction((rows: AttemptValues[]) => {
      for (const a of rows) {
        addAttempt.run(
          TENANT,
          a.id,
          a.user,
          a.exercise,
          1,
          a.host,
          "fr",
          a.score,
          null,
          ...a.criteria,
          a.score >= 60 ? 1 : 0,
          "{}",
          null,
          "none",
          null,
          a.at,
          a.at,
          120_000,
          a.minutes,
          a.usefulness,
          "0",
          "{}",
          a.at,
        );
      }
    });
    let rows: AttemptValues[] = [];
    for (const a of attempts()) {
      rows.push(a);
      if (rows.length === 50_000) {
        batch(rows);
        rows = [];
      }
    }
    batch(rows);
    db.exec("analyze");
    db.close();
  } else {
    const client = new pg.Client({
      connectionString: DATABASE_URL,
      options: `-c search_path=${target.schema}`,
    });
    await client.connect();
    await client.query("insert into tenants values ($1, '{}', $2, $2)", [TENANT, now]);
    await client.query(
      `insert into users (tenant_id, user_id, cohort, department, created_at, last_seen_at)
       select $1, id, cohort, department, $2, $2 from unnest($3::text[], $4::text[], $5::text[]) as t(id, cohort, department)`,
      [TENANT, now, users.map((u) => u.id), users.map((u) => u.cohort), users.map((u) => u.department)],
    );
    const criteriaColumns = CRITERIA.map((c) => `c_${c}`);
    const insert = `insert into attempts (${ATTEMPT_COLUMNS.join(", ")})
      select $1, id, user_id, exercise, 1, host, 'fr', score, null, ${criteriaColumns.join(", ")},
             case when score >= 60 then 1 else 0 end, '{}', null, 'none', null, at, at, 120000, minutes, usefulness, '0', '{}', at
      from unnest($2::text[], $3::text[], $4::text[], $5::int[], ${criteriaColumns.map((_, i) => `$${6 + i}::int[]`).join(", ")},
                  $14::text[], $15::int[], $16::int[], $17::text[])
        as t(id, user_id, host, score, ${criteriaColumns.join(", ")}, at, minutes, usefulness, exercise)`;
    const flush = async (rows: AttemptValues[]) => {
      if (rows.length === 0) return;
      await client.query(insert, [
        TENANT,
        rows.map((r) => r.id),
        rows.map((r) => r.user),
        rows.map((r) => r.host),
        rows.map((r) => r.score),
        ...CRITERIA.map((_, i) => rows.map((r) => r.criteria[i])),
        rows.map((r) => r.at),
        rows.map((r) => r.minutes),
        rows.map((r) => r.usefulness),
        rows.map((r) => r.exercise),
      ]);
    };
    let rows: AttemptValues[] = [];
    for (const a of attempts()) {
      rows.push(a);
      if (rows.length === 20_000) {
        await flush(rows);
        rows = [];
      }
    }
    await flush(rows);
    // A steady-state table: the visibility map lets the covering index serve index-only scans.
    await client.query("vacuum analyze attempts");
    await client.query("analyze");
    await client.end();
  }
  return Date.now() - started;
}

/** Child process: the real app answering the two requests, timed; prints one JSON line. */
async function measure(target: Target): Promise<void> {
  const app = await buildApp({ ...configFor(target), migrateOnStart: false });
  const token = await signDevToken(app.devIssuer!, { tenant: TENANT, user: "lead", roles: ["PilotLead"] });
  const headers = { authorization: `Bearer ${token}` };
  const timings: Record<string, number[]> = { json: [], xlsx: [] };
  let jsonBytes = 0;
  let xlsxBytes = 0;
  let learners = 0;
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    const json = await app.inject({ method: "GET", url: "/api/v1/results", headers });
    timings.json!.push(performance.now() - started);
    if (json.statusCode !== 200) throw new Error(`results: ${json.statusCode} ${json.body.slice(0, 300)}`);
    jsonBytes = json.rawPayload.length;
    learners = (JSON.parse(json.body) as { learners: unknown[] }).learners.length;
    started = performance.now();
    const xlsx = await app.inject({ method: "GET", url: "/api/v1/results.xlsx", headers });
    timings.xlsx!.push(performance.now() - started);
    if (xlsx.statusCode !== 200) throw new Error(`results.xlsx: ${xlsx.statusCode}`);
    xlsxBytes = xlsx.rawPayload.length;
  }
  // The bilan of the stage that ends last, beside the one before: JSON and the printable page.
  const bilanTimings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const bilan = await app.inject({ method: "GET", url: "/api/v1/results/bilan?stage=etape-2", headers });
    bilanTimings.push(performance.now() - started);
    if (bilan.statusCode !== 200) throw new Error(`bilan: ${bilan.statusCode} ${bilan.body.slice(0, 300)}`);
  }
  timings.bilan = bilanTimings;
  const htmlStart = performance.now();
  const html = await app.inject({ method: "GET", url: "/api/v1/results/bilan.html?stage=etape-2", headers });
  timings.bilanHtml = [performance.now() - htmlStart];
  if (html.statusCode !== 200) throw new Error(`bilan.html: ${html.statusCode}`);
  // The RSS target is the two reports'; the dated one below is timed only.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // A start date cuts learners' histories, so this report passes over the attempts (once: it is slow).
  const datedStart = performance.now();
  const dated = await app.inject({ method: "GET", url: "/api/v1/results?from=2026-01-01", headers });
  const datedMs = performance.now() - datedStart;
  if (dated.statusCode !== 200) throw new Error(`results?from: ${dated.statusCode}`);
  await app.close();
  process.stdout.write(
    `${JSON.stringify({ timings, datedMs, jsonBytes, xlsxBytes, learners, peakRssMb })}\n`,
  );
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function run(): Promise<void> {
  const targets: Target[] = [];
  if (DIALECTS.includes("sqlite"))
    targets.push({
      dialect: "sqlite",
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-results-")),
    });
  if (DATABASE_URL && DIALECTS.includes("postgres")) {
    targets.push({
      dialect: "postgres",
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-results-")),
      schema: `bench_results_${process.pid}`,
    });
  } else if (DIALECTS.includes("postgres")) {
    console.log("DATABASE_URL is not set: PostgreSQL skipped.");
  }
  let failed = false;
  const table: string[] = [];
  for (const target of targets) {
    try {
      const loadMs = await load(target);
      console.log(
        `${target.dialect}: loaded ${LEARNERS} learners × ${PER_LEARNER} attempts in ${seconds(loadMs)}`,
      );
      console.log(`  results rollups built in ${seconds(await buildRollups(target))}`);
      const child = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), __filename, "--measure", JSON.stringify(target)],
        {
          encoding: "utf8",
          env: process.env,
          stdio: ["ignore", "pipe", "inherit"],
          maxBuffer: 1 << 20,
        },
      );
      if (child.status !== 0) throw new Error(`measurement failed (exit ${child.status})`);
      const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as {
        timings: { json: number[]; xlsx: number[]; bilan: number[]; bilanHtml: number[] };
        datedMs: number;
        jsonBytes: number;
        xlsxBytes: number;
        learners: number;
        peakRssMb: number;
      };
      const json = median(result.timings.json);
      const xlsx = median(result.timings.xlsx);
      const verdict = (ok: boolean) => (ok ? "ok" : "OVER TARGET");
      console.log(
        `  GET /results       median ${seconds(json)} of ${RUNS} (${result.timings.json.map(seconds).join(", ")}); ${result.learners} learners, ${(result.jsonBytes / 1e6).toFixed(1)} MB — target ≤ 2 s: ${verdict(json <= 2000)}`,
      );
      console.log(
        `  GET /results.xlsx  median ${seconds(xlsx)} of ${RUNS} (${result.timings.xlsx.map(seconds).join(", ")}); ${(result.xlsxBytes / 1e6).toFixed(1)} MB — target ≤ 10 s: ${verdict(xlsx <= 10_000)}`,
      );
      console.log(
        `  GET /results?from= ${seconds(result.datedMs)} (a start date: read from the attempts, no target)`,
      );
      const bilan = median(result.timings.bilan);
      console.log(
        `  GET /results/bilan median ${seconds(bilan)} of ${RUNS} (${result.timings.bilan.map(seconds).join(", ")}); .html ${seconds(result.timings.bilanHtml[0]!)} — target ≤ 2 s: ${verdict(bilan <= 2000)}`,
      );
      console.log(
        `  peak RSS of the serving process: ${result.peakRssMb.toFixed(0)} MB — target ≤ 500 MB: ${verdict(result.peakRssMb <= 500)}`,
      );
      failed ||= json > 2000 || xlsx > 10_000 || result.peakRssMb > 500 || bilan > 2000;
      table.push(
        `  ${target.dialect.padEnd(9)} ${seconds(bilan).padStart(7)} ${seconds(json).padStart(8)} ${seconds(xlsx).padStart(7)} ${`${result.peakRssMb.toFixed(0)} MB`.padStart(9)}`,
      );
    } finally {
      if (process.env.BENCH_KEEP)
        console.log(`  kept ${target.schema ? `schema ${target.schema}` : target.dataDir}`);
      else {
        if (target.schema) await dropSchema(target.schema);
        fs.rmSync(target.dataDir, { recursive: true, force: true });
      }
    }
  }
  if (table.length) {
    console.log(`\n  ${LEARNERS} learners, ${LEARNERS * PER_LEARNER} attempts — medians of ${RUNS}:`);
    console.log(
      `  ${"database".padEnd(9)} ${"bilan".padStart(7)} ${"results".padStart(8)} ${"xlsx".padStart(7)} ${"peak RSS".padStart(9)}`,
    );
    for (const line of table) console.log(line);
    console.log("  targets: bilan ≤ 2 s, results ≤ 2 s, xlsx ≤ 10 s, RSS ≤ 500 MB");
  }
  process.exitCode = failed ? 1 : 0;
}

const measureAt = process.argv.indexOf("--measure");
if (measureAt >= 0) {
  measure(JSON.parse(process.argv[measureAt + 1]!) as Target).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
