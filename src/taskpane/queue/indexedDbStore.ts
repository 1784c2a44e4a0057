import { openDB, type DBSchema } from "idb";
import type { PendingAttempt, PendingStore } from "./store";

interface QueueDb extends DBSchema {
  pending: { key: string; value: PendingAttempt & { id: string } };
}

/** Pending attempts in IndexedDB, so they survive closing the pane or Office. */
export function indexedDbPendingStore(name = "parcours"): PendingStore {
  const db = openDB<QueueDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore("pending", { keyPath: "id" });
    },
  });
  return {
    async put(item) {
      await (await db).put("pending", { ...item, id: item.attempt.id });
    },
    async delete(id) {
      await (await db).delete("pending", id);
    },
    async all() {
      const rows = await (await db).getAll("pending");
      return rows.sort((a, b) => a.queuedAt - b.queuedAt).map(({ id: _id, ...item }) => item);
    },
  };
}
