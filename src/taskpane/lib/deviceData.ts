/**
 * What the pane keeps on this device about the learner, and how it is dropped when they erase their
 * data or sign out: in localStorage the Progress history (`parcours.progress`), the drafts
 * (`parcours.draft.*`) and "ask the pulse later" (`parcours.pulse.later.*`); in sessionStorage the
 * profile and the open exercise (`parcours.session.*`); in IndexedDB the attempts waiting to be sent
 * (the queue; only the signed-in learner's are dropped, another learner's wait for them). The display language (`parcours.lang`) is a setting of the device, not data about the
 * learner: it stays.
 */
import type { ApiClient, TokenSource } from "../api/client";
import type { AttemptQueue } from "../queue/attemptQueue";

const PREFIX = "parcours.";
/** Kept: a preference of the device, the same for whoever signs in. */
const KEPT = new Set(["parcours.lang"]);

type Store = Pick<Storage, "length" | "key" | "removeItem">;

/** Removes the pane's keys about the learner from each storage; blocked storage holds nothing to remove. */
export function forgetDeviceData(
  stores: Array<Store | undefined> = [safe(() => localStorage), safe(() => sessionStorage)],
): void {
  for (const store of stores) {
    if (!store) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(PREFIX) && !KEPT.has(key)) keys.push(key);
      }
      for (const key of keys) store.removeItem(key);
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  }
}

export interface LeaveDeps {
  api: Pick<ApiClient, "eraseMyData">;
  queue: Pick<AttemptQueue, "pause" | "resume" | "clear">;
  tokens?: Pick<TokenSource, "forget">;
  forgetDevice?: () => void;
}

/**
 * "Erase my data": the server first — nothing leaves the queue meanwhile —, then the device. When the
 * server call fails (offline, session ended, server error) the device keeps everything, the queue
 * sends again, and the problem is thrown for the pane to explain: nothing is half-erased.
 */
export async function eraseMyData(deps: LeaveDeps): Promise<void> {
  await deps.queue.pause();
  try {
    await deps.api.eraseMyData();
  } catch (problem) {
    deps.queue.resume();
    throw problem;
  }
  await forgetOnDevice(deps);
}

/**
 * "Sign out": the token kept in memory and everything the device keeps about the learner go,
 * attempts not sent yet included (the pane warns before); nothing is asked of the server.
 */
export async function signOut(deps: Omit<LeaveDeps, "api">): Promise<void> {
  await deps.queue.pause();
  await forgetOnDevice(deps);
}

async function forgetOnDevice(deps: Omit<LeaveDeps, "api">): Promise<void> {
  try {
    await deps.queue.clear();
  } catch {
    // IndexedDB unavailable: the queue was in memory and goes with the pane.
  }
  (deps.forgetDevice ?? forgetDeviceData)();
  deps.tokens?.forget?.();
}

function safe<T>(get: () => T): T | undefined {
  try {
    return typeof window === "undefined" ? undefined : get();
  } catch {
    return undefined;
  }
}
