import type { Command } from "../command";
import { parseCommandArgs } from "../command";
import { startServer, StartError } from "../../server/start";
import { configFrom, parsePort } from "./server-options";

const usage = `Usage: parcours serve [--port <n>] [--data <dir>] [--http] [--host <address>]

Serves the tenant API and the built task pane on one origin, https://localhost:3000 by default.

Options:
  --port <n>        port to listen on (default: PORT or 3000; 0 picks a free port)
  --data <dir>      folder for the SQLite file, the dev issuer's keys and the local certificate
                    (default: DATA_DIR or ./data)
  --http            plain HTTP on loopback (127.0.0.1) instead of HTTPS
  --host <address>  address to listen on (default: HOST or localhost)
  --help            show this help

HTTPS uses TLS_CERT_FILE/TLS_KEY_FILE when set, else the office-addin-dev-certs certificate in
~/.office-addin-dev-certs, else a self-signed localhost certificate kept in <data>/tls.
The database is PostgreSQL when DATABASE_URL is set, SQLite otherwise. Without AUTH_TENANT_IDS and
AUTH_CLIENT_ID the API runs in dev mode: tokens come from \`parcours dev-token\` or the preview pane.
`;

export const serveCommand: Command = {
  name: "serve",
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      port: { type: "string" },
      data: { type: "string" },
      http: { type: "boolean" },
      host: { type: "string" },
    });
    const port = parsePort(values.port);
    const config = configFrom(io.env, {
      ...(port !== undefined ? { port } : {}),
      ...(values.data !== undefined ? { dataDir: values.data } : {}),
      ...(values.http ? { https: false, host: values.host ?? "127.0.0.1" } : {}),
      ...(values.host !== undefined ? { host: values.host } : {}),
    });
    let server;
    try {
      server = await startServer(config, io.stdout);
    } catch (err) {
      if (err instanceof StartError) {
        io.stderr.write(`parcours serve: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    await server.closed;
    return 0;
  },
};
