import type { FastifyInstance } from "fastify";
import { rebuildStaleResults } from "../results/rollups";
import { runAlone } from "../store/cluster-lock";
import { sweepRateLimits } from "./rate-limit-store";
import { purgeExpiredAttempts } from "../tenants/retention";
import { forwardPendingStatements } from "../xapi/forwarder";

const FORWARD_EVERY_MS = 30_000;

/**
 * Background jobs of a running server: the retention purge, the xAPI forwarder (when XAPI_ENDPOINT
 * is set), dropping ended rate-limit windows (when counted in the database) and, once at start, rebuilding results rollups that do not cover their tenant's attempts.
 * With several instances on one PostgreSQL each job runs on one instance at a time (`runAlone`); a
 * tick that finds the job running elsewhere skips. Closing the app waits for a job in progress.
 */
export function registerJobs(app: FastifyInstance): void {
  const timers: NodeJS.Timeout[] = [];
  const inProgress = new Set<Promise<unknown>>();
  let closing = false;
  const launch = (name: string, job: () => Promise<void>) => {
    const run = runAlone(app.store, name, job)
      .catch((err: unknown) => app.log.error({ err }, `${name} failed`))
      .finally(() => inProgress.delete(run));
    inProgress.add(run);
    return run;
  };
  const every = (ms: number, job: () => Promise<void>, name: string) => {
    let running = false;
    const tick = () => {
      if (running || closing) return;
      running = true;
      void launch(name, job).finally(() => {
        running = false;
      });
    };
    timers.push(setInterval(tick, ms).unref());
    timers.push(setTimeout(tick, Math.min(ms, 5_000)).unref());
  };

  if (app.config.migrateOnStart) {
    timers.push(
      setTimeout(() => {
        if (closing) return;
        void launch("results rollups rebuild", async () => {
          const rebuilt = await rebuildStaleResults(app.store.db);
          if (rebuilt.length > 0) app.log.info({ tenants: rebuilt }, "results rollups rebuilt");
        });
      }, 0).unref(),
    );
  }
  if (app.config.retentionSweepMs > 0) {
    every(
      app.config.retentionSweepMs,
      async () => {
        const purged = await purgeExpiredAttempts(app.store.db);
        if (Object.keys(purged).length > 0) app.log.info({ purged }, "attempts past retention purged");
      },
      "retention purge",
    );
  }
  if (app.config.rateLimit.store === "database") {
    every(
      Math.max(app.config.rateLimit.windowMs, 60_000),
      async () => {
        await sweepRateLimits(app.store);
      },
      "rate limit sweep",
    );
  }
  const { endpoint, auth } = app.config.xapi;
  if (endpoint) {
    every(
      FORWARD_EVERY_MS,
      async () => {
        await forwardPendingStatements(app.store.db, { endpoint, auth, log: app.log });
      },
      "xAPI forwarder",
    );
  }
  app.addHook("onClose", async () => {
    closing = true;
    for (const t of timers) clearTimeout(t);
    await Promise.allSettled([...inProgress]);
  });
}
