import { ApiProblem } from "../../../src/taskpane/api/problem";
import type { AttemptRecorded, AttemptSubmission } from "../../../src/taskpane/api/types";
import {
  backoffDelay,
  createAttemptQueue,
  MAX_SERVER_ERROR_TRIES,
} from "../../../src/taskpane/queue/attemptQueue";
import { lazyAttemptQueue } from "../../../src/taskpane/queue/lazy";
import { memoryPendingStore } from "../../../src/taskpane/queue/store";

function attempt(id: string): AttemptSubmission {
  return {
    id,
    exerciseId: "reply-late-reimbursement",
    host: "outlook",
    prompt: "Rédige une réponse",
    startedAt: "2026-11-25T10:00:00.000Z",
    submittedAt: "2026-11-25T10:02:00.000Z",
  };
}

/** A fake API that records every delivery and can be switched off, like a server going down. */
function fakeApi() {
  const delivered: string[] = [];
  const state = { up: true, reject: null as ApiProblem | null };
  const send = async (a: AttemptSubmission): Promise<AttemptRecorded> => {
    if (!state.up) throw new ApiProblem({ status: 0, code: "network" });
    if (state.reject) throw state.reject;
    // Idempotent like the API: a replay of a known id is not a second attempt.
    if (!delivered.includes(a.id)) delivered.push(a.id);
    return { attempt: { id: a.id, score: 70 } } as unknown as AttemptRecorded;
  };
  return { delivered, state, send };
}

function manualTimers() {
  const timers: Array<{ fn: () => void; ms: number }> = [];
  return {
    timers,
    setTimer: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (handle: unknown) => {
      const i = timers.indexOf(handle as { fn: () => void; ms: number });
      if (i >= 0) timers.splice(i, 1);
    },
    async fire() {
      const t = timers.shift();
      t?.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe("attempt queue", () => {
  it("pauses while the learner's data is erased: nothing is sent until it resumes", async () => {
    const api = fakeApi();
    const timers = manualTimers();
    const queue = createAttemptQueue({
      store: memoryPendingStore(),
      send: api.send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    api.state.up = false;
    await queue.submit(attempt("a1"));
    expect(timers.timers).toHaveLength(1);
    await queue.pause();
    expect(timers.timers).toHaveLength(0); // the retry is cancelled
    api.state.up = true;
    await queue.flush();
    expect(api.delivered).toEqual([]);
    queue.resume();
    await queue.flush();
    expect(api.delivered).toEqual(["a1"]);
  });

  it("clears every pending attempt and stops for good", async () => {
    const api = fakeApi();
    const timers = manualTimers();
    const counts: number[] = [];
    const store = memoryPendingStore();
    const queue = createAttemptQueue({
      store,
      send: api.send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      onPendingChange: (n) => counts.push(n),
    });
    api.state.up = false;
    await queue.submit(attempt("a1"));
    await queue.submit(attempt("a2"));
    await queue.clear();
    expect(await store.all()).toEqual([]);
    expect(counts.at(-1)).toBe(0);
    expect(timers.timers).toHaveLength(0);
    api.state.up = true;
    await store.put({ attempt: attempt("a3"), queuedAt: 1, tries: 1 });
    await queue.flush();
    expect(api.delivered).toEqual([]);
  });

  it("on a shared device, sends, counts and clears only the signed-in learner's attempts", async () => {
    const api = fakeApi();
    const timers = manualTimers();
    const store = memoryPendingStore();
    const signedIn = { who: "mutuelle/alice" as string | null };
    const queueOf = () =>
      createAttemptQueue({
        store,
        send: api.send,
        setTimer: timers.setTimer,
        clearTimer: timers.clearTimer,
        owner: () => signedIn.who,
      });
    api.state.up = false;
    const alice = queueOf();
    await alice.submit(attempt("alice-1"));
    alice.dispose();
    // Bob signs in on the same device, in the same browser storage.
    signedIn.who = "mutuelle/bob";
    const bob = queueOf();
    await bob.submit(attempt("bob-1"));
    expect(await bob.pendingCount()).toBe(1);
    api.state.up = true;
    await bob.flush();
    expect(api.delivered).toEqual(["bob-1"]); // Alice's attempt is never sent with Bob's sign-in
    api.state.up = false;
    await bob.submit(attempt("bob-2"));
    await bob.clear(); // Bob signs out or erases his data: Alice's attempt stays
    expect((await store.all()).map((i) => [i.attempt.id, i.owner])).toEqual([["alice-1", "mutuelle/alice"]]);
    // An attempt queued before attempts had an owner goes with whoever is signed in.
    await store.put({ attempt: attempt("older"), queuedAt: 0, tries: 1 });
    signedIn.who = "mutuelle/alice";
    const aliceAgain = queueOf();
    expect(await aliceAgain.pendingCount()).toBe(2);
    api.state.up = true;
    await aliceAgain.flush();
    expect(api.delivered).toEqual(["bob-1", "older", "alice-1"]);
    expect(await store.all()).toEqual([]);
  });

  it("sends directly when the API is up", async () => {
    const api = fakeApi();
    const queue = createAttemptQueue({ store: memoryPendingStore(), send: api.send });
    const outcome = await queue.submit(attempt("a1"));
    expect(outcome.status).toBe("sent");
    expect(api.delivered).toEqual(["a1"]);
    expect(await queue.pendingCount()).toBe(0);
  });

  it("keeps an attempt while the API is down and delivers it exactly once when it is back", async () => {
    const api = fakeApi();
    const timers = manualTimers();
    const counts: number[] = [];
    const store = memoryPendingStore();
    const queue = createAttemptQueue({
      store,
      send: api.send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      onPendingChange: (n) => counts.push(n),
      random: () => 0.5,
    });
    api.state.up = false;
    const outcome = await queue.submit(attempt("a1"));
    expect(outcome.status).toBe("queued");
    expect(await queue.pendingCount()).toBe(1);
    expect(timers.timers).toHaveLength(1);

    await timers.fire(); // still down: stays, next retry later
    expect(await queue.pendingCount()).toBe(1);
    expect(timers.timers[0]!.ms).toBeGreaterThan(2000);

    api.state.up = true;
    await Promise.all([queue.flush(), queue.flush()]); // e.g. the `online` event and a timer together
    await timers.fire();
    expect(api.delivered).toEqual(["a1"]);
    expect(await queue.pendingCount()).toBe(0);
    expect(counts.at(-1)).toBe(0);
    expect(counts).toContain(1);
  });

  it("tells listeners when a queued attempt is finally delivered", async () => {
    const api = fakeApi();
    const queue = createAttemptQueue({
      store: memoryPendingStore(),
      send: api.send,
      setTimer: () => 0,
      clearTimer: () => {},
    });
    const delivered: string[] = [];
    const stop = queue.onDelivered((a, recorded) => delivered.push(`${a.id}:${recorded.attempt.score}`));
    api.state.up = false;
    await queue.submit(attempt("a1"));
    api.state.up = true;
    await queue.flush();
    stop();
    expect(delivered).toEqual(["a1:70"]);
  });

  it("survives a restart of the pane: pending attempts stay in the store", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    api.state.up = false;
    const first = createAttemptQueue({ store, send: api.send, setTimer: () => 0, clearTimer: () => {} });
    await first.submit(attempt("a1"));
    first.dispose();
    api.state.up = true;
    const second = createAttemptQueue({ store, send: api.send, setTimer: () => 0, clearTimer: () => {} });
    await second.flush();
    expect(api.delivered).toEqual(["a1"]);
  });

  it("sends older pending attempts before a new one", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    const queue = createAttemptQueue({ store, send: api.send, setTimer: () => 0, clearTimer: () => {} });
    api.state.up = false;
    await queue.submit(attempt("old"));
    api.state.up = true;
    await queue.submit(attempt("new"));
    expect(api.delivered).toEqual(["old", "new"]);
  });

  it("drops an attempt the API rejects for good, and throws it on a direct submit", async () => {
    const api = fakeApi();
    api.state.reject = new ApiProblem({ status: 400, code: "invalid_body" });
    const queue = createAttemptQueue({ store: memoryPendingStore(), send: api.send });
    await expect(queue.submit(attempt("bad"))).rejects.toMatchObject({ code: "invalid_body" });
    expect(await queue.pendingCount()).toBe(0);
  });

  it("stops retrying an attempt the API keeps failing with 500, keeps it, and lets later attempts through", async () => {
    const timers = manualTimers();
    const store = memoryPendingStore();
    const delivered: string[] = [];
    const sent: string[] = [];
    const send = async (a: AttemptSubmission): Promise<AttemptRecorded> => {
      sent.push(a.id);
      if (a.id === "poison") throw new ApiProblem({ status: 500, code: "internal_error" });
      delivered.push(a.id);
      return { attempt: { id: a.id, score: 70 } } as unknown as AttemptRecorded;
    };
    const options = {
      store,
      send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
      random: () => 0.5,
    };
    const queue = createAttemptQueue(options);
    expect((await queue.submit(attempt("poison"))).status).toBe("queued");
    for (let i = 0; i < 20 && timers.timers.length > 0; i++) await timers.fire();
    expect(timers.timers).toHaveLength(0);
    expect(sent.filter((id) => id === "poison")).toHaveLength(MAX_SERVER_ERROR_TRIES);
    // Held, not lost, and not in the way of the next attempt.
    expect(await queue.pendingCount()).toBe(1);
    expect((await queue.submit(attempt("next"))).status).toBe("sent");
    expect(delivered).toEqual(["next"]);
    expect(sent.filter((id) => id === "poison")).toHaveLength(MAX_SERVER_ERROR_TRIES);

    // Opening the pane again tries it once more, then holds it again.
    const reopened = createAttemptQueue(options);
    await reopened.flush();
    expect(sent.filter((id) => id === "poison")).toHaveLength(MAX_SERVER_ERROR_TRIES + 1);
    expect(timers.timers).toHaveLength(0);
    expect(await reopened.pendingCount()).toBe(1);
  });

  it("keeps retrying while the API is unreachable behind a gateway (502, 503, 504)", async () => {
    const timers = manualTimers();
    let calls = 0;
    const send = async (): Promise<AttemptRecorded> => {
      calls++;
      throw new ApiProblem({ status: 503, code: "not_ready" });
    };
    const queue = createAttemptQueue({
      store: memoryPendingStore(),
      send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    await queue.submit(attempt("a1"));
    for (let i = 0; i < MAX_SERVER_ERROR_TRIES * 2; i++) await timers.fire();
    expect(calls).toBe(MAX_SERVER_ERROR_TRIES * 2 + 1);
    expect(timers.timers).toHaveLength(1);
  });

  it("keeps an attempt refused until the learner accepts a new charter, then delivers it", async () => {
    const api = fakeApi();
    const timers = manualTimers();
    const queue = createAttemptQueue({
      store: memoryPendingStore(),
      send: api.send,
      setTimer: timers.setTimer,
      clearTimer: timers.clearTimer,
    });
    api.state.reject = new ApiProblem({ status: 409, code: "charter_version_mismatch" });
    expect((await queue.submit(attempt("a1"))).status).toBe("queued");
    expect(await queue.pendingCount()).toBe(1);
    api.state.reject = null;
    await timers.fire();
    expect(api.delivered).toEqual(["a1"]);
    expect(await queue.pendingCount()).toBe(0);
  });

  it("backs off exponentially up to a minute", () => {
    expect(backoffDelay(1, () => 0.5)).toBe(2000);
    expect(backoffDelay(2, () => 0.5)).toBe(4000);
    expect(backoffDelay(20, () => 0.5)).toBe(60000);
  });
});

describe("attempt queue fetched on first use", () => {
  function lazily(api: ReturnType<typeof fakeApi>, store = memoryPendingStore()) {
    const loads = { count: 0, fail: false };
    const queue = lazyAttemptQueue(async () => {
      loads.count++;
      if (loads.fail) throw new Error("chunk unreachable");
      return createAttemptQueue({ store, send: api.send, setTimer: () => 0, clearTimer: () => {} });
    });
    return { queue, loads };
  }

  it("erasing: pausing fetches nothing and the queue starts paused; clearing empties an earlier session's attempts", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    await store.put({ attempt: attempt("old"), queuedAt: 0, tries: 1 });
    const { queue, loads } = lazily(api, store);
    await queue.pause();
    expect(loads.count).toBe(0);
    await queue.flush(); // fetched now, but paused: nothing leaves
    expect(loads.count).toBe(1);
    expect(api.delivered).toEqual([]);
    await queue.clear();
    expect(await store.all()).toEqual([]);
    expect(api.delivered).toEqual([]);
  });

  it("clears attempts waiting in storage even when this session never fetched the queue", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    await store.put({ attempt: attempt("old"), queuedAt: 0, tries: 1 });
    const { queue } = lazily(api, store);
    await queue.clear();
    expect(await store.all()).toEqual([]);
    expect(api.delivered).toEqual([]);
  });

  it("is not fetched for delivery listeners, and hears deliveries once fetched", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    await store.put({ attempt: attempt("old"), queuedAt: 0, tries: 1 });
    const { queue, loads } = lazily(api, store);
    const heard: string[] = [];
    queue.onDelivered((a) => heard.push(a.id));
    expect(loads.count).toBe(0);
    const counts: number[] = [];
    queue.subscribe((n) => counts.push(n));
    await queue.flush();
    expect(loads.count).toBe(1);
    expect(api.delivered).toEqual(["old"]);
    expect(heard).toEqual(["old"]);
    expect(counts[counts.length - 1]).toBe(0);
    const late: string[] = [];
    queue.onDelivered((a) => late.push(a.id));
    await store.put({ attempt: attempt("next"), queuedAt: 0, tries: 1 });
    await queue.flush();
    expect(heard).toEqual(["old", "next"]);
    expect(late).toEqual(["next"]);
  });

  it("sends through the real queue and keeps an attempt while the API is down", async () => {
    const api = fakeApi();
    const { queue, loads } = lazily(api);
    api.state.up = false;
    expect((await queue.submit(attempt("a1"))).status).toBe("queued");
    expect(await queue.pendingCount()).toBe(1);
    api.state.up = true;
    await queue.flush();
    expect(api.delivered).toEqual(["a1"]);
    expect(loads.count).toBe(1);
  });

  it("retries a failed fetch: flush resolves meanwhile, submit rejects", async () => {
    const api = fakeApi();
    const { queue, loads } = lazily(api);
    loads.fail = true;
    await expect(queue.flush()).resolves.toBeUndefined();
    await expect(queue.submit(attempt("a1"))).rejects.toThrow("chunk unreachable");
    loads.fail = false;
    expect((await queue.submit(attempt("a1"))).status).toBe("sent");
    expect(loads.count).toBe(3);
  });

  it("stops listeners removed before the queue arrived", async () => {
    const api = fakeApi();
    const store = memoryPendingStore();
    await store.put({ attempt: attempt("old"), queuedAt: 0, tries: 1 });
    const { queue } = lazily(api, store);
    const heard: string[] = [];
    const counts: number[] = [];
    queue.onDelivered((a) => heard.push(a.id))();
    queue.subscribe((n) => counts.push(n))();
    await queue.flush();
    expect(api.delivered).toEqual(["old"]);
    expect(heard).toEqual([]);
    expect(counts).toEqual([]);
  });
});
