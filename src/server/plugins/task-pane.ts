import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built task pane (`dist/`) at `/`, so `/taskpane.html` works. When the pane is not built,
 * `/` and `/taskpane.html` explain how to build it instead of answering 404.
 */
export async function registerTaskPane(app: FastifyInstance, staticDir: string): Promise<void> {
  if (fs.existsSync(path.join(staticDir, "taskpane.html"))) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: "/",
      index: ["taskpane.html", "index.html"],
      // Hashed bundles may be cached; HTML and manifests must be revalidated.
      setHeaders(reply, filePath) {
        if (/\.(html|xml|json)$/.test(filePath)) reply.header("Cache-Control", "no-cache");
      },
    });
    return;
  }
  const page = notBuiltPage();
  for (const url of ["/", "/taskpane.html"]) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) =>
      reply.code(503).type("text/html; charset=utf-8").send(page),
    );
  }
}

function notBuiltPage(): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Parcours</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
<h1>Parcours</h1>
<p lang="fr">Le volet Office n'est pas encore construit. Lancez <code>npm run build</code> (ou <code>npm start</code>) puis rechargez cette page. L'API fonctionne : <a href="/api/v1/health">/api/v1/health</a>.</p>
<p lang="en">The task pane has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>) and reload this page. The API is up: <a href="/api/v1/health">/api/v1/health</a>.</p>
</body></html>
`;
}
