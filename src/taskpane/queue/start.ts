/** The attempt queue on the browser's storage; its own chunk, fetched once the first screen is up. */
import type { AttemptRecorded, AttemptSubmission } from "../api/types";
import { createAttemptQueue, type AttemptQueue } from "./attemptQueue";
import { indexedDbPendingStore } from "./indexedDbStore";
import { memoryPendingStore, type PendingStore } from "./store";

export function startAttemptQueue(
  send: (attempt: AttemptSubmission) => Promise<AttemptRecorded>,
  owner: () => string | null,
): AttemptQueue {
  return createAttemptQueue({ store: pendingStore(), send, owner });
}

function pendingStore(): PendingStore {
  // IndexedDB can be unavailable (private windows, some Office web frames): keep attempts in memory then.
  return typeof indexedDB === "undefined" ? memoryPendingStore() : indexedDbPendingStore();
}
