// One import: files are read and prepared ahead (by a worker pool for large imports, see
// prepare-pool.ts), taken back in file order, and stored in batches (store.ts). A bad file gets one
// line in the summary and the rest goes on. As a job: progress counts files taken (their articles
// stored, or in the batch being stored), and cancelling stops between files, storing every file
// taken so far.
import { setImmediate as nextTick } from 'node:timers/promises';
import type { ColumnMapping, ImportSummary } from '../../shared/domain.ts';
import type { Db } from '../db/open.ts';
import type { LexiconEntry } from '../extract/index.ts';
import type { JobContext } from '../jobs.ts';
import type { PreparedFile, SourceFile } from './prepare-file.ts';
import { startCheckpointer } from './checkpointer.ts';
import { POOL_MIN_FILES, preparerFor } from './prepare-pool.ts';
import { articleStore, emptySummary, type ImportTimings } from './store.ts';
import type { IngestedArticle } from './index.ts';

export type { SourceFile } from './prepare-file.ts';
export { articleStore, emptySummary, emptyTimings, type ImportTimings } from './store.ts';

export interface ImportOptions {
  maxBytes?: number | undefined;
  columns?: ColumnMapping | undefined;
  /** The analysts' lexicon entries (the store's), merged into extraction as re-extraction does. */
  lexicon?: readonly LexiconEntry[] | undefined;
  /** Stage timings are added here when given (the benchmark reads them). */
  timings?: ImportTimings | undefined;
}

/**
 * Commit after this many articles or this long, whichever comes first. Bigger batches write each
 * index page fewer times (1,000 took a tenth off storing's CPU against 200); a second of work is
 * what a crash can lose, and importing it again finds no duplicate of it.
 */
const BATCH_ARTICLES = 1000;

const BATCH_MS = 1000;
/** At most this many bytes of files in preparation at once (and at least one file). */
const AHEAD_BYTES = 64 * 1024 * 1024;
/** The import gives the event loop a turn at least this often (ms), so a cancel is heard at once. */
const YIELD_MS = 10;

/** While importing, SQLite may cache this many KiB of pages (flat: it stops growing there). */
const IMPORT_CACHE_KIB = 32 * 1024;

export async function runImport(
  db: Db,
  files: SourceFile[],
  options: ImportOptions = {},
  job?: JobContext,
): Promise<ImportSummary> {
  const summary = emptySummary();
  const { timings } = options;
  const store = articleStore(db, { timings });
  const preparer = preparerFor(
    files.length,
    { maxBytes: options.maxBytes, columns: options.columns },
    options.lexicon,
  );
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  // The indexes an article touches are spread over the store; a bigger page cache keeps their upper
  // levels in memory instead of re-reading them for every article.
  if (files.length >= POOL_MIN_FILES) db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  const checkpointer = files.length >= POOL_MIN_FILES ? startCheckpointer(db) : null;

  const ahead: Promise<PreparedFile>[] = [];
  let dispatched = 0;
  // Bytes of the files in preparation: a few large files must not all be prepared (and held) at once.
  let bytesAhead = 0;
  const fill = () => {
    while (
      dispatched < files.length &&
      ahead.length < preparer.ahead &&
      (ahead.length === 0 || bytesAhead < AHEAD_BYTES)
    ) {
      bytesAhead += files[dispatched]!.bytes.length;
      ahead.push(preparer.prepare(files[dispatched++]!));
    }
  };
  let pending: IngestedArticle[] = [];
  let filesTaken = 0;
  let lastFlush = performance.now();
  let lastYield = 0;
  // Files taken: stored, or in the batch being stored, which a cancel still stores (see finally).
  const progress = () => job?.progress(filesTaken, files.length, files[filesTaken]?.name ?? null);
  const flush = () => {
    store.store(pending, summary);
    checkpointer?.committed();
    pending = [];
    lastFlush = performance.now();
    progress();
  };
  try {
    progress();
    fill();
    while (filesTaken < files.length && !job?.signal.aborted) {
      const waitFrom = timings ? performance.now() : 0;
      const prepared = await ahead.shift()!;
      if (timings) timings.waitingMs += performance.now() - waitFrom;
      bytesAhead -= files[filesTaken]!.bytes.length;
      filesTaken++;
      fill();
      if (timings) {
        timings.read += prepared.readMs;
        timings.prepare += prepared.prepareMs;
      }
      summary.skipped.push(...prepared.skipped);
      for (const article of prepared.articles) pending.push(article);
      progress();
      if (pending.length >= BATCH_ARTICLES || performance.now() - lastFlush > BATCH_MS) flush();
      // Let the transport answer progress polls and cancel requests: between files, at most every
      // YIELD_MS (a turn of the event loop per file cost more than a 3 KB article's metadata).
      if (job && performance.now() - lastYield >= YIELD_MS) {
        await nextTick();
        lastYield = performance.now();
      }
    }
    flush();
  } finally {
    if (timings) timings.workerCpuMicros += preparer.workerCpuMicros();
    await Promise.all([preparer.close(), checkpointer?.close()]);
    db.pragma(`cache_size = ${cacheBefore}`);
  }
  return summary;
}
