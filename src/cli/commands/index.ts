import type { Command } from "../command";
import { devTokenCommand } from "./dev-token";
import { migrateCommand } from "./migrate";
import { serveCommand } from "./serve";

/** Every `parcours` command, in the order `parcours --help` lists them. */
export const commands: Command[] = [serveCommand, migrateCommand, devTokenCommand];
