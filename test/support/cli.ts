import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parcours <args>` in-process with in-memory streams, the given environment and standard input. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  stdin: NodeJS.ReadableStream = new PassThrough().end(),
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString("utf8")));
  stderr.on("data", (c: Buffer) => err.push(c.toString("utf8")));
  const code = await main(args, { stdin, stdout, stderr, env });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The JSON objects of a JSON Lines output, blank lines skipped. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
