import type { Command } from "../command";
export const serveCommand: Command = { name: "serve", summary: "Serve the API and the task pane", usage: "parcours serve", async run(_a, io) { const j = await import("jose"); io.stdout.write(Object.keys(j).length + " jose exports\n"); return 0; } };
