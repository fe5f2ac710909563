// One file, read and prepared: the unit of work an import hands to a worker thread (or does in
// line). Problems become summary lines, never exceptions, so one bad file never stops the rest.
import type { ImportFailure } from '../../shared/domain.ts';
import type { Lexicon } from '../extract/index.ts';
import { UnmappedColumnsError } from './formats/table.ts';
import { IngestError, prepareArticle, readSource, type IngestedArticle, type ReadOptions } from './index.ts';
import { threadMs } from './thread-clock.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreparedFile {
  articles: IngestedArticle[];
  skipped: ImportFailure[];
  /** CPU milliseconds reading and decoding, then cleaning, describing and extracting (thread-clock.ts). */
  readMs: number;
  prepareMs: number;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function prepareFile(
  file: SourceFile,
  options: ReadOptions = {},
  lexicon?: Lexicon,
): Promise<PreparedFile> {
  const out: PreparedFile = { articles: [], skipped: [], readMs: 0, prepareMs: 0 };
  const started = threadMs();
  let raws;
  try {
    raws = await readSource(file.name, file.bytes, options);
  } catch (err) {
    if (!(err instanceof IngestError)) console.error(`[tally] reading ${file.name} failed:`, err);
    out.skipped.push({
      file: file.name,
      reason: reason(err),
      // A list whose text column was not recognised: its header and a sample row, for mapping.
      ...(err instanceof UnmappedColumnsError ? { columns: err.columns } : {}),
    });
    return out;
  } finally {
    out.readMs = threadMs() - started;
  }
  for (const raw of raws) {
    try {
      out.articles.push(prepareArticle(raw, lexicon));
    } catch (err) {
      if (!(err instanceof IngestError)) console.error(`[tally] import of ${raw.label} failed:`, err);
      out.skipped.push({ file: raw.label, reason: reason(err) });
    }
  }
  out.prepareMs = threadMs() - started - out.readMs;
  return out;
}
