import type { Command } from "../command";
import { catalogCommand } from "./catalog";
import { devTokenCommand } from "./dev-token";
import { migrateCommand } from "./migrate";
import { piiCommand } from "./pii";
import { resultsCommand } from "./results";
import { scoreCommand } from "./score";
import { seedDemoCommand } from "./seed-demo";
import { serveCommand } from "./serve";
import { usersCommand } from "./users";

/** Every `parcours` command, in the order `parcours --help` lists them. */
export const commands: Command[] = [
  serveCommand,
  migrateCommand,
  devTokenCommand,
  usersCommand,
  scoreCommand,
  piiCommand,
  catalogCommand,
  seedDemoCommand,
  resultsCommand,
];
