/** Office calls may never answer (no host, a modal dialog open): every wait in this layer has a deadline. */

/** Rejects with `onTimeout()` when `promise` has not settled after `ms`; always clears its timer. */
export function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
