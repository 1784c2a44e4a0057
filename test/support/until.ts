/**
 * Waits until `condition` holds, checking it again after each turn of the event loop's timers, for
 * state another party changes without telling the test (a row written after a response was sent).
 * Fails with `what` after `timeoutMs`; never a fixed pause.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 5000, what = "the condition" }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
