import { UsageError, type CliIO } from "./command";
import { commands } from "./commands";

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: parcours <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `parcours <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Runs `parcours <command> …` and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview());
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`parcours: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(command.usage.endsWith("\n") ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`parcours ${command.name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`parcours ${command.name}: ${(err as Error).message}\n`);
    return 1;
  }
}
