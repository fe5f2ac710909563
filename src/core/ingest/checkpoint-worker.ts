// A worker thread that checkpoints the store's write-ahead log during a large import, on its own
// connection. SQLite checkpoints on the committing connection by default: copying the log into the
// database and waiting for the disk (fsync) then held the storing thread, ~0.8 s of a 10-second,
// 10,000-article import. A PASSIVE checkpoint never blocks the writer; each one copies what was
// committed so far. But the log only starts over when a checkpoint has copied all of it before a
// write begins, which PASSIVE ones racing the writer never manage: past RESTART_FRAMES, one RESTART
// checkpoint waits for the writer's commit, copies the little left and lets the log start over, so
// it stays under ~64 MB. It touches nothing else.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export type CheckpointRequest = 'checkpoint' | 'close';

/** Pages in the log past which it is made to start over (default 64 MB of 4 KB pages). */
const { file, restartFrames: RESTART_FRAMES = 16384 } = workerData as {
  file: string;
  restartFrames?: number;
};

const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');

parentPort?.on('message', (req: CheckpointRequest) => {
  try {
    if (req === 'checkpoint') {
      const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
      if ((result?.log ?? 0) > RESTART_FRAMES) db.pragma('wal_checkpoint(RESTART)');
    }
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
