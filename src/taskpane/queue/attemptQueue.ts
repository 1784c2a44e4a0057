import { ApiProblem } from "../api/problem";
import type { AttemptRecorded, AttemptSubmission } from "../api/types";
import type { PendingStore } from "./store";

export type SubmitOutcome =
  { status: "sent"; feedback: AttemptRecorded } | { status: "queued"; problem: ApiProblem };

export interface AttemptQueueOptions {
  store: PendingStore;
  send: (attempt: AttemptSubmission) => Promise<AttemptRecorded>;
  /** Called with the number of pending attempts whenever it changes. */
  onPendingChange?: (count: number) => void;
  /** Called when a queued attempt is finally delivered. */
  onDelivered?: (attempt: AttemptSubmission, feedback: AttemptRecorded) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
  /**
   * The learner signed in on the device (`tenant/user`), or null before the profile is known. Attempts
   * are stored under it, and only the signed-in learner's attempts are sent, counted and cleared: on a
   * device several people use, one learner's attempts are never recorded under another's account nor
   * erased with another's data. Without it, every stored attempt is the current learner's.
   */
  owner?: () => string | null;
}

export interface AttemptQueue {
  /** Sends now; if the API cannot be reached (or fails on its side) the attempt is kept and retried. */
  submit(attempt: AttemptSubmission): Promise<SubmitOutcome>;
  /** Tries every pending attempt, oldest first; stops at the first one that still cannot go. */
  flush(): Promise<void>;
  pendingCount(): Promise<number>;
  /** Listens to the pending count (called now with the current count, then on every change). */
  subscribe(listener: (count: number) => void): () => void;
  /** Listens to attempts delivered from the queue (not those sent directly by `submit`). */
  onDelivered(listener: (attempt: AttemptSubmission, recorded: AttemptRecorded) => void): () => void;
  /**
   * Stops sending (waits for a send in flight): nothing leaves the device while the learner's data
   * is being erased. `resume` sends again (the erasure failed).
   */
  pause(): Promise<void>;
  resume(): void;
  /**
   * Deletes the signed-in learner's pending attempts from the device and stops for good (data erased,
   * signed out); other learners' attempts stay for when they sign in again.
   */
  clear(): Promise<void>;
  dispose(): void;
}

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 60_000;

/** Exponential backoff with jitter: 2 s, 4 s, 8 s… capped at a minute. */
export function backoffDelay(tries: number, random: () => number = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, tries - 1));
  return Math.round(exp * (0.75 + random() * 0.5));
}

/**
 * Tries after which an attempt the API keeps answering with its own 500 (an unexpected error, likely
 * to repeat for this very attempt) is held: it stays stored and counted as pending, but is no longer
 * retried in this session nor blocks the attempts queued after it. Opening the pane again tries it
 * once more. Gateways' 502/503/504 (API restarting, proxy) are retried without limit.
 */
export const MAX_SERVER_ERROR_TRIES = 5;

/**
 * A failure that delivery can outlive: network down, API restarting, quota, an expired session, or a
 * charter that changed while the attempt waited (it goes once the learner accepts the new one).
 */
function keepForLater(err: unknown): err is ApiProblem {
  return (
    err instanceof ApiProblem &&
    (err.retriable || err.status === 401 || err.code === "charter_version_mismatch")
  );
}

/**
 * Never lose an attempt: undeliverable attempts wait in the store and are retried with backoff.
 * Each attempt carries its client-generated id, and the API treats a replay as the same attempt, so a
 * retry after a lost response still records it exactly once.
 */
export function createAttemptQueue(options: AttemptQueueOptions): AttemptQueue {
  const { store, send } = options;
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;
  let timer: unknown = null;
  let flushing: Promise<void> | null = null;
  let disposed = false;
  let paused = false;
  /** Attempts held after repeated 500s, skipped until the pane is opened again. */
  const held = new Set<string>();

  const listeners = new Set<(count: number) => void>();
  if (options.onPendingChange) listeners.add(options.onPendingChange);
  const deliveredListeners = new Set<(attempt: AttemptSubmission, recorded: AttemptRecorded) => void>();
  if (options.onDelivered) deliveredListeners.add(options.onDelivered);
  const owner = options.owner ?? (() => null);
  /** The pending attempts of the learner signed in, oldest first (attempts with no owner included). */
  const mine = async () => {
    const current = owner();
    const items = await store.all();
    return current === null ? items : items.filter((i) => i.owner === undefined || i.owner === current);
  };
  const report = async () => {
    const count = (await mine()).length;
    for (const listener of listeners) listener(count);
  };

  const schedule = (tries: number) => {
    if (disposed) return;
    if (timer !== null) clearTimer(timer);
    timer = setTimer(
      () => {
        timer = null;
        void queue.flush();
      },
      backoffDelay(tries, random),
    );
  };

  const flushOnce = async () => {
    const pending = await mine();
    for (const item of pending) {
      if (paused || disposed) return;
      if (held.has(item.attempt.id)) continue;
      try {
        const feedback = await send(item.attempt);
        await store.delete(item.attempt.id);
        for (const listener of deliveredListeners) listener(item.attempt, feedback);
      } catch (err) {
        if (keepForLater(err)) {
          const tries = item.tries + 1;
          await store.put({ ...item, tries });
          if (err.status === 500 && tries >= MAX_SERVER_ERROR_TRIES) {
            held.add(item.attempt.id);
            continue;
          }
          schedule(tries);
          break;
        }
        // Rejected for good (invalid, or a conflicting replay of an id already recorded): retrying
        // can never succeed, so it leaves the queue.
        await store.delete(item.attempt.id);
      }
    }
    await report();
  };

  const queue: AttemptQueue = {
    async submit(attempt) {
      // Older attempts go first, so the history keeps its order.
      if ((await mine()).length > 0) await queue.flush();
      try {
        const feedback = await send(attempt);
        return { status: "sent", feedback };
      } catch (err) {
        if (!keepForLater(err)) throw err;
        const by = owner();
        await store.put({ attempt, queuedAt: now(), tries: 1, ...(by === null ? {} : { owner: by }) });
        await report();
        schedule(1);
        return { status: "queued", problem: err };
      }
    },
    flush() {
      if (paused || disposed) return flushing ?? Promise.resolve();
      flushing ??= flushOnce().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    async pendingCount() {
      return (await mine()).length;
    },
    subscribe(listener) {
      listeners.add(listener);
      void mine().then((items) => listeners.has(listener) && listener(items.length));
      return () => listeners.delete(listener);
    },
    onDelivered(listener) {
      deliveredListeners.add(listener);
      return () => deliveredListeners.delete(listener);
    },
    async pause() {
      paused = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      await flushing?.catch(() => undefined);
    },
    resume() {
      if (!paused) return;
      paused = false;
      void queue.flush();
    },
    async clear() {
      queue.dispose();
      await flushing?.catch(() => undefined);
      if (owner() === null) await store.clear();
      else for (const item of await mine()) await store.delete(item.attempt.id);
      for (const listener of listeners) listener(0);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
  return queue;
}
