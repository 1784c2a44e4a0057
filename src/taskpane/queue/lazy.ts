import type { AttemptRecorded, AttemptSubmission } from "../api/types";
import type { AttemptQueue } from "./attemptQueue";

type DeliveredListener = (attempt: AttemptSubmission, recorded: AttemptRecorded) => void;

/**
 * The attempt queue with its code and storage fetched on first use (`load`): the pane counts and sends
 * waiting attempts once the first screen is up, so none of it comes before the first suggestion.
 * `onDelivered` listeners wait for the queue without fetching it; `subscribe`, `submit`, `flush` and
 * `pendingCount` fetch it. A failed fetch is not kept: the next use tries again. `flush` resolves when the
 * queue's code cannot be fetched (no attempt can be waiting in a queue that never ran); `submit` and
 * `pendingCount` reject.
 */
export function lazyAttemptQueue(load: () => Promise<AttemptQueue>): AttemptQueue {
  let loading: Promise<AttemptQueue> | null = null;
  let disposed = false;
  const delivered = new Set<{ listener: DeliveredListener; stop: (() => void) | null }>();

  const attach = (real: AttemptQueue) => {
    for (const entry of delivered) entry.stop ??= real.onDelivered(entry.listener);
  };
  const queue = () =>
    (loading ??= load().then(
      (real) => {
        attach(real);
        if (disposed) real.dispose();
        return real;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));

  return {
    submit: async (attempt) => (await queue()).submit(attempt),
    flush: async () => {
      let real: AttemptQueue;
      try {
        real = await queue();
      } catch {
        return;
      }
      await real.flush();
    },
    pendingCount: async () => (await queue()).pendingCount(),
    subscribe(listener) {
      let stop: (() => void) | null = null;
      let stopped = false;
      queue().then(
        (real) => {
          if (!stopped) stop = real.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    onDelivered(listener) {
      const entry = { listener, stop: null as (() => void) | null };
      delivered.add(entry);
      void loading?.then(attach, () => undefined);
      return () => {
        delivered.delete(entry);
        entry.stop?.();
      };
    },
    dispose() {
      disposed = true;
      void loading?.then(
        (real) => real.dispose(),
        () => undefined,
      );
    },
  };
}
