// Moves the store's WAL checkpoints off the storing thread for the length of a large import (see
// checkpoint-worker.ts). Where the worker cannot start (an in-memory store, a bundle without the
// worker file), SQLite's own checkpointing stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open.ts';
import type { CheckpointRequest } from './checkpoint-worker.ts';

const WORKER_FILE = ['checkpoint-worker.ts', 'checkpoint-worker.js']
  .map((name) => path.join(path.dirname(fileURLToPath(import.meta.url)), name))
  .find((file) => fs.existsSync(file));

export interface Checkpointer {
  /** After a commit: the worker checkpoints what is committed (requests made meanwhile are one). */
  committed(): void;
  /** Resolves once no checkpoint is running or asked for. */
  idle(): Promise<void>;
  /** Waits for the worker's last checkpoint and hands checkpointing back to the connection. */
  close(): Promise<void>;
}

const NONE: Checkpointer = { committed: () => {}, idle: async () => {}, close: async () => {} };

/** The log's size past which the storing thread truncates it between batches. */
const TRUNCATE_BYTES = 64 * 1024 * 1024;

/** `truncateBytes`: the log's size past which it is truncated (tests set it low). */
export function startCheckpointer(
  db: Db,
  { truncateBytes = TRUNCATE_BYTES }: { truncateBytes?: number } = {},
): Checkpointer {
  const file = db.name;
  if (!WORKER_FILE || db.memory || !fs.existsSync(file)) return NONE;
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return NONE;
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, { workerData: { file } });
  } catch (err) {
    console.error('[tally] checkpoint worker did not start; SQLite checkpoints as usual:', err);
    return NONE;
  }
  db.pragma('wal_autocheckpoint = 0');
  let busy = false;
  let again = false;
  let alive = true;
  // Checkpoints racing the writer rarely let the log start over, so past the limit this thread
  // truncates it: only while the worker is idle (a checkpoint in progress would make it fail at
  // once) and only between batches (this runs from committed() and from the worker's replies, which
  // this thread handles between files). The worker has copied nearly all of the log by then, so it
  // costs about a batch's copy and one wait for the disk, every few batches; the log stays near the
  // limit however long the import.
  let truncateWanted = false;
  const wal = `${file}-wal`;
  const truncateIfDue = (): boolean => {
    if (!truncateWanted || busy) return false;
    truncateWanted = false;
    // Without waiting: a reader on another connection (an export, a second window) would hold this
    // thread for the busy timeout; the next batch tries again.
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    } catch (err) {
      // It may run from the worker's reply, outside any caller: never let it throw there.
      console.error('[tally] truncating the log during import failed; the next batch tries again:', err);
      return false;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  };
  const send = (req: CheckpointRequest) => worker.postMessage(req);
  const done = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let waiting: (() => void)[] = [];
  const settle = () => {
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  worker.on('message', (req: CheckpointRequest) => {
    if (req !== 'checkpoint') return;
    busy = false;
    // A truncation copies everything committed: the checkpoint asked for meanwhile is done too.
    if (truncateIfDue()) again = false;
    if (again) {
      busy = true;
      send('checkpoint');
    } else settle();
    again = false;
  });
  worker.on('error', (err) => {
    alive = false;
    settle();
    console.error('[tally] checkpoint worker stopped; SQLite checkpoints as usual:', err);
    db.pragma(`wal_autocheckpoint = ${before}`);
  });
  return {
    committed() {
      if (!alive) return;
      if (fs.existsSync(wal) && fs.statSync(wal).size > truncateBytes) truncateWanted = true;
      if (truncateIfDue()) return;
      if (busy) again = true;
      else {
        busy = true;
        send('checkpoint');
      }
    },
    idle: () => (busy && alive ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
    async close() {
      if (alive) send('close');
      await done;
      db.pragma(`wal_autocheckpoint = ${before}`);
    },
  };
}
