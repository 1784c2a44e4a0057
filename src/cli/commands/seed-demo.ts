import { UsageError, parseCommandArgs, type Command } from "../command";
import { DemoConflict, seedDemoPilot } from "../../server/results/demo";
import { migrateToLatest, openStore } from "../../server/store/db";
import { configFrom } from "./server-options";

const usage = `Usage: parcours seed-demo [--tenant <id>] [--learners 300] [--weeks 8] [--seed 1]
                          [--data <dir>] [--replace]

Creates a realistic demo pilot in the database \`parcours serve\` uses (the SQLite file in the data
folder, or PostgreSQL when DATABASE_URL is set): two waves of volunteers across five departments,
learning curves, drop-outs, Word/Outlook/Excel use, self-reported time saved and a few privacy
blocks, ending today. The same seed gives the same pilot. Running it again replaces the demo tenant.

Options:
  --tenant <id>     tenant to (re)create (default: demo)
  --learners <n>    number of volunteers, 1–100000 (default: 300)
  --weeks <n>       length of the pilot in weeks, 1–104 (default: 8)
  --seed <n>        random seed (default: 1)
  --data <dir>      data folder (default: DATA_DIR or ./data)
  --replace         erase the tenant even if it has users the demo did not create

Then, for example:
  npx parcours dev-token --tenant demo --user lead --roles PilotLead
  npx parcours results --tenant demo --format xlsx --out results.xlsx
`;

export const seedDemoCommand: Command = {
  name: "seed-demo",
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      tenant: { type: "string" },
      learners: { type: "string" },
      weeks: { type: "string" },
      seed: { type: "string" },
      data: { type: "string" },
      replace: { type: "boolean" },
    });
    const tenantId = values.tenant ?? "demo";
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(tenantId)) {
      throw new UsageError("--tenant: letters, digits, dot, dash or underscore (max 64)");
    }
    const learners = intOption(values.learners, "learners", 300, 1, 100_000);
    const weeks = intOption(values.weeks, "weeks", 8, 1, 104);
    const seed = intOption(values.seed, "seed", 1, 0, 2 ** 31 - 1);
    const config = configFrom(io.env, values.data !== undefined ? { dataDir: values.data } : {});
    const store = openStore(config);
    try {
      await migrateToLatest(store, config.databaseSchema);
      const summary = await seedDemoPilot(store, {
        tenantId,
        learners,
        weeks,
        seed,
        now: new Date(),
        replace: values.replace ?? false,
      });
      const where = config.databaseUrl ? "PostgreSQL" : config.sqliteFile;
      io.stdout.write(
        `Demo pilot "${summary.tenantId}" in ${where}: ${summary.learners} learners (${summary.activeLearners} active), ` +
          `${summary.attempts} attempts, ${summary.privacyBlocks} privacy blocks, ${summary.useCases} use cases ` +
          `(${summary.votes} votes), ${summary.feedback} feedback, ${summary.realUses} real-work uses, ` +
          `${summary.from} to ${summary.to}.\n`,
      );
      return 0;
    } catch (err) {
      if (err instanceof DemoConflict) {
        io.stderr.write(`parcours seed-demo: ${err.message}\n`);
        return 1;
      }
      throw err;
    } finally {
      await store.close();
    }
  },
};

function intOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return Number(value);
}
