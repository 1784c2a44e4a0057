import type { AttemptSubmission } from "../api/types";

/** An attempt waiting to be delivered, with its delivery history. */
export interface PendingAttempt {
  attempt: AttemptSubmission;
  queuedAt: number;
  tries: number;
  /**
   * The learner who queued it (`tenant/user` of their profile): it is sent, counted and erased only
   * while that learner is signed in on the device. Absent on attempts queued before attempts had an
   * owner: those go with whoever is signed in, as they did then.
   */
  owner?: string;
}

/** Where pending attempts live between sends (IndexedDB in the pane, memory in tests). */
export interface PendingStore {
  put(item: PendingAttempt): Promise<void>;
  delete(id: string): Promise<void>;
  /** Oldest first. */
  all(): Promise<PendingAttempt[]>;
  /** Deletes every pending attempt. */
  clear(): Promise<void>;
}

export function memoryPendingStore(): PendingStore {
  const items = new Map<string, PendingAttempt>();
  return {
    async put(item) {
      items.set(item.attempt.id, structuredClone(item));
    },
    async delete(id) {
      items.delete(id);
    },
    async all() {
      return [...items.values()].sort((a, b) => a.queuedAt - b.queuedAt).map((i) => structuredClone(i));
    },
    async clear() {
      items.clear();
    },
  };
}
