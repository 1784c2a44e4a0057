import fs from "node:fs";
import path from "node:path";
import closeWithGrace from "close-with-grace";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { PACKAGE_ROOT, type AppConfig } from "./config";
import { localhostCertificate, type TlsFiles } from "./tls";

export interface RunningServer {
  app: FastifyInstance;
  /** Origin the server answers on, e.g. `https://localhost:3000`. */
  origin: string;
  /** Resolves when the server has closed (signal, fatal error or `close()`). */
  closed: Promise<void>;
  close(): Promise<void>;
}

/** Raised when the server cannot start for a reason the operator can fix (port taken…). */
export class StartError extends Error {
  override name = "StartError";
}

/**
 * Starts the API and the task pane on one origin, with graceful shutdown on SIGINT/SIGTERM.
 * Writes the URLs and sideloading instructions to `out`.
 */
export async function startServer(config: AppConfig, out: NodeJS.WritableStream): Promise<RunningServer> {
  const tls = config.https
    ? await localhostCertificate({
        dataDir: config.dataDir,
        certFile: config.tlsCertFile,
        keyFile: config.tlsKeyFile,
      })
    : undefined;
  const app = await buildApp(config, tls ? { https: { key: tls.key, cert: tls.cert } } : {});
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new StartError(
        `Port ${config.port} on ${config.host} is already in use — is Parcours already running? Stop it (npm stop) or pick another port with --port.`,
      );
    }
    if (code === "EACCES")
      throw new StartError(
        `Not allowed to listen on port ${config.port}; choose a port above 1024 with --port.`,
      );
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const hostname = isLoopback(config.host) ? "localhost" : config.host;
  const origin = `${config.https ? "https" : "http"}://${hostname}:${port}`;

  const closed = new Promise<void>((resolve) => app.server.once("close", () => resolve()));
  const grace = closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "fatal error, shutting down");
    else app.log.info({ signal }, "shutting down");
    await app.close();
  });
  const close = async () => {
    grace.uninstall();
    await app.close();
  };
  void closed.then(() => grace.uninstall());

  out.write(startBanner(config, origin, tls));
  return { app, origin, closed, close };
}

/** Hosts best shown to people as `localhost`. */
function isLoopback(host: string): boolean {
  return ["localhost", "0.0.0.0", "::"].includes(host);
}

const PREVIEW_HOSTS = ["word", "outlook-read", "outlook-compose", "excel"];

/** What to open and how to sideload, printed once the server listens. */
export function startBanner(config: AppConfig, origin: string, tls: TlsFiles | undefined): string {
  const pane = `${origin}/taskpane.html`;
  const built = fs.existsSync(path.join(config.staticDir, "taskpane.html"));
  const lines = [
    "",
    `Parcours is running at ${origin}`,
    "",
    `  Task pane      ${pane}${built ? "" : "   (not built yet: run `npm run build`)"}`,
    ...PREVIEW_HOSTS.map((h, i) => `  ${i === 0 ? "Preview" : "       "}        ${pane}?host=${h}`),
    `  API            ${origin}/api/v1/health · ${origin}/api/v1/openapi.json`,
    `  Database       ${config.databaseUrl ? `PostgreSQL${config.databaseSchema ? ` (schema ${config.databaseSchema})` : ""}` : `SQLite ${config.sqliteFile}`}`,
    config.auth.mode === "dev"
      ? `  Sign-in        dev issuer (no Entra ID configured; for local use only) — token: npx parcours dev-token --tenant dev --user me --data ${config.dataDir}`
      : `  Sign-in        Entra ID, tenants ${config.auth.tenantIds.join(", ")}`,
  ];
  if (tls) {
    lines.push(
      tls.source === "self-signed"
        ? `  Certificate    self-signed (${tls.certFile}); browsers warn and Office refuses it until trusted —` +
            "\n                 run `npx office-addin-dev-certs install` once, then restart, for a trusted localhost certificate."
        : `  Certificate    ${tls.source} (${tls.certFile})`,
    );
  } else {
    lines.push("  Certificate    none (plain HTTP): fine for the browser preview; Office needs HTTPS.");
  }
  lines.push(
    "",
    "Sideload the add-in:",
    `  Word, Excel    ${path.join(PACKAGE_ROOT, "manifest.xml")}`,
    "                 desktop (Windows, macOS): npm start -- --app word|excel",
    "                 on the web: Insert > Add-ins > My Add-ins > Upload My Add-in, choose manifest.xml",
    `  Outlook        ${path.join(PACKAGE_ROOT, "manifest.outlook.xml")}`,
    "                 https://aka.ms/olksideload (Outlook on the web: My add-ins > Add a custom add-in > Add from file)",
    `  Unified        ${path.join(PACKAGE_ROOT, "manifest.json")}`,
    "                 npx office-addin-debugging start manifest.json, or upload it in the Microsoft 365 admin center (Integrated apps)",
    "",
    "Press Ctrl+C to stop.",
    "",
  );
  return lines.join("\n");
}
