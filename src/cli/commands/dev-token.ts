import { UsageError, parseCommandArgs, type Command } from "../command";
import { loadDevIssuer, signDevToken } from "../../server/auth/dev-issuer";
import { isRole, type Role } from "../../server/auth/roles";
import { configFrom } from "./server-options";

const usage = `Usage: parcours dev-token --tenant <id> --user <id> [--name <n>] [--roles PilotLead,Admin]
                          [--expires 1h] [--data <dir>]

Prints an access token signed by the local dev issuer. A server started with the same --data folder
accepts it, in dev mode only (no AUTH_TENANT_IDS / AUTH_CLIENT_ID). The issuer's key pair is created
in <data>/dev-issuer.json on first use.

Options:
  --tenant <id>     tenant id (tid)
  --user <id>       user id (oid)
  --name <n>        display name
  --roles <list>    comma-separated app roles: PilotLead, Admin
  --expires <d>     lifetime: 30m, 1h, 7d… (default 1h)
  --data <dir>      data folder (default: DATA_DIR or ./data)
`;

const ID = /^[A-Za-z0-9._@-]{1,128}$/;

export const devTokenCommand: Command = {
  name: "dev-token",
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      tenant: { type: "string" },
      user: { type: "string" },
      name: { type: "string" },
      roles: { type: "string" },
      expires: { type: "string" },
      data: { type: "string" },
    });
    if (!values.tenant || !/^[A-Za-z0-9._-]{1,64}$/.test(values.tenant)) {
      throw new UsageError("--tenant is required: letters, digits, dot, dash or underscore (max 64)");
    }
    if (!values.user || !ID.test(values.user)) {
      throw new UsageError("--user is required: letters, digits, dot, dash, underscore or @ (max 128)");
    }
    const roles: Role[] = [];
    for (const role of (values.roles ?? "")
      .split(",")
      .map((r) => r.trim())
      .filter(Boolean)) {
      if (!isRole(role)) throw new UsageError(`--roles: unknown role "${role}" (PilotLead, Admin)`);
      roles.push(role);
    }
    const expires = values.expires ?? "1h";
    if (!/^\d+\s*(s|m|h|d|w)$/.test(expires))
      throw new UsageError(`--expires must look like 30m, 1h or 7d (got "${expires}")`);
    const config = configFrom(io.env, values.data !== undefined ? { dataDir: values.data } : {});
    if (config.auth.mode !== "dev") {
      io.stderr.write(
        "parcours dev-token: Entra ID is configured (AUTH_TENANT_IDS/AUTH_CLIENT_ID), so the server would refuse dev tokens.\n",
      );
      return 1;
    }
    const issuer = await loadDevIssuer(config.dataDir);
    const token = await signDevToken(issuer, {
      tenant: values.tenant,
      user: values.user,
      roles,
      expiresIn: expires.replace(/\s+/g, ""),
      ...(values.name ? { name: values.name } : {}),
    });
    io.stdout.write(`${token}\n`);
    return 0;
  },
};
