import { spawn } from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { launchChromium } from "../test/support/chromium";
const ROOT = path.resolve(__dirname, "..");
async function main() {
  const dir = process.argv[2]!;
  const port = 3999;
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "A-trace-"));
  const api = spawn(process.execPath, [path.join(ROOT, "bin/parcours.js"), "serve", "--http", "--port", String(port), "--data", data], { cwd: ROOT, env: { ...process.env, STATIC_DIR: dir, LOG_LEVEL: "warn" }, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) { try { if ((await fetch(`${base}/api/v1/health`)).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
  const browser = await launchChromium();
  for (let run = 0; run < 3; run++) {
    const user = `trace-${run}`;
    const { token } = (await (await fetch(`${base}/api/v1/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ tenant: "dev", user }) })).json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const me = (await (await fetch(`${base}/api/v1/me`, { headers: auth })).json()) as { charter: { version: string } };
    await fetch(`${base}/api/v1/me/charter`, { method: "POST", headers: auth, body: JSON.stringify({ version: me.charter.version, accepted: true }) });
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "fr-FR" });
    const page = await ctx.newPage();
    await page.goto(`${base}/taskpane.html?host=outlook-read&user=${user}`);
    await page.waitForSelector('[data-testid="suggestion"]', { timeout: 30000 });
    const out = await page.evaluate(() => {
      const sugg = performance.now();
      return { sugg, res: performance.getEntriesByType("resource").map((e) => { const r = e as PerformanceResourceTiming; return `${r.startTime.toFixed(0).padStart(5)} ${r.responseEnd.toFixed(0).padStart(5)} ${new URL(r.name).pathname}`; }) };
    });
    console.log(`--- run ${run}`); console.log(out.res.join("\n"));
    await ctx.close();
  }
  await browser.close(); api.kill();
}
main();
