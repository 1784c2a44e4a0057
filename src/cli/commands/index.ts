import type { Command } from "../command";
import { serveCommand } from "./serve";

/** Every `parcours` command, in the order `parcours --help` lists them. */
export const commands: Command[] = [serveCommand];
