import fs from "node:fs";
import { UsageError, parseCommandArgs, type Command } from "../command";
import { migrateToLatest, openStore } from "../../server/store/db";
import { parseUsersCsv } from "../../server/tenants/users-csv";
import { setUserAttributes, UnknownJobsError } from "../../server/tenants/user-admin";
import { configFrom } from "./server-options";

const usage = `Usage: parcours users import <file.csv> --tenant <id> [--data <dir>] [--dry-run]

Sets users' cohort, department, display name and job from a CSV file, for grouping the pilot-lead
reports and suggesting exercises of the learner's job. Columns (header row required, comma or semicolon separated):
  user_id (or oid)   the user's Entra object id (or dev user id)        required
  cohort             pilot cohort, e.g. "Vague 1"
  department         department or service
  display_name       optional
  job (or métier)    one of the tenant's jobs, by id ("claims") or label ("Gestion des prestations")
Empty cells keep what is stored. Users not seen yet are created. The whole file is refused when a
line is invalid (each problem is printed with its line number) or names an unknown job.

Options:
  --tenant <id>   the tenant (tid) the users belong to
  --data <dir>    data folder with the SQLite file (default: DATA_DIR or ./data); DATABASE_URL wins
  --dry-run       check the file and print what would change, without writing
`;

export const usersCommand: Command = {
  name: "users",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { tenant: { type: "string" }, data: { type: "string" }, "dry-run": { type: "boolean" } },
      { allowPositionals: true },
    );
    const [action, file, ...extra] = positionals;
    if (action !== "import")
      throw new UsageError(action ? `unknown action "${action}" (only "import")` : "missing action: import");
    if (!file) throw new UsageError("missing the CSV file to import");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!values.tenant || !/^[A-Za-z0-9._-]{1,64}$/.test(values.tenant)) {
      throw new UsageError("--tenant is required: letters, digits, dot, dash or underscore (max 64)");
    }
    if (!fs.existsSync(file)) {
      io.stderr.write(`parcours users: ${file} not found\n`);
      return 1;
    }
    const { users, problems } = parseUsersCsv(fs.readFileSync(file, "utf8"));
    if (problems.length > 0) {
      for (const p of problems) io.stderr.write(`${file}:${p.line}: ${p.message}\n`);
      io.stderr.write(
        `parcours users: nothing imported (${problems.length} problem${problems.length > 1 ? "s" : ""})\n`,
      );
      return 1;
    }
    if (users.length === 0) {
      io.stderr.write(`parcours users: ${file} has no user rows\n`);
      return 1;
    }
    if (values["dry-run"]) {
      io.stdout.write(`${users.length} user(s) would be updated in tenant ${values.tenant} (dry run).\n`);
      return 0;
    }
    const config = configFrom(io.env, values.data !== undefined ? { dataDir: values.data } : {});
    const store = openStore(config);
    try {
      await migrateToLatest(store, config.databaseSchema);
      let result;
      try {
        result = await setUserAttributes(store.db, values.tenant, users, "cli");
      } catch (err) {
        if (!(err instanceof UnknownJobsError)) throw err;
        io.stderr.write(
          `parcours users: nothing imported: ${err.message} (see GET /api/v1/jobs for the tenant's jobs)\n`,
        );
        return 1;
      }
      const { created, updated } = result;
      io.stdout.write(
        `Imported ${users.length} user(s) into tenant ${values.tenant}: ${updated} updated, ${created} created.\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
