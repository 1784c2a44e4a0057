import { APIConnectionError, APIError, APIUserAbortError } from "openai";

/** The model call's overall deadline passed (tries, waits and streaming included). */
export class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
}

/**
 * One overall deadline for a model call: its `signal` aborts when `ms` have passed or when `parent`
 * aborts (the learner left). Every try, every wait between tries and the streamed answer run under
 * it; `dispose` stops the timer once the call is over.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Milliseconds left (0 once passed). */
  remaining(): number;
  /** True when the deadline itself (not the parent) ended the call. */
  readonly expired: boolean;
  dispose(): void;
}

export function startDeadline(ms: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  const endsAt = performance.now() + ms;
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DeadlineExceeded(`no answer within ${ms} ms`));
  }, ms);
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    remaining: () => Math.max(0, Math.round(endsAt - performance.now())),
    get expired() {
      return expired;
    },
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}

/** Provider failures worth another try: rate limits, server errors, lost connections. */
export function retryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    const status = error.status;
    return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
  }
  return false;
}

/** What the provider asked us to wait (`retry-after-ms`, `retry-after` in seconds or as a date), in ms. */
export function requestedWaitMs(error: unknown, now = Date.now()): number | undefined {
  if (!(error instanceof APIError)) return undefined;
  const ms = Number(error.headers?.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const header = error.headers?.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter between tries: 0.5 s, 1 s, 2 s … at most 8 s. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  return Math.min(500 * 2 ** retry, 8000) * (1 - random() * 0.25);
}

/**
 * Calls `attempt` until it succeeds, retrying what `retryable` allows up to `maxRetries` times, all
 * inside `deadline`: a try gets only the time left, a wait that would outlast the deadline (a long
 * `Retry-After`) is not waited — the last failure is thrown at once, with the provider's advice —
 * and a deadline that passes mid-try or mid-wait ends the call with `DeadlineExceeded`.
 */
export async function withRetries<T>(
  deadline: Deadline,
  maxRetries: number,
  attempt: (signal: AbortSignal, timeoutMs: number) => Promise<T>,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    if (deadline.expired) throw new DeadlineExceeded("no time left for the model call");
    try {
      return await attempt(deadline.signal, Math.max(1, deadline.remaining()));
    } catch (err) {
      if (deadline.expired) throw new DeadlineExceeded("the model call ran out of time", { cause: err });
      if (deadline.signal.aborted || retry >= maxRetries || !retryable(err)) throw err;
      const wait = requestedWaitMs(err) ?? backoffMs(retry);
      if (wait >= deadline.remaining()) throw err;
      await sleep(wait, deadline.signal);
      if (deadline.expired) throw new DeadlineExceeded("the model call ran out of time", { cause: err });
      if (deadline.signal.aborted) throw new APIUserAbortError();
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
