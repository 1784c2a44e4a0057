import { parseCommandArgs, type Command } from "../command";
import { rebuildStaleResults } from "../../server/results/rollups";
import { migrateToLatest, openStore } from "../../server/store/db";
import { configFrom } from "./server-options";

const usage = `Usage: parcours migrate [--data <dir>]

Brings the database up to date: the SQLite file in the data folder, or PostgreSQL when DATABASE_URL
is set (schema DATABASE_SCHEMA, default public), then rebuilds the results rollups of tenants whose
rollups do not account for all their attempts. \`parcours serve\` does the same at start.

Options:
  --data <dir>   data folder holding the SQLite file (default: DATA_DIR or ./data)
`;

export const migrateCommand: Command = {
  name: "migrate",
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { data: { type: "string" } });
    const config = configFrom(io.env, values.data !== undefined ? { dataDir: values.data } : {});
    const store = openStore(config);
    try {
      const result = await migrateToLatest(store, config.databaseSchema);
      const applied = (result.results ?? [])
        .filter((r) => r.status === "Success")
        .map((r) => r.migrationName);
      const where = config.databaseUrl ? "PostgreSQL" : config.sqliteFile;
      io.stdout.write(
        applied.length === 0
          ? `Database is up to date (${where}).\n`
          : `Applied ${applied.join(", ")} to ${where}.\n`,
      );
      const rebuilt = await rebuildStaleResults(store.db);
      if (rebuilt.length > 0) {
        io.stdout.write(
          `Rebuilt the results rollups of ${rebuilt.length} tenant(s): ${rebuilt.join(", ")}.\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
