// A worker thread that checkpoints the store's write-ahead log during a large import, on its own
// connection. SQLite checkpoints on the committing connection by default: copying the log into the
// database and waiting for the disk (fsync) then held the storing thread, ~0.8 s of a 10-second,
// 10,000-article import. A PASSIVE checkpoint never blocks the writer; each one copies what was
// committed so far. It touches nothing else. (The log starts over only when a checkpoint has copied
// all of it before a write begins, which checkpoints racing the writer rarely manage: the storing
// thread truncates it itself now and then, see checkpointer.ts.)
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export type CheckpointRequest = 'checkpoint' | 'close';

const db = new Database((workerData as { file: string }).file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');

parentPort?.on('message', (req: CheckpointRequest) => {
  try {
    if (req === 'checkpoint') db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    // A busy store: the next request or SQLite's own checkpoint after the import catches up.
    console.error('[tally] checkpoint during import failed:', err);
  }
  if (req === 'close') {
    db.close();
    parentPort?.close();
  }
  parentPort?.postMessage(req);
});
