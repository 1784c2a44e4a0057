import { Worker } from "node:worker_threads";

/**
 * Copies SQLite's write-ahead log back into the database file from a worker thread.
 *
 * SQLite checkpoints automatically inside the commit that crosses 1,000 log pages; that commit
 * then waits for two fsyncs (10–50 ms on a usual disk) while holding the only writer, and every
 * request queued behind it waits too. The server turns the automatic checkpoint down to a safety
 * net and lets this thread, with its own connection, run passive checkpoints, which never block the
 * writer. Durability is unchanged: WAL with synchronous=NORMAL, checkpoints still fsync.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (err) {
    parentPort.postMessage(String(err && err.message ? err.message : err));
  }
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `file` every `everyMs`; `onError` hears about failed checkpoints. */
export function startCheckpointer(
  file: string,
  everyMs: number,
  onError: (message: string) => void,
): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, everyMs, driver: require.resolve("better-sqlite3") },
  });
  worker.on("message", (message: string) => onError(message));
  worker.on("error", (err) => onError(err.message));
  worker.unref();
  return {
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      // Held while it stops, so the process waits for the connection to close.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
