import type { Command } from "../command";
import { catalogCommand } from "./catalog";
import { devTokenCommand } from "./dev-token";
import { migrateCommand } from "./migrate";
import { piiCommand } from "./pii";
import { serveCommand } from "./serve";

/** Every `parcours` command, in the order `parcours --help` lists them. */
export const commands: Command[] = [serveCommand, migrateCommand, devTokenCommand, piiCommand, catalogCommand];
