import { APIConnectionError, APIError, APIUserAbortError } from "openai";
import {
  backoffMs,
  DeadlineExceeded,
  requestedWaitMs,
  retryable,
  startDeadline,
  withRetries,
} from "../../../src/server/llm/deadline";

const failure = (status: number, headers: Record<string, string> = {}) =>
  APIError.generate(status, { message: "x" }, "x", new Headers(headers));

describe("model call deadline", () => {
  it("reads the provider's requested wait in every form", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(requestedWaitMs(failure(429, { "retry-after-ms": "250" }))).toBe(250);
    expect(requestedWaitMs(failure(429, { "retry-after": "45" }))).toBe(45_000);
    expect(requestedWaitMs(failure(503, { "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }), now)).toBe(
      30_000,
    );
    expect(requestedWaitMs(failure(429, { "retry-after": "soon" }))).toBeUndefined();
    expect(requestedWaitMs(failure(429))).toBeUndefined();
    expect(requestedWaitMs(new Error("x"))).toBeUndefined();
  });

  it("retries rate limits, server errors and lost connections, nothing else", () => {
    expect(retryable(failure(429))).toBe(true);
    expect(retryable(failure(500))).toBe(true);
    expect(retryable(failure(408))).toBe(true);
    expect(retryable(failure(400))).toBe(false);
    expect(retryable(failure(401))).toBe(false);
    expect(retryable(new APIConnectionError({ message: "reset" }))).toBe(true);
    expect(retryable(new APIUserAbortError())).toBe(false);
    expect(retryable(new Error("bug"))).toBe(false);
  });

  it("backs off exponentially with jitter, never over 8 s", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(3, () => 0)).toBe(4000);
    expect(backoffMs(10, () => 0)).toBe(8000);
    expect(backoffMs(10, () => 1)).toBe(6000);
  });

  it("throws the last failure at once when the provider asks to wait past the deadline", async () => {
    const deadline = startDeadline(10_000);
    let tries = 0;
    const limited = failure(429, { "retry-after": "45" });
    await expect(
      withRetries(deadline, 5, async () => {
        tries++;
        throw limited;
      }),
    ).rejects.toBe(limited);
    expect(tries).toBe(1);
    deadline.dispose();
  });

  it("retries within the deadline and hands each try only the time left", async () => {
    const deadline = startDeadline(10_000);
    const budgets: number[] = [];
    const result = await withRetries(deadline, 3, async (_signal, timeoutMs) => {
      budgets.push(timeoutMs);
      if (budgets.length < 3) throw failure(500, { "retry-after-ms": "1" });
      return "ok";
    });
    expect(result).toBe("ok");
    expect(budgets).toHaveLength(3);
    for (const budget of budgets) expect(budget).toBeLessThanOrEqual(10_000);
    deadline.dispose();
  });

  it("ends a try that outlives the deadline with DeadlineExceeded, and follows its parent's abort", async () => {
    const deadline = startDeadline(20);
    const hang = (signal: AbortSignal) =>
      new Promise<never>((_resolve, reject) =>
        signal.addEventListener("abort", () => reject(new APIUserAbortError())),
      );
    await expect(withRetries(deadline, 3, hang)).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(deadline.expired).toBe(true);

    const parent = new AbortController();
    const child = startDeadline(10_000, parent.signal);
    parent.abort();
    expect(child.signal.aborted).toBe(true);
    expect(child.expired).toBe(false);
    child.dispose();
  });
});
