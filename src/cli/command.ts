import { parseArgs, type ParseArgsConfig } from "node:util";

/** Streams a command reads and writes; tests pass their own. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** One `parcours <name>` command. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** Full help text printed by `parcours <name> --help`. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad command-line arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `args` strictly (unknown options and stray positionals are usage errors). */
export function parseCommandArgs<O extends Options>(
  args: string[],
  options: O,
  { allowPositionals = false }: { allowPositionals?: boolean } = {},
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Parses a positive integer option, naming the option in the error. */
export function parsePositiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`--${option} must be a positive integer (got "${value}")`);
  }
  return Number(value);
}
