import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); a downloaded browser is never used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Headless Chromium for e2e tests and benchmarks, without background networking (this machine's
 * closed network refuses it) and with a fresh temporary profile for each launch.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
