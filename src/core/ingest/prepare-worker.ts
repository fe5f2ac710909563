// A worker thread of the import pool: reads and prepares files (decode, clean, extract, sign) while
// the main thread stores. It touches no store; results go back as plain structured-clone data.
import { parentPort, workerData } from 'node:worker_threads';
import { buildLexicon, type LexiconEntry } from '../extract/index.ts';
import type { ReadOptions } from './index.ts';
import { prepareFile, type SourceFile } from './prepare-file.ts';
import { threadMs, threadMsIsCpu } from './thread-clock.ts';

export interface PrepareRequest {
  id: number;
  file: SourceFile;
  options: ReadOptions;
}

/** The store's lexicon, compiled once for the whole import. */
const lexicon = buildLexicon((workerData as { lexicon?: LexiconEntry[] } | null)?.lexicon ?? []);

parentPort?.on('message', (req: PrepareRequest) => {
  void prepareFile(req.file, req.options, lexicon).then((result) =>
    parentPort?.postMessage({ id: req.id, result, cpuMicros: threadMsIsCpu ? threadMs() * 1000 : 0 }),
  );
});
