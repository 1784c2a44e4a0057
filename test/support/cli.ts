import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parcours <args>` in-process with in-memory streams and the given environment. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString("utf8")));
  stderr.on("data", (c: Buffer) => err.push(c.toString("utf8")));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr, env });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
