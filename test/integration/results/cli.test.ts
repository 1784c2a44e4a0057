import { personalDataInSharedText } from "../../../src/core/privacy";
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { main } from "../../../src/cli/main";
import { ResultsReportSchema, type ResultsReport } from "../../../src/core/results/schema";
import { summaryRows } from "../../../src/core/results/sheets";
import { DIALECTS } from "./store";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe.each(DIALECTS)("parcours seed-demo and results on %s", (dialect) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-results-cli-"));
  const schema = `cli_${process.pid}_${randomBytes(3).toString("hex")}`;
  const env: NodeJS.ProcessEnv =
    dialect === "postgres" ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema } : {};

  async function run(...args: string[]): Promise<Run> {
    const out = sink();
    const err = sink();
    const code = await main(args, { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream, env });
    return { code, stdout: out.text(), stderr: err.text() };
  }

  async function jsonReport(...filter: string[]): Promise<ResultsReport> {
    const file = path.join(dir, `r-${randomBytes(3).toString("hex")}.json`);
    const r = await run(
      "results",
      "--tenant",
      "demo",
      "--format",
      "json",
      "--out",
      file,
      "--data",
      dir,
      ...filter,
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    return ResultsReportSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  }

  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (dialect === "postgres") {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  });

  it("seeds a demo pilot, and seeding again replaces it with the same figures", async () => {
    const first = await run("seed-demo", "--data", dir, "--learners", "60", "--weeks", "6", "--seed", "7");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Demo pilot "demo" in .*: 60 learners \(\d+ active\), \d+ attempts, \d+ privacy blocks/,
    );
    const before = await jsonReport();
    const again = await run("seed-demo", "--data", dir, "--learners", "60", "--weeks", "6", "--seed", "7");
    expect(again.stdout).toBe(first.stdout);
    const after = await jsonReport();
    expect({ ...after, generatedAt: "" }).toEqual({ ...before, generatedAt: "" });
    expect(after.summary.enrolled).toBe(60);
    expect(after.summary.privacyBlocks).toBeGreaterThan(0);
    expect(new Set(after.groups.filter((g) => g.dimension === "department").map((g) => g.group))).toEqual(
      new Set([
        "Prestations santé",
        "Relation adhérents",
        "Gestion des contrats",
        "Comptabilité",
        "Direction",
      ]),
    );
    // Learning curves: the pilot's scores rise.
    expect(after.summary.scoreChange.ciLow!).toBeGreaterThan(0);
    // Jobs, use cases with votes, and feedback; every use case text passes the privacy guard.
    expect(first.stdout).toMatch(/\d+ use cases \(\d+ votes\), \d+ feedback/);
    expect(after.groups.filter((g) => g.dimension === "job").length).toBeGreaterThanOrEqual(4);
    expect(after.useCases.length).toBeGreaterThanOrEqual(5);
    expect(after.useCases.some((u) => u.reach > 1)).toBe(true);
    expect(after.useCases.map((u) => u.rank)).toEqual(
      [...after.useCases.map((u) => u.rank)].sort((a, b) => b - a),
    );
    for (const u of after.useCases) expect(personalDataInSharedText(u.title)).toEqual([]);
    expect(after.feedback.length).toBeGreaterThan(0);
  });

  it("exports a workbook whose Summary agrees with the JSON export", async () => {
    const file = path.join(dir, "results.xlsx");
    const r = await run(
      "results",
      "--tenant",
      "demo",
      "--format",
      "xlsx",
      "--out",
      file,
      "--data",
      dir,
      "--lang",
      "en",
      "--cohort",
      "Vague 1",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${file}\n`);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const json = await jsonReport("--cohort", "Vague 1");
    const expected = summaryRows(json, "en").slice(0, 17);
    const sheet = book.getWorksheet("Summary")!;
    expected.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      expect(cells.getCell(1).value).toBe(row.cells[0]);
      const value = row.cells[1];
      if (typeof value === "number") expect(cells.getCell(2).value).toBeCloseTo(value, 10);
      else expect(cells.getCell(2).value ?? null).toBe(value);
    });
  });

  it("filters by period and host", async () => {
    const all = await jsonReport();
    const word = await jsonReport("--host", "word");
    expect(word.summary.attempts!).toBeLessThan(all.summary.attempts!);
    const none = await jsonReport("--from", "2001-01-01", "--to", "2001-01-31");
    expect(none.hidden).toBe(false);
    expect(none.summary).toMatchObject({ activeLearners: 0, attempts: 0 });
  });

  it("fails with exit code 1 and names the known tenants for an unknown tenant", async () => {
    const r = await run(
      "results",
      "--tenant",
      "no-such-tenant",
      "--format",
      "json",
      "--out",
      "-",
      "--data",
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown tenant "no-such-tenant"/);
    expect(r.stderr).toMatch(/Tenants found: .*demo/);
  });

  it("refuses to erase a tenant with real users", async () => {
    const dataDir = path.join(dir, "other");
    await run("seed-demo", "--data", dataDir, "--tenant", "acme", "--learners", "5", "--weeks", "1");
    const { openStore } = await import("../../../src/server/store/db");
    const { loadConfig } = await import("../../../src/server/config");
    const store = openStore(loadConfig(env, { dataDir }));
    const now = new Date().toISOString();
    await store.db
      .insertInto("users")
      .values({
        tenant_id: "acme",
        user_id: "real-person",
        display_name: null,
        locale: null,
        cohort: null,
        department: null,
        charter_version_accepted: null,
        charter_accepted_at: null,
        created_at: now,
        last_seen_at: now,
      })
      .execute();
    await store.close();
    const refused = await run("seed-demo", "--data", dataDir, "--tenant", "acme", "--learners", "5");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has users the demo did not create/);
    expect(
      (await run("seed-demo", "--data", dataDir, "--tenant", "acme", "--learners", "5", "--replace")).code,
    ).toBe(0);
  });

  it("writes the demo's bilan as HTML for the current stage or a named one, and reads JSON for a stage", async () => {
    const seeded = await run("seed-demo", "--data", dir, "--learners", "60", "--weeks", "8", "--seed", "3");
    expect(seeded).toMatchObject({ code: 0, stderr: "" });
    const file = path.join(dir, "bilan.html");
    const current = await run(
      "results",
      "--tenant",
      "demo",
      "--format",
      "html",
      "--out",
      file,
      "--data",
      dir,
    );
    expect(current).toMatchObject({ code: 0, stderr: "" });
    const html = fs.readFileSync(file, "utf8");
    expect(html).toContain("Bilan d’étape — Étape 2 — usage au quotidien");
    expect(html).toContain("Étape 1 — découverte");
    const first = await run(
      "results",
      "--tenant",
      "demo",
      "--format",
      "html",
      "--out",
      "-",
      "--stage",
      "etape-1",
      "--lang",
      "en",
      "--data",
      dir,
    );
    expect(first.stdout).toContain("Stage review — Étape 1 — découverte");
    expect(first.stdout).toMatch(/Benchmark progress/);
    // Real use: the demo's learners put answers into their work, more as the pilot goes on.
    expect(seeded.stdout).toMatch(/ [1-9]\d* real-work uses/);
    expect(first.stdout).toMatch(
      /[1-9][\d,]* answers put into a real document, reply or sheet, by [1-9]\d* learners/,
    );
    const staged = await jsonReport("--stage", "etape-1");
    expect(staged.filter).toMatchObject({ stage: "etape-1" });
    expect(staged.filter.from).toBeDefined();
    const unknown = await run(
      "results",
      "--tenant",
      "demo",
      "--format",
      "html",
      "--out",
      "-",
      "--stage",
      "etape-9",
      "--data",
      dir,
    );
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/No stage "etape-9"/);
  });

  it.each([
    [["seed-demo", "--learners", "0"], /--learners must be a whole number from 1 to 100000/],
    [["seed-demo", "--weeks", "two"], /--weeks must be a whole number/],
    [["seed-demo", "--tenant", "a b"], /--tenant/],
    [["seed-demo", "--colour", "red"], /Unknown option '--colour'/],
    [["results", "--format", "json", "--out", "x.json"], /--tenant is required/],
    [["results", "--tenant", "demo", "--format", "csv", "--out", "x"], /--format must be xlsx, json or html/],
    [["results", "--tenant", "demo", "--format", "json"], /--out <file> is required/],
    [
      ["results", "--tenant", "demo", "--format", "json", "--out", "-", "--stage", "Étape"],
      /--stage: lowercase/,
    ],
    [
      [
        "results",
        "--tenant",
        "demo",
        "--format",
        "json",
        "--out",
        "-",
        "--stage",
        "etape-1",
        "--from",
        "2026-01-01",
      ],
      /either --stage or --from/,
    ],
    [["results", "--tenant", "demo", "--format", "xlsx", "--out", "-"], /standard output/],
    [
      ["results", "--tenant", "demo", "--format", "json", "--out", "-", "--from", "2026-02-31"],
      /--from: not a calendar date/,
    ],
    [
      [
        "results",
        "--tenant",
        "demo",
        "--format",
        "json",
        "--out",
        "-",
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-01",
      ],
      /--to: must not be before from/,
    ],
    [["results", "--tenant", "demo", "--format", "json", "--out", "-", "--host", "teams"], /--host/],
  ])("%j is a usage error", async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage: parcours/);
  });
});

describe("the real parcours command", () => {
  it("ends quietly when the reader stops early (catalog list | head)", async () => {
    const bin = path.resolve(__dirname, "../../../bin/parcours.js");
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "catalog", "list"], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // Like `head -1`: read the first chunk, then close the pipe.
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.code).toBe(0);
  });

  it("prints the results usage and refuses a bad format", async () => {
    const bin = path.resolve(__dirname, "../../../bin/parcours.js");
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [bin, "results", "--tenant", "demo", "--format", "pdf", "--out", "x"],
        (error, _stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format must be xlsx, json or html/);
  });
});
