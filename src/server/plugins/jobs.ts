import type { FastifyInstance } from "fastify";
import { purgeExpiredAttempts } from "../tenants/retention";
import { forwardPendingStatements } from "../xapi/forwarder";

const FORWARD_EVERY_MS = 30_000;

/**
 * Background jobs of a running server: the retention purge and, when XAPI_ENDPOINT is set, the xAPI
 * forwarder. Both are safe with several instances (deletes are idempotent; statements are PUT by id).
 */
export function registerJobs(app: FastifyInstance): void {
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, job: () => Promise<unknown>, name: string) => {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      job()
        .catch((err: unknown) => app.log.error({ err }, `${name} failed`))
        .finally(() => {
          running = false;
        });
    };
    timers.push(setInterval(tick, ms).unref());
    timers.push(setTimeout(tick, Math.min(ms, 5_000)).unref());
  };
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
  const { endpoint, auth } = app.config.xapi;
  if (endpoint) {
    every(
      FORWARD_EVERY_MS,
      () => forwardPendingStatements(app.store.db, { endpoint, auth, log: app.log }),
      "xAPI forwarder",
    );
  }
  app.addHook("onClose", async () => {
    for (const t of timers) clearTimeout(t);
  });
}
