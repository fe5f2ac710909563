// Tally's Excel report, streamed: rows are read and encoded here as they arrive and written by a
// worker thread (workbook-worker.ts), to a file or to memory, so the desktop save path, the HTTP bridge
// and the CLI can each take the bytes while the UI's event loop stays free.
// Sheets: Indicators, Summary, Articles, Changes, About, and a hidden sheet for the round trip.

import fs from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import type { Change } from '../../shared/domain.ts';
import { chooseColumns, INDICATORS_SHEET, type ReportRow } from './indicators-sheet.ts';
import { META_FORMAT, META_SHEET, metaRows } from './meta.ts';
import {
  ABOUT_COLUMNS,
  ABOUT_SHEET,
  aboutRows,
  ARTICLE_COLUMNS,
  ARTICLES_SHEET,
  CHANGE_COLUMNS,
  CHANGES_SHEET,
  type AboutInfo,
  type ArticleRow,
} from './sheets.ts';
import { SUMMARY_COLUMNS, SUMMARY_SHEET, SummaryBuilder } from './summary.ts';
import { SheetTable, StyleBook, type ReportBook, type ReportColumn } from './table.ts';
import { WorkbookWorker } from './workbook-worker.ts';

export {
  chooseColumns,
  ID_COLUMN,
  INDICATOR_COLUMN_KEYS,
  INDICATOR_COLUMNS,
  INDICATORS_SHEET,
} from './indicators-sheet.ts';
export type { ReportArticle, ReportRow } from './indicators-sheet.ts';
export { META_SHEET, parseMeta, type ReportMeta } from './meta.ts';
export { ABOUT_SHEET, ARTICLES_SHEET, CHANGES_SHEET, type AboutInfo } from './sheets.ts';
export { SUMMARY_SHEET } from './summary.ts';
export { headerKey, headerText } from './table.ts';

/** Sheets an analyst may leave out; Indicators and About are always written. */
export const OPTIONAL_SHEETS = ['summary', 'articles', 'changes'] as const;
export type OptionalSheet = (typeof OPTIONAL_SHEETS)[number];

export interface ReportInput {
  /** The indicators in scope, in report order, in batches (each batch lets other work run). */
  rows: Iterable<ReportRow[]> | AsyncIterable<ReportRow[]>;
  /** How many rows `rows` will yield, for progress. */
  total: number;
  /** The audit of the indicators that were written, oldest first, in batches. */
  changes(ids: ReadonlySet<number>): Iterable<Change[]>;
  about: AboutInfo;
  /** Indicator column keys in the order wanted; default all. The id column is always kept. */
  columns?: readonly string[] | undefined;
  /** Default all. */
  sheets?: readonly OptionalSheet[] | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number, current: string) => void) | undefined;
}

export interface ReportOutcome {
  rows: number;
  articles: number;
  summaryRows: number;
  conflicts: number;
}

/** Rows of a smaller sheet laid out between two breaths of the event loop. */
const STEP_ROWS = 250;

/** Lets the event loop serve other calls (the grid, progress polls) between batches. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Error('cancelled');
}

async function writeTable<Row>(
  workbook: ReportBook,
  name: string,
  columns: readonly ReportColumn<Row>[],
  rows: Iterable<Row>,
  options?: { state?: 'hidden' },
): Promise<number> {
  const table = new SheetTable(workbook, name, columns, options);
  for (const row of rows) {
    table.add(row);
    if (table.rows % STEP_ROWS === 0) {
      await table.flush();
      await breathe();
    }
  }
  await table.finish();
  return table.rows;
}

/** Writes the report into `stream` (ended when done). */
export async function writeReportTo(input: ReportInput, stream: Writable): Promise<ReportOutcome> {
  const writer = new WorkbookWorker(stream, {
    creator: `Tally ${input.about.appVersion}`,
    created: input.about.exportedAt,
  });
  // Cancelling stops the writer thread at once, even mid-batch.
  const cancel = () => writer.fail(new Error('cancelled'));
  input.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const outcome = await writeSheets(input, { writer, styles: new StyleBook() });
    await writer.commit();
    return outcome;
  } finally {
    input.signal?.removeEventListener('abort', cancel);
    writer.close();
  }
}

async function writeSheets(input: ReportInput, workbook: ReportBook): Promise<ReportOutcome> {
  const { about, signal } = input;
  const sheets = new Set(input.sheets ?? OPTIONAL_SHEETS);
  const indicators = new SheetTable(workbook, INDICATORS_SHEET, chooseColumns(input.columns));
  const summary = new SummaryBuilder();
  const articles = new Map<number, ArticleRow>();
  const ids: number[] = [];
  input.onProgress?.(0, input.total, INDICATORS_SHEET);
  for await (const batch of input.rows) {
    checkAborted(signal);
    for (const row of batch) {
      indicators.add(row);
      ids.push(row.indicator.id);
      summary.add(row.indicator);
      if (row.article) {
        const seen = articles.get(row.article.id);
        if (seen) seen.indicators++;
        else articles.set(row.article.id, { ...row.article, indicators: 1 });
      }
    }
    // Waits while the writer thread catches up, which also lets other calls (the grid, progress
    // polls) run between batches.
    await indicators.flush();
    input.onProgress?.(indicators.rows, input.total, INDICATORS_SHEET);
    await breathe();
  }
  await indicators.finish();
  await breathe();

  const summaryRows = summary.rows();
  if (sheets.has('summary')) await writeTable(workbook, SUMMARY_SHEET, SUMMARY_COLUMNS, summaryRows);
  checkAborted(signal);
  if (sheets.has('articles')) {
    const list = [...articles.values()].sort((a, b) => a.id - b.id);
    await writeTable(workbook, ARTICLES_SHEET, ARTICLE_COLUMNS, list);
  }
  if (sheets.has('changes')) {
    input.onProgress?.(indicators.rows, input.total, CHANGES_SHEET);
    await breathe();
    const table = new SheetTable(workbook, CHANGES_SHEET, CHANGE_COLUMNS);
    for (const batch of input.changes(new Set(ids))) {
      checkAborted(signal);
      for (const change of batch) table.add(change);
      await table.flush();
      await breathe();
    }
    await table.finish();
  }
  await breathe();
  const counts = { indicators: indicators.rows, articles: articles.size };
  await writeTable(workbook, ABOUT_SHEET, ABOUT_COLUMNS, aboutRows(about, counts));
  const meta = metaRows({
    format: META_FORMAT,
    storeId: about.storeId,
    exportedAt: about.exportedAt.toISOString(),
    ids,
  }).map(([key, value]) => ({ key, value }));
  await writeTable(
    workbook,
    META_SHEET,
    [
      { key: 'key', label: 'tally', cell: (r: { key: string }) => r.key },
      { key: 'value', label: 'tally', cell: (r: { value: string | number }) => String(r.value) },
    ],
    meta,
    { state: 'hidden' },
  );
  checkAborted(signal);
  return {
    rows: indicators.rows,
    articles: articles.size,
    summaryRows: summaryRows.length,
    conflicts: summaryRows.filter((r) => r.conflict).length,
  };
}

/** Writes the report in memory and returns the .xlsx bytes with what it holds. */
export async function writeReport(input: ReportInput): Promise<{ bytes: Buffer } & ReportOutcome> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const outcome = await writeReportTo(input, sink);
  await ended;
  return { bytes: Buffer.concat(chunks), ...outcome };
}

/** Streams the report into a file; a failed or cancelled export leaves no partial file behind. */
export async function writeReportToFile(input: ReportInput, file: string): Promise<ReportOutcome> {
  const out = fs.createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  try {
    const outcome = await writeReportTo(input, out);
    await closed;
    return outcome;
  } catch (err) {
    out.destroy();
    await closed.catch(() => undefined);
    fs.rmSync(file, { force: true });
    throw err;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** tally-report-2026-11-22-1015.xlsx, in the analyst's local time (the time they clicked Export). */
export function reportFileName(exportedAt: Date): string {
  const d = exportedAt;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `tally-report-${day}-${pad(d.getHours())}${pad(d.getMinutes())}.xlsx`;
}
