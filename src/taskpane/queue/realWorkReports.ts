import type { RealWorkUseCreate } from "../../core/api/real-work";
import { ApiProblem } from "../api/problem";

/** Reports kept in this pane session at most; older ones are dropped first (a count, not a record). */
export const MAX_PENDING_REPORTS = 50;

export interface RealWorkReporter {
  /** Sends the report now, or keeps it for the next chance; never throws, never shows anything. */
  report(use: RealWorkUseCreate): void;
  /** Sends what is pending, oldest first; stops at the first report that still cannot go. */
  flush(): Promise<void>;
  pendingCount(): number;
}

/** Worth another try later: the network or the API's side; not a report the API refused. */
function retryable(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * Real-work uses are counted best effort: a report that cannot go now (offline, API restarting) is kept
 * in memory and sent with the next report or when the browser is back online. The API records each
 * `clientId` once, so sending twice is harmless. Nothing is stored on the device: a closed pane loses
 * what was pending, and no report can be sent later under another user's sign-in.
 */
export function createRealWorkReporter(
  send: (use: RealWorkUseCreate) => Promise<unknown>,
  events: Pick<Window, "addEventListener"> | undefined = typeof window !== "undefined" ? window : undefined,
): RealWorkReporter {
  const pending: RealWorkUseCreate[] = [];
  let flushing: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (pending.length > 0) {
      const next = pending[0] as RealWorkUseCreate;
      try {
        await send(next);
      } catch (error) {
        if (retryable(error)) return;
      }
      pending.shift();
    }
  }

  function flush(): Promise<void> {
    flushing ??= drain().finally(() => (flushing = undefined));
    return flushing;
  }

  events?.addEventListener("online", () => void flush());

  return {
    report(use) {
      pending.push(use);
      if (pending.length > MAX_PENDING_REPORTS) pending.shift();
      void flush();
    },
    flush,
    pendingCount: () => pending.length,
  };
}
