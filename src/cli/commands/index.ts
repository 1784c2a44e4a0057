import type { Command } from "../command";

/** A command as `parcours --help` lists it; its module (and what it imports) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every `parcours` command, in the order `parcours --help` lists them. */
export const commands: CommandEntry[] = [
  {
    name: "serve",
    summary: "Serve the tenant API and the task pane (https://localhost:3000)",
    load: async () => (await import("./serve")).serveCommand,
  },
  {
    name: "migrate",
    summary: "Run pending database migrations",
    load: async () => (await import("./migrate")).migrateCommand,
  },
  {
    name: "dev-token",
    summary: "Print a dev-issuer access token for local use",
    load: async () => (await import("./dev-token")).devTokenCommand,
  },
  {
    name: "users",
    summary: "Import users' cohort and department from a CSV file",
    load: async () => (await import("./users")).usersCommand,
  },
  {
    name: "score",
    summary: "Score prompts (JSON Lines on stdin) against the rubric",
    load: async () => (await import("./score")).scoreCommand,
  },
  {
    name: "pii",
    summary: "Find personal data in JSON Lines records (id, text)",
    load: async () => (await import("./pii")).piiCommand,
  },
  {
    name: "catalog",
    summary: "Validate or list the exercise catalog",
    load: async () => (await import("./catalog")).catalogCommand,
  },
  {
    name: "seed-demo",
    summary: "Create a realistic demo pilot for the results sheet",
    load: async () => (await import("./seed-demo")).seedDemoCommand,
  },
  {
    name: "results",
    summary: "Export a tenant's pilot results as .xlsx or JSON",
    load: async () => (await import("./results")).resultsCommand,
  },
];
