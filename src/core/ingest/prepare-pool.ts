// Reading, cleaning and extracting take most of an import's CPU and touch no store, so a large
// import hands them to a pool of worker threads while the main thread stores. Small imports, and
// runtimes where the worker's source file is not on disk (the bundled Electron main), prepare in
// line: same results, same order, one thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildLexicon, type LexiconEntry } from '../extract/index.ts';
import type { ReadOptions } from './index.ts';
import { prepareFile, type PreparedFile, type SourceFile } from './prepare-file.ts';
import { fromFigureRow } from './figure-rows.ts';
import type { PreparedMessage, PrepareRequest } from './prepare-worker.ts';

export interface Preparer {
  /** Starts preparing a file; results come back in whatever order, the caller awaits in its own. */
  prepare(file: SourceFile): Promise<PreparedFile>;
  /** How many files to have in preparation at once. */
  ahead: number;
  /** CPU time the workers reported, in µs (0 in line: the main thread's own time covers it). */
  workerCpuMicros(): number;
  close(): Promise<void>;
}

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 64;

/**
 * The worker's entry beside this module: the .ts source under Node, the tests and browser mode; a .js
 * file once the bundle has one (electron-vite builds main as one file unless given it as an entry).
 */
const WORKER_FILE = ['prepare-worker.ts', 'prepare-worker.js']
  .map((name) => path.join(path.dirname(fileURLToPath(import.meta.url)), name))
  .find((file) => fs.existsSync(file));

export function inlinePreparer(options: ReadOptions, entries: readonly LexiconEntry[] = []): Preparer {
  const lexicon = buildLexicon(entries);
  return {
    // One at a time: preparing in line runs on this thread, so working ahead only delays storing.
    ahead: 1,
    prepare: (file) => prepareFile(file, options, lexicon),
    workerCpuMicros: () => 0,
    close: async () => {},
  };
}

interface Task {
  file: SourceFile;
  resolve(result: PreparedFile): void;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
  cpuMicros: number;
  alive: boolean;
}

/**
 * One worker per core but the one the main thread stores on (at least one, at most 4). On 2 cores a
 * second worker only made the three threads and the garbage collector take turns: 613–635
 * articles/s with two, 711 with one.
 */
export function workerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

/**
 * Files prepared ahead of storing, over all workers. Storing commits 1,000 articles at a time
 * (run.ts), a second of work on the main thread; the workers must be able to keep preparing through
 * it, or they stop and the main thread waits for them afterwards. About 25 KB each: ~50 MB, flat.
 */
const AHEAD_FILES = 2000;

export function poolPreparer(
  options: ReadOptions,
  entries: readonly LexiconEntry[] = [],
  size = workerCount(),
): Preparer {
  const fallback = inlinePreparer(options, entries);
  if (!WORKER_FILE) return fallback;
  const workerFile = WORKER_FILE;
  let nextId = 0;
  const workers: PoolWorker[] = [];
  for (let i = 0; i < size; i++) {
    const w: PoolWorker = {
      worker: new Worker(workerFile, { workerData: { lexicon: entries } }),
      tasks: new Map(),
      cpuMicros: 0,
      alive: true,
    };
    w.worker.on('message', (msg: PreparedMessage) => {
      w.cpuMicros = Math.max(w.cpuMicros, msg.cpuMicros);
      const task = w.tasks.get(msg.id);
      w.tasks.delete(msg.id);
      task?.resolve({
        ...msg.result,
        articles: msg.result.articles.map(({ figureRows, ...article }) => ({
          ...article,
          figures: figureRows.map(fromFigureRow),
        })),
      });
    });
    // A worker that dies hands its files back to this thread: they are prepared in line.
    const failed = (why: unknown) => {
      if (!w.alive) return;
      w.alive = false;
      if (w.tasks.size) console.error('[tally] an import worker stopped; preparing its files here:', why);
      for (const task of w.tasks.values()) void fallback.prepare(task.file).then(task.resolve);
      w.tasks.clear();
    };
    w.worker.on('error', failed);
    w.worker.on('exit', (code) => failed(`exit ${code}`));
    workers.push(w);
  }
  return {
    ahead: AHEAD_FILES,
    prepare(file) {
      let least: PoolWorker | undefined;
      for (const w of workers) if (w.alive && (!least || w.tasks.size < least.tasks.size)) least = w;
      if (!least) return fallback.prepare(file);
      const id = nextId++;
      const chosen = least;
      return new Promise((resolve) => {
        chosen.tasks.set(id, {
          file,
          // Structured clone turns a Buffer into a plain Uint8Array; the store binds Buffers.
          resolve: (result) => {
            for (const a of result.articles) {
              const map = a.article.offsetMap;
              if (map) a.article.offsetMap = Buffer.from(map.buffer, map.byteOffset, map.byteLength);
            }
            resolve(result);
          },
        });
        chosen.worker.postMessage({ id, file, options } satisfies PrepareRequest);
      });
    },
    workerCpuMicros: () => workers.reduce((n, w) => n + w.cpuMicros, 0),
    async close() {
      for (const w of workers) w.alive = false;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/** The pool for a large import when the worker can start here; otherwise in line. */
export function preparerFor(
  fileCount: number,
  options: ReadOptions,
  entries: readonly LexiconEntry[] = [],
): Preparer {
  if (fileCount < POOL_MIN_FILES || !WORKER_FILE) return inlinePreparer(options, entries);
  return poolPreparer(options, entries);
}
