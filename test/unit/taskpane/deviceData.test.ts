import type { ApiClient } from "../../../src/taskpane/api/client";
import { ApiProblem } from "../../../src/taskpane/api/problem";
import type { AttemptSubmission } from "../../../src/taskpane/api/types";
import { cachedTokenSource } from "../../../src/taskpane/auth/cachedToken";
import { eraseMyData, forgetDeviceData, signOut } from "../../../src/taskpane/lib/deviceData";
import { loadDraft, saveDraft } from "../../../src/taskpane/lib/drafts";
import { loadProgress, saveProgress } from "../../../src/taskpane/lib/progressCache";
import { createAttemptQueue } from "../../../src/taskpane/queue/attemptQueue";
import { memoryPendingStore } from "../../../src/taskpane/queue/store";
import { attemptBody } from "../../support/attempts";
import { createTestApi, type TestApi } from "../../support/api";
import { paneClient } from "../../support/pane-client";

/** A Storage in memory, with the `length`/`key` walk the real one has. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const OWNER = { tenant: "acme", user: "lea" };

/** The device of a learner with history, a draft, a session, a pulse postponed and their language. */
function deviceWithData() {
  const local = memoryStorage();
  const session = memoryStorage();
  saveProgress(
    OWNER,
    [
      {
        id: "a1",
        exerciseId: "word-summarise-procedure-5-points",
        submittedAt: new Date().toISOString(),
        score: 70,
      },
    ],
    new Map(),
    new Date(),
    local,
  );
  saveDraft("word-summarise-procedure-5-points", "Résume la procédure", local);
  local.setItem("parcours.pulse.later.lea", String(Date.now() + 1000));
  local.setItem("parcours.lang", "fr");
  local.setItem("other-app.key", "not ours");
  session.setItem("parcours.session.me", JSON.stringify({ user: "lea" }));
  session.setItem("parcours.session.exercise", "{}");
  return { local, session };
}

describe("what the pane keeps on the device", () => {
  it("forgets the learner's keys, keeps the display language and other apps' keys", () => {
    const { local, session } = deviceWithData();
    forgetDeviceData([local, session]);
    expect(loadProgress(OWNER, local)).toBeNull();
    expect(loadDraft("word-summarise-procedure-5-points", local)).toBe("");
    expect(local.getItem("parcours.pulse.later.lea")).toBeNull();
    expect(session.length).toBe(0);
    expect(local.getItem("parcours.lang")).toBe("fr");
    expect(local.getItem("other-app.key")).toBe("not ours");
  });

  it("does not fail when storage is blocked", () => {
    const blocked = {
      get length(): number {
        throw new Error("SecurityError");
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(() => forgetDeviceData([blocked, undefined])).not.toThrow();
  });
});

describe("erasing my data from the pane, against the real API", () => {
  let api: TestApi;
  let client: ApiClient;
  beforeAll(async () => {
    api = await createTestApi();
    await api.app.listen({ port: 0, host: "127.0.0.1" });
    client = await paneClient(api, "acme", "lea");
  });
  afterAll(() => api.close());

  /** A queue whose API is down for now: the attempt waits on the device. */
  async function queueWithPending(up: { value: boolean }, to: ApiClient = client) {
    const store = memoryPendingStore();
    const sent: string[] = [];
    const queue = createAttemptQueue({
      store,
      send: async (a: AttemptSubmission) => {
        if (!up.value) throw new ApiProblem({ status: 0, code: "network" });
        sent.push(a.id);
        return to.recordAttempt(a);
      },
      setTimer: () => null,
      clearTimer: () => undefined,
    });
    const outcome = await queue.submit(attemptBody());
    expect(outcome.status).toBe("queued");
    return { queue, store, sent };
  }

  it("erases on the server, then the device: history, drafts, session, queued attempts, token", async () => {
    await client.recordAttempt(attemptBody());
    const { local, session } = deviceWithData();
    const up = { value: false };
    const { queue, store, sent } = await queueWithPending(up);
    let issued = 0;
    const tokens = cachedTokenSource(async () => ({
      token: `t${++issued}`,
      expiresAt: Date.now() + 3_600_000,
    }));
    await tokens.getToken();

    up.value = true; // back online: nothing must leave the queue once the erasure starts
    await eraseMyData({ api: client, queue, tokens, forgetDevice: () => forgetDeviceData([local, session]) });

    const data = (await (await client.exportMyData()).text()) as string;
    expect(JSON.parse(data)).toMatchObject({ profile: null, attempts: [] });
    expect(sent).toEqual([]);
    expect(await store.all()).toEqual([]);
    await queue.flush();
    expect(sent).toEqual([]);
    expect(loadProgress(OWNER, local)).toBeNull();
    expect(session.length).toBe(0);
    // The token kept in memory is dropped: the next request asks the issuer again.
    expect(await tokens.getToken()).toBe("t2");
  });

  it("keeps everything on the device when the server cannot be reached, and sends again", async () => {
    const { local, session } = deviceWithData();
    const up = { value: false };
    const { queue, store, sent } = await queueWithPending(up, await paneClient(api, "acme", "noor"));
    const offline = {
      eraseMyData: () => Promise.reject(new ApiProblem({ status: 0, code: "network" })),
    };
    const failed = await eraseMyData({
      api: offline,
      queue,
      forgetDevice: () => forgetDeviceData([local, session]),
    }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: "network" });
    expect(loadProgress(OWNER, local)).not.toBeNull();
    expect(loadDraft("word-summarise-procedure-5-points", local)).not.toBe("");
    expect(session.length).toBe(2);
    expect(await store.all()).toHaveLength(1);
    // The queue works again: the waiting attempt goes once the API is back.
    up.value = true;
    await queue.flush(); // the send `resume` started while offline
    await queue.flush();
    expect(sent).toHaveLength(1);
    expect(await store.all()).toEqual([]);
  });

  it.each([
    [401, "unauthorized"],
    [500, "server"],
  ])("keeps everything when the API answers %i", async (status, code) => {
    const { local, session } = deviceWithData();
    const { queue, store } = await queueWithPending({ value: false });
    const refusing = { eraseMyData: () => Promise.reject(new ApiProblem({ status, code })) };
    await expect(
      eraseMyData({ api: refusing, queue, forgetDevice: () => forgetDeviceData([local, session]) }),
    ).rejects.toMatchObject({ status });
    expect(loadProgress(OWNER, local)).not.toBeNull();
    expect(await store.all()).toHaveLength(1);
  });

  it("signs out: the device forgets the learner and its waiting attempts, the server keeps their data", async () => {
    const sam = await paneClient(api, "acme", "sam");
    await sam.recordAttempt(attemptBody());
    const { local, session } = deviceWithData();
    const { queue, store } = await queueWithPending({ value: false });
    await signOut({ queue, forgetDevice: () => forgetDeviceData([local, session]) });
    expect(await store.all()).toEqual([]);
    expect(loadProgress(OWNER, local)).toBeNull();
    expect((await sam.attempts()).attempts).toHaveLength(1);
  });
});
