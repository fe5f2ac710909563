// One import, file by file: read and prepare each article, then store prepared articles in
// batches. Within a batch each article has its own savepoint, so it lands whole or not at all and
// a failure rolls back only that article; a crash loses at most the batch not yet committed. A bad
// file gets one line in the summary and the rest goes on. As a job: progress and cancellation
// between files, with everything counted as done already stored.
import { setImmediate as nextTick } from 'node:timers/promises';
import type { ColumnMapping, ImportSummary } from '../../shared/domain.ts';
import { linkNearDuplicates } from '../db/article-links.repo.ts';
import { findArticleByHash, insertArticle } from '../db/articles.repo.ts';
import { insertIndicators } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { nowIso } from '../db/sql.ts';
import type { JobContext } from '../jobs.ts';
import { IngestError, prepareArticle, readSource, type IngestedArticle } from './index.ts';
import type { RawArticle } from './raw.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  maxBytes?: number | undefined;
  columns?: ColumnMapping | undefined;
}

export function emptySummary(): ImportSummary {
  return { imported: [], duplicates: [], skipped: [], nearDuplicates: [] };
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Commit after this many articles or this long, whichever comes first. */
const BATCH_ARTICLES = 200;
const BATCH_MS = 250;

/** Stores prepared articles: one transaction per batch, one savepoint per article. */
export function articleStore(db: Db) {
  const storeOne = db.transaction((prepared: IngestedArticle, summary: ImportSummary) => {
    const { article, figures, signature, label } = prepared;
    const existingId = findArticleByHash(db, article.contentHash);
    if (existingId !== null) {
      summary.duplicates.push({ file: label, existingId });
      return;
    }
    const now = nowIso();
    const id = insertArticle(db, { ...article, importedAt: now });
    insertIndicators(db, id, figures, 'pending', now);
    const links = signature ? linkNearDuplicates(db, id, signature) : [];
    summary.imported.push({ id, title: article.title, file: label, indicators: figures.length });
    if (links.length) summary.nearDuplicates?.push({ file: label, id, similarTo: links });
  });
  const storeBatch = db.transaction((batch: IngestedArticle[], summary: ImportSummary) => {
    for (const prepared of batch) {
      try {
        storeOne(prepared, summary);
      } catch (err) {
        console.error(`[tally] storing ${prepared.label} failed:`, err);
        summary.skipped.push({ file: prepared.label, reason: reason(err) });
      }
    }
  });
  return {
    /** Prepares one raw article; a problem goes to the summary and null comes back. */
    prepare(raw: RawArticle, summary: ImportSummary): IngestedArticle | null {
      try {
        return prepareArticle(raw);
      } catch (err) {
        if (!(err instanceof IngestError)) console.error(`[tally] import of ${raw.label} failed:`, err);
        summary.skipped.push({ file: raw.label, reason: reason(err) });
        return null;
      }
    },
    store(batch: IngestedArticle[], summary: ImportSummary): void {
      if (batch.length) storeBatch.immediate(batch, summary);
    },
  };
}

export async function runImport(
  db: Db,
  files: SourceFile[],
  options: ImportOptions = {},
  job?: JobContext,
): Promise<ImportSummary> {
  const summary = emptySummary();
  const store = articleStore(db);
  let pending: IngestedArticle[] = [];
  let filesPrepared = 0;
  let lastFlush = performance.now();
  const flush = () => {
    store.store(pending, summary);
    pending = [];
    lastFlush = performance.now();
    job?.progress(filesPrepared, files.length, files[filesPrepared]?.name ?? null);
  };
  job?.progress(0, files.length, files[0]?.name ?? null);
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (job?.signal.aborted) break;
    try {
      for (const raw of await readSource(file.name, file.bytes, options)) {
        const prepared = store.prepare(raw, summary);
        if (prepared) pending.push(prepared);
      }
    } catch (err) {
      if (!(err instanceof IngestError)) console.error(`[tally] reading ${file.name} failed:`, err);
      summary.skipped.push({ file: file.name, reason: reason(err) });
    }
    filesPrepared = i + 1;
    if (pending.length >= BATCH_ARTICLES || performance.now() - lastFlush > BATCH_MS) flush();
    else job?.progress(filesPrepared, files.length, files[filesPrepared]?.name ?? null);
    // Let the transport answer progress polls and cancel requests between files.
    if (job) await nextTick();
  }
  flush();
  return summary;
}
