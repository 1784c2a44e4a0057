#!/usr/bin/env node
// `npm run screenshot:bilan`: the README's picture of the bilan. Seeds the demo pilot into a
// temporary data folder (`parcours seed-demo`), prints its current stage's bilan as HTML
// (`parcours results --format html`, French) and has Debian's Chromium (playwright-core) take the
// whole page as docs/screenshots/bilan-fr.png. Nothing outside that folder and the PNG is touched.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "screenshots", "bilan-fr.png");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bilan-shot-"));
  try {
    const cli = (...args) =>
      execFileSync(process.execPath, [path.join(ROOT, "bin", "parcours.js"), ...args, "--data", dir], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "" },
        stdio: ["ignore", "pipe", "inherit"],
        encoding: "utf8",
      });
    process.stdout.write(cli("seed-demo"));
    const html = path.join(dir, "bilan.html");
    cli("results", "--tenant", "demo", "--format", "html", "--lang", "fr", "--out", html);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 820, height: 1100 }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(html).href);
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      await page.screenshot({ path: OUT, fullPage: true });
    } finally {
      await browser.close();
    }
    console.log(`${path.relative(ROOT, OUT)} ← parcours results --format html (seed-demo)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
