import { UsageError } from "../command";
import { ConfigError, loadConfig, type AppConfig, type ConfigOverrides } from "../../server/config";

/** Parses `--port`, allowing 0 (any free port). */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new UsageError(`--port must be a port number 0–65535 (got "${value}")`);
  return Number(value);
}

/** Loads the configuration from the environment plus command-line overrides; env errors become usage errors. */
export function configFrom(env: NodeJS.ProcessEnv, overrides: ConfigOverrides): AppConfig {
  try {
    return loadConfig(env, overrides);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
