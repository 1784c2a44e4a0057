import type { DBSchema, IDBPDatabase } from "idb";
import type { PendingAttempt, PendingStore } from "./store";

interface QueueDb extends DBSchema {
  pending: { key: string; value: PendingAttempt & { id: string } };
}

/**
 * Pending attempts in IndexedDB, so they survive closing the pane or Office. The database (and `idb`,
 * its own chunk) is opened on first use: the pane touches the queue once the first screen is up, so
 * neither delays the first suggestion. A failed open is not kept: the next use tries again.
 */
export function indexedDbPendingStore(name = "parcours"): PendingStore {
  let opening: Promise<IDBPDatabase<QueueDb>> | null = null;
  const db = () =>
    (opening ??= import(/* webpackChunkName: "idb" */ "idb")
      .then(({ openDB }) =>
        openDB<QueueDb>(name, 1, {
          upgrade(database) {
            database.createObjectStore("pending", { keyPath: "id" });
          },
        }),
      )
      .catch((err: unknown) => {
        opening = null;
        throw err;
      }));
  return {
    async put(item) {
      await (await db()).put("pending", { ...item, id: item.attempt.id });
    },
    async delete(id) {
      await (await db()).delete("pending", id);
    },
    async all() {
      const rows = await (await db()).getAll("pending");
      return rows.sort((a, b) => a.queuedAt - b.queuedAt).map(({ id: _id, ...item }) => item);
    },
    async clear() {
      await (await db()).clear("pending");
    },
  };
}
