import fs from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { UsageError, parseCommandArgs, type Command } from "../command";
import { ResultsFilterSchema, type ResultsFilter } from "../../core/results/schema";
import type { Lang } from "../../core/types";
import { StageIdSchema } from "../../core/results/stages";
import { loadCatalog } from "../../server/catalog/load";
import { ApiProblem } from "../../server/errors";
import { benchmarkExerciseIds, computeBilan, workbookBilan } from "../../server/results/bilan";
import { renderBilanHtml } from "../../server/results/bilan-html";
import { computeResults, withResults } from "../../server/results/report";
import { findStage, stageFilter } from "../../server/stages/stages";
import { writeResultsWorkbook } from "../../server/results/workbook";
import type { Kysely } from "kysely";
import { migrateToLatest, openStore } from "../../server/store/db";
import type { Database } from "../../server/store/schema";
import { configFrom } from "./server-options";

const usage = `Usage: parcours results --tenant <id> --format xlsx|json|html --out <file>
                        [--stage <id> | --from YYYY-MM-DD --to YYYY-MM-DD] [--cohort <c>]
                        [--department <d>] [--host word|outlook|excel] [--lang fr|en] [--data <dir>]

Exports a tenant's pilot results — the same figures as GET /api/v1/results and the Excel pane —
from the database \`parcours serve\` uses (SQLite in the data folder, or PostgreSQL when DATABASE_URL
is set). Groups with fewer learners than the tenant's k are hidden. --format html writes the bilan
of a stage (the current one unless --stage names it): the one-page report of GET
/api/v1/results/bilan.html.

Options:
  --tenant <id>       tenant id
  --format <f>        xlsx (workbook), json, or html (the stage's bilan)
  --stage <id>        read the results for this stage (its dates and cohorts)
  --out <file>        file to write ("-" writes JSON to standard output)
  --from, --to        period, UTC days, both included (default: everything until today)
  --cohort <c>        only learners of this cohort
  --department <d>    only learners of this department
  --host <h>          only attempts made in word, outlook or excel
  --lang <l>          language of the workbook's headers: fr (default) or en
  --data <dir>        data folder (default: DATA_DIR or ./data)
`;

export const resultsCommand: Command = {
  name: "results",
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      tenant: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      cohort: { type: "string" },
      department: { type: "string" },
      host: { type: "string" },
      lang: { type: "string" },
      stage: { type: "string" },
      data: { type: "string" },
    });
    if (!values.tenant || !/^[A-Za-z0-9._-]{1,64}$/.test(values.tenant)) {
      throw new UsageError("--tenant is required: letters, digits, dot, dash or underscore (max 64)");
    }
    const format = values.format;
    if (format !== "xlsx" && format !== "json" && format !== "html")
      throw new UsageError("--format must be xlsx, json or html");
    if (!values.out) throw new UsageError("--out <file> is required");
    if (values.out === "-" && format === "xlsx")
      throw new UsageError("--out - (standard output) is for JSON and HTML only");
    if (values.stage !== undefined && !StageIdSchema.safeParse(values.stage).success)
      throw new UsageError("--stage: lowercase letters, digits and dashes, 2–64 characters");
    if (values.stage !== undefined && (values.from !== undefined || values.to !== undefined))
      throw new UsageError("--stage sets the dates: give either --stage or --from/--to");
    const lang = values.lang ?? "fr";
    if (lang !== "fr" && lang !== "en") throw new UsageError("--lang must be fr or en");
    let filter = parseFilter(values);

    const config = configFrom(io.env, values.data !== undefined ? { dataDir: values.data } : {});
    const store = openStore(config);
    try {
      await migrateToLatest(store, config.databaseSchema);
      const known = await knownTenants(store.db, values.tenant);
      if (!known.exists) {
        io.stderr.write(
          `parcours results: unknown tenant "${values.tenant}": nothing is stored for it in this database.` +
            (known.others.length > 0
              ? ` Tenants found: ${known.others.join(", ")}.\n`
              : " No tenant has any data yet (try `parcours seed-demo`).\n"),
        );
        return 1;
      }
      if (values.stage !== undefined && format !== "html") {
        const stage = await findStage(store.db, values.tenant, values.stage);
        if (!stage) throw new UsageError(`--stage: no stage "${values.stage}" in tenant "${values.tenant}"`);
        filter = stageFilter(stage, filter, new Date().toISOString().slice(0, 10));
      }
      const benchmarkIds = async () =>
        benchmarkExerciseIds(
          store.db,
          values.tenant!,
          await loadCatalog(config.contentDir ? { tenantDir: config.contentDir } : {}),
        );
      if (format === "html") {
        const bilan = await computeBilan(store, values.tenant, values.stage, {
          benchmarkIds: await benchmarkIds(),
        }).catch((err: unknown) => {
          if (err instanceof ApiProblem) throw new UsageError(err.message);
          throw err;
        });
        const html = renderBilanHtml(bilan, lang as Lang);
        if (values.out === "-") io.stdout.write(html);
        else fs.writeFileSync(values.out, html);
      } else if (format === "json") {
        const text = `${JSON.stringify(await computeResults(store, values.tenant, filter), null, 2)}\n`;
        if (values.out === "-") io.stdout.write(text);
        else fs.writeFileSync(values.out, text);
      } else {
        const bilan = await workbookBilan(store, values.tenant, values.stage, {
          benchmarkIds: await benchmarkIds(),
        });
        await writeXlsx(values.out, (out) =>
          withResults(store, values.tenant!, filter, (session) =>
            writeResultsWorkbook(session, out, lang as Lang, bilan),
          ),
        );
      }
      if (values.out !== "-") io.stdout.write(`Wrote ${path.resolve(values.out)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** Whether the tenant has settings, users or attempts here; and, to help, a few tenants that do. */
async function knownTenants(
  db: Kysely<Database>,
  tenant: string,
): Promise<{ exists: boolean; others: string[] }> {
  const [settings, user, attempt] = await Promise.all([
    db.selectFrom("tenants").select("tenant_id").where("tenant_id", "=", tenant).limit(1).executeTakeFirst(),
    db.selectFrom("users").select("tenant_id").where("tenant_id", "=", tenant).limit(1).executeTakeFirst(),
    db.selectFrom("attempts").select("tenant_id").where("tenant_id", "=", tenant).limit(1).executeTakeFirst(),
  ]);
  if (settings || user || attempt) return { exists: true, others: [] };
  const rows = await db
    .selectFrom("users")
    .select("tenant_id")
    .distinct()
    .orderBy("tenant_id")
    .limit(10)
    .execute();
  return { exists: false, others: rows.map((r) => r.tenant_id) };
}

function parseFilter(values: Record<string, string | boolean | undefined>): ResultsFilter {
  const raw: Record<string, string> = {};
  for (const key of ["from", "to", "cohort", "department", "host"]) {
    const v = values[key];
    if (typeof v === "string") raw[key] = v;
  }
  const parsed = ResultsFilterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `--${String(i.path[0] ?? "filter")}: ${i.message}`).join("; "),
    );
  }
  return parsed.data;
}

/** Writes to a temporary file renamed at the end, so a failed export never leaves half a workbook. */
async function writeXlsx(file: string, write: (out: fs.WriteStream) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial);
  try {
    await write(out);
    await finished(out);
    fs.renameSync(partial, file);
  } catch (err) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  }
}
