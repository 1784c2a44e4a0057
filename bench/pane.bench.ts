/**
 * Time to first suggestion, beside the shape of Microsoft's React task-pane template.
 *
 * Builds, in one run, Parcours' pane and the reference app of bench/template-ref/ (same production
 * webpack settings), serves both from the real API on loopback (SQLite, preview host, charter already
 * accepted), then opens each in turn in the same Debian Chromium, a fresh context per run (nothing
 * cached, as on a first open of the pane). Prints medians of:
 *  - reference: first contentful paint, full render (its "Insert text" button in the DOM), JavaScript
 *    (gzip) fetched before its full render;
 *  - Parcours: first contentful paint, first render, first suggestion on screen, JavaScript (gzip)
 *    fetched before its first render and before its first suggestion, and the stylesheets (gzip) fetched
 *    before its first suggestion (the styles extracted at build time; the reference inserts its own from
 *    its script).
 * Targets (issue 17): first suggestion ≤ 1.2 × the reference's full render, and no more JavaScript before
 * the first suggestion than the reference before its full render.
 *
 * `npm run bench -- pane` (BENCH_RUNS=7 by default). Builds into a temporary folder: dist/ is left alone.
 * BENCH_PANE_DIST=<folder> keeps the builds there and reuses them on the next run (when iterating on the
 * measurement only). BENCH_PANE_BASELINE=<folder> (an earlier build kept that way) is measured too, taking
 * turns with the two others in the same runs: on a loaded machine, the fair way to compare two versions.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/support/chromium";

const ROOT = path.resolve(__dirname, "..");
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS || 7));
const KB = 1024;
const REFERENCE_DIR = "template-ref";
const BASELINE_DIR = "baseline";

function build(label: string, outDir: string, configFile?: string): void {
  const started = Date.now();
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outDir];
  if (configFile) args.push("--config", configFile);
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PARCOURS_PUBLIC_URL: "" },
  });
  if (result.status !== 0) throw new Error(`${label}: production build failed`);
  console.log(`${label} production build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The scripts an HTML page loads before its code runs. */
function pageScripts(html: string): string[] {
  // The production HTML is minified: attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!.replace(/^\//, ""));
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startApi(port: number, dataDir: string, staticDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bin/parcours.js"), "serve", "--http", "--port", String(port), "--data", dataDir],
    { cwd: ROOT, env: { ...process.env, STATIC_DIR: staticDir, LOG_LEVEL: "warn" }, stdio: "ignore" },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("API did not start");
}

/** A learner who has accepted the charter, so the pane opens on Home. */
async function prepareLearner(base: string, user: string): Promise<void> {
  const res = await fetch(`${base}/api/v1/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant: "dev", user }),
  });
  const { token } = (await res.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const me = (await (await fetch(`${base}/api/v1/me`, { headers: auth })).json()) as {
    charter: { version: string };
  };
  await fetch(`${base}/api/v1/me/charter`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ version: me.charter.version, accepted: true }),
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What one page load measured, in the page's own clock (ms since navigation start). */
interface Milestones {
  fcp: number;
  /** performance.now() when each watched selector first appeared in the DOM. */
  seen: Record<string, number>;
  /** Every script and stylesheet fetched, with when its request started. */
  scripts: Array<{ path: string; start: number }>;
}

/**
 * Runs in the page before its own scripts: notes when each selector first appears (a MutationObserver,
 * so the time is the DOM insertion, for both apps alike) and the first contentful paint. A string, not a
 * function: the TypeScript runner would add helpers the page does not have.
 */
function watchPage(selectors: Record<string, string>): string {
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const state = { fcp: -1, seen: {} };
    window.__paneBench = state;
    const check = () => {
      for (const [name, selector] of Object.entries(selectors)) {
        if (!(name in state.seen) && document.querySelector(selector)) state.seen[name] = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") state.fcp = entry.startTime;
      }
    }).observe({ type: "paint", buffered: true });
  })();`;
}

async function measure(
  browser: Browser,
  url: string,
  selectors: Record<string, string>,
  locale: string,
): Promise<Milestones> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: watchPage(selectors) });
    await page.goto(url, { waitUntil: "commit" });
    const names = Object.keys(selectors);
    await page.waitForFunction(
      (wanted) => {
        const state = (window as unknown as { __paneBench?: { fcp: number; seen: Record<string, number> } })
          .__paneBench;
        return Boolean(state && state.fcp >= 0 && wanted.every((n) => n in state.seen));
      },
      names,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      const state = (window as unknown as { __paneBench: { fcp: number; seen: Record<string, number> } })
        .__paneBench;
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
      return { fcp: state.fcp, seen: { ...state.seen }, scripts };
    });
  } finally {
    await context.close();
  }
}

/**
 * Gzip bytes of the scripts (or, with ".css", the stylesheets) whose request started before `until` (ms
 * since navigation start).
 */
function jsBefore(
  m: Milestones,
  until: number,
  staticDir: string,
  ext = ".js",
): { bytes: number; files: string[] } {
  const files = m.scripts
    .filter((s) => s.start <= until && s.path.endsWith(ext))
    .map((s) => s.path.replace(/^\//, ""));
  const bytes = files.reduce((sum, f) => sum + gzipSize(path.join(staticDir, f)), 0);
  return { bytes, files };
}

const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;
const kb = (v: number) => `${(v / KB).toFixed(1).padStart(6)} KB`;

async function main(): Promise<void> {
  const kept = process.env.BENCH_PANE_DIST;
  const outDir = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-dist-"));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-data-"));
  const refDir = path.join(outDir, REFERENCE_DIR);
  let api: ChildProcess | undefined;
  try {
    if (!kept || !fs.existsSync(path.join(refDir, "taskpane.html"))) {
      build("Parcours", outDir);
      build("reference", refDir, path.join(__dirname, "template-ref/webpack.config.js"));
    }
    const baseline = process.env.BENCH_PANE_BASELINE;
    if (baseline) {
      const target = path.join(outDir, BASELINE_DIR);
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(path.resolve(baseline), target, {
        recursive: true,
        filter: (src) => !src.endsWith(".map") && !src.includes(`${path.sep}${REFERENCE_DIR}`),
      });
    }
    for (const [label, dir] of [
      ["Parcours", outDir],
      ["reference", refDir],
    ] as const) {
      const scripts = pageScripts(fs.readFileSync(path.join(dir, "taskpane.html"), "utf8"));
      const total = scripts.reduce((sum, f) => sum + gzipSize(path.join(dir, f)), 0);
      console.log(`${label}: scripts of taskpane.html ${kb(total)} gzip (${scripts.join(", ")})`);
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = await startApi(port, dataDir, outDir);
    const browser = await launchChromium();
    const ref = { fcp: [] as number[], render: [] as number[], js: [] as number[] };
    const pane = {
      fcp: [] as number[],
      render: [] as number[],
      suggestion: [] as number[],
      jsRender: [] as number[],
      jsSuggestion: [] as number[],
      cssSuggestion: [] as number[],
    };
    const earlier = {
      suggestion: [] as number[],
      jsSuggestion: [] as number[],
      cssSuggestion: [] as number[],
    };
    let refCss = 0;
    let lastPaneFiles: string[] = [];
    let lastRefFiles: string[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const user = `bench-${process.pid}-${run}`;
        await prepareLearner(base, user);
        // Alternate which app goes first, so neither always runs on a warmer machine.
        const order = baseline
          ? [
              ["reference", "pane", "baseline"],
              ["pane", "baseline", "reference"],
              ["baseline", "reference", "pane"],
            ][run % 3]!
          : run % 2 === 0
            ? ["reference", "pane"]
            : ["pane", "reference"];
        for (const which of order) {
          if (which === "baseline") {
            const m = await measure(
              browser,
              `${base}/${BASELINE_DIR}/taskpane.html?host=outlook-read&user=${user}`,
              { render: "#root > *", suggestion: '[data-testid="suggestion"]' },
              "fr-FR",
            );
            earlier.suggestion.push(m.seen.suggestion!);
            earlier.jsSuggestion.push(jsBefore(m, m.seen.suggestion!, outDir).bytes);
            earlier.cssSuggestion.push(jsBefore(m, m.seen.suggestion!, outDir, ".css").bytes);
            continue;
          }
          if (which === "reference") {
            const m = await measure(
              browser,
              `${base}/${REFERENCE_DIR}/taskpane.html`,
              { render: "button.fui-Button" },
              "en-US",
            );
            const render = m.seen.render!;
            const js = jsBefore(m, render, outDir);
            ref.fcp.push(m.fcp);
            ref.render.push(render);
            ref.js.push(js.bytes);
            refCss = Math.max(refCss, jsBefore(m, render, outDir, ".css").bytes);
            lastRefFiles = js.files;
          } else {
            const m = await measure(
              browser,
              `${base}/taskpane.html?host=outlook-read&user=${user}`,
              { render: "#root > *", suggestion: '[data-testid="suggestion"]' },
              "fr-FR",
            );
            const suggestion = m.seen.suggestion!;
            const js = jsBefore(m, suggestion, outDir);
            pane.fcp.push(m.fcp);
            pane.render.push(m.seen.render!);
            pane.suggestion.push(suggestion);
            pane.jsRender.push(jsBefore(m, m.seen.render!, outDir).bytes);
            pane.jsSuggestion.push(js.bytes);
            pane.cssSuggestion.push(jsBefore(m, suggestion, outDir, ".css").bytes);
            lastPaneFiles = js.files;
          }
        }
      }
    } finally {
      await browser.close();
    }

    const refRender = median(ref.render);
    const refJs = median(ref.js);
    const suggestion = median(pane.suggestion);
    const jsSuggestion = median(pane.jsSuggestion);
    console.log(
      `\nmedians over ${RUNS} runs each (fresh context per run, loopback, load ${os.loadavg()[0]!.toFixed(2)}):`,
    );
    console.log(`reference  first contentful paint ${ms(median(ref.fcp))}`);
    console.log(`reference  full render            ${ms(refRender)}   JS before it ${kb(refJs)} gzip`);
    console.log(`Parcours   first contentful paint ${ms(median(pane.fcp))}`);
    console.log(
      `Parcours   first render           ${ms(median(pane.render))}   JS before it ${kb(median(pane.jsRender))} gzip`,
    );
    console.log(
      `Parcours   first suggestion       ${ms(suggestion)}   JS before it ${kb(jsSuggestion)} gzip` +
        `, CSS ${kb(median(pane.cssSuggestion))} gzip (reference: ${kb(refCss)})`,
    );
    if (baseline) {
      console.log(
        `baseline   first suggestion       ${ms(median(earlier.suggestion))}   JS before it ${kb(median(earlier.jsSuggestion))} gzip` +
          `, CSS ${kb(median(earlier.cssSuggestion))} gzip` +
          ` (${(median(earlier.suggestion) / refRender).toFixed(2)}× the reference's render)`,
      );
    }
    console.log(`  reference scripts before its render:        ${lastRefFiles.join(", ")}`);
    console.log(`  Parcours scripts before its first suggestion: ${lastPaneFiles.join(", ")}`);
    const ratio = suggestion / refRender;
    console.log(
      `\nfirst suggestion / reference full render: ${ratio.toFixed(2)}× (target ≤ 1.20×) ${ratio <= 1.2 ? "met" : "NOT met"}`,
    );
    console.log(
      `JS before first suggestion / reference's before its render: ${(jsSuggestion / refJs).toFixed(2)}× ` +
        `(target ≤ 1.00×) ${jsSuggestion <= refJs ? "met" : "NOT met"}`,
    );
    console.log(
      `all runs (ms) reference render [${ref.render.map((v) => v.toFixed(0)).join(", ")}], ` +
        `Parcours suggestion [${pane.suggestion.map((v) => v.toFixed(0)).join(", ")}]` +
        (baseline ? `, baseline suggestion [${earlier.suggestion.map((v) => v.toFixed(0)).join(", ")}]` : ""),
    );
  } finally {
    api?.kill("SIGTERM");
    if (!kept) fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
