// A worker thread of the import pool: reads and prepares files (decode, clean, extract, sign) while
// the main thread stores. It touches no store; results go back as plain structured-clone data.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { LexiconEntry } from '../extract/index.ts';
import type { FigureRow } from './figure-rows.ts';
import type { IngestedArticle, ReadOptions } from './index.ts';
import type { PreparedFile, SourceFile } from './prepare-file.ts';
import { threadMs, threadMsIsCpu } from './thread-clock.ts';

// Node's compile cache keeps the compiled modules on disk (the system's temporary directory), so a
// worker after the first loads the reading and extraction code in ~60 ms instead of ~190. It must
// be on before they load, hence the dynamic imports below. Messages sent meanwhile wait in the port.
module.enableCompileCache?.();
const [{ buildLexicon }, { toFigureRow }, { prepareFile }] = await Promise.all([
  import('../extract/index.ts'),
  import('./figure-rows.ts'),
  import('./prepare-file.ts'),
]);

export interface PrepareRequest {
  id: number;
  file: SourceFile;
  options: ReadOptions;
}

/** The store's lexicon, compiled once for the whole import. */
const lexicon = buildLexicon((workerData as { lexicon?: LexiconEntry[] } | null)?.lexicon ?? []);

/** A prepared file as it crosses to the storing thread: figures as rows (see figure-rows.ts). */
export interface PreparedMessage {
  id: number;
  result: Omit<PreparedFile, 'articles'> & {
    articles: (Omit<IngestedArticle, 'figures'> & { figureRows: FigureRow[] })[];
  };
  cpuMicros: number;
}

parentPort?.on('message', (req: PrepareRequest) => {
  void prepareFile(req.file, req.options, lexicon).then((result) => {
    const message: PreparedMessage = {
      id: req.id,
      result: {
        ...result,
        articles: result.articles.map(({ figures, ...article }) => ({
          ...article,
          figureRows: figures.map(toFigureRow),
        })),
      },
      cpuMicros: threadMsIsCpu ? threadMs() * 1000 : 0,
    };
    parentPort?.postMessage(message);
  });
});
