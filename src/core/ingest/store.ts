// Stores prepared articles, one transaction per batch, so each article lands whole or not at all.
// A batch is first stored the fast way: no savepoint per article, the rows checked in code instead
// of by SQLite's CHECKs, and the batch's full-text entries written in one statement at the end. If
// anything in it is refused, that batch is rolled back and stored again the careful way, one
// savepoint per article, so a failure skips only its own article. The summary keeps counts and a
// bounded list of what was imported, so a 100,000-article import holds no per-article state.
import type { ImportSummary } from '../../shared/domain.ts';
import { nearDuplicateLinker } from '../db/article-links.repo.ts';
import { findArticleByHash, indexForSearch, insertArticle } from '../db/articles.repo.ts';
import { insertIndicators, passesTableChecks, withChecksInCode } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { nowIso } from '../db/sql.ts';
import type { Lexicon } from '../extract/index.ts';
import { IngestError, prepareArticle, type IngestedArticle } from './index.ts';
import type { RawArticle } from './raw.ts';
import { threadMs } from './thread-clock.ts';

/** CPU milliseconds of each stage of an import, summed over its articles and threads (thread-clock.ts). */
export interface ImportTimings {
  /** Reading and decoding files, summed over the threads that did it. */
  read: number;
  /** Cleaning, describing and extracting, summed over the threads that did it. */
  prepare: number;
  /** The article row (the duplicate check included). */
  article: number;
  /** The batch's full-text entries. */
  search: number;
  figures: number;
  nearDuplicates: number;
  /** Beginning and committing batches. */
  commit: number;
  /** CPU time of the worker threads (µs of user + system), when they could report it. */
  workerCpuMicros: number;
  /** Wall time the storing thread spent waiting for the next prepared file (not CPU). */
  waitingMs: number;
}

export const emptyTimings = (): ImportTimings => ({
  read: 0,
  prepare: 0,
  article: 0,
  search: 0,
  figures: 0,
  nearDuplicates: 0,
  commit: 0,
  workerCpuMicros: 0,
  waitingMs: 0,
});

/** The summary lists at most this many imported articles and near-duplicates; counts are exact. */
export const SUMMARY_LIST_LIMIT = 1000;

export function emptySummary(): ImportSummary {
  return {
    imported: [],
    duplicates: [],
    skipped: [],
    nearDuplicates: [],
    counts: { imported: 0, duplicates: 0, nearDuplicates: 0 },
  };
}

export const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

const push = <T>(list: T[], item: T) => {
  if (list.length < SUMMARY_LIST_LIMIT) list.push(item);
};

/** Puts a summary back as it was, when a batch it counted is rolled back. */
function snapshot(summary: ImportSummary): () => void {
  const counts = { ...summary.counts! };
  const { imported, duplicates, skipped } = summary;
  const lengths = { imported: imported.length, duplicates: duplicates.length, skipped: skipped.length };
  const near = summary.nearDuplicates!.length;
  return () => {
    Object.assign(summary.counts!, counts);
    imported.length = lengths.imported;
    duplicates.length = lengths.duplicates;
    skipped.length = lengths.skipped;
    summary.nearDuplicates!.length = near;
  };
}

/** Thrown inside the fast path to roll its batch back for the careful one. */
class RowsRefused extends Error {}

export function articleStore(
  db: Db,
  { timings, lexicon }: { timings?: ImportTimings; lexicon?: Lexicon } = {},
) {
  let mark = 0;
  /** Adds the time since the last lap to a stage; cheap enough to run for every article. */
  const lap = (stage: 'article' | 'search' | 'figures' | 'nearDuplicates' | 'commit') => {
    if (!timings) return;
    const now = threadMs();
    timings[stage] += now - mark;
    mark = now;
  };
  const linker = nearDuplicateLinker(db);
  /** Stores one article in the caller's transaction; its id, or null for a duplicate. */
  const storeOne = (prepared: IngestedArticle, summary: ImportSummary, searchLater: boolean) => {
    const { article, figures, signature, label } = prepared;
    const counts = summary.counts!;
    const existingId = findArticleByHash(db, article.contentHash);
    if (existingId !== null) {
      counts.duplicates++;
      push(summary.duplicates, { file: label, existingId });
      return null;
    }
    const now = nowIso();
    const id = insertArticle(db, { ...article, importedAt: now }, { searchLater });
    lap('article');
    insertIndicators(db, id, figures, 'pending', now);
    lap('figures');
    const links = signature ? linker.link(id, signature) : [];
    lap('nearDuplicates');
    counts.imported++;
    push(summary.imported, { id, title: article.title, file: label, indicators: figures.length });
    if (links.length) {
      counts.nearDuplicates++;
      push(summary.nearDuplicates!, { file: label, id, similarTo: links });
    }
    return id;
  };
  const storeFast = db.transaction((batch: readonly IngestedArticle[], summary: ImportSummary) => {
    lap('commit');
    const ids: number[] = [];
    for (const prepared of batch) {
      if (!passesTableChecks(prepared.figures, 'pending')) throw new RowsRefused(prepared.label);
      const id = storeOne(prepared, summary, true);
      if (id !== null) ids.push(id);
    }
    indexForSearch(db, ids);
    lap('search');
  });
  const storeOneSafely = db.transaction((prepared: IngestedArticle, summary: ImportSummary) => {
    storeOne(prepared, summary, false);
  });
  const storeCareful = db.transaction((batch: readonly IngestedArticle[], summary: ImportSummary) => {
    lap('commit');
    for (const prepared of batch) {
      try {
        storeOneSafely(prepared, summary);
      } catch (err) {
        console.error(`[tally] storing ${prepared.label} failed:`, err);
        linker.forget();
        summary.skipped.push({ file: prepared.label, reason: reason(err) });
      }
      lap('commit');
    }
  });
  return {
    /** Prepares one raw article here, on this thread; a problem goes to the summary and null comes back. */
    prepare(raw: RawArticle, summary: ImportSummary): IngestedArticle | null {
      try {
        return prepareArticle(raw, lexicon);
      } catch (err) {
        if (!(err instanceof IngestError)) console.error(`[tally] import of ${raw.label} failed:`, err);
        summary.skipped.push({ file: raw.label, reason: reason(err) });
        return null;
      }
    },
    store(batch: readonly IngestedArticle[], summary: ImportSummary): void {
      if (!batch.length) return;
      mark = threadMs();
      const restore = snapshot(summary);
      try {
        withChecksInCode(db, () => storeFast.immediate(batch, summary));
      } catch (err) {
        if (!(err instanceof RowsRefused))
          console.error('[tally] a batch was refused; storing it article by article:', err);
        restore();
        linker.forget();
        storeCareful.immediate(batch, summary);
      }
      lap('commit');
    },
  };
}
