// Turns report options into what the workbook writer streams: the indicators in scope read from the
// store in chunks (no statement stays open while the export yields), with their articles, reviewers
// and audit, and the words the About sheet uses to say what the report covers.
import type { z } from 'zod';
import type { reportOptionsSchema } from '../../shared/api/reports.ts';
import type { Change, ReviewStatus } from '../../shared/domain.ts';
import type { IndicatorQuery } from '../db/indicators.repo.ts';
import { countIndicatorsIn, indicatorIdPages } from '../db/indicator-ids.ts';
import { getIndicatorsByIds } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { placeholders } from '../db/sql.ts';
import type { ReportArticle, ReportInput, ReportRow } from './index.ts';
import { toChange, type ChangeRow } from '../db/changes.repo.ts';

export type ReportOptionsParsed = z.output<typeof reportOptionsSchema>;

/** Statuses a report includes unless asked otherwise: what an analyst has vouched for. */
export const REPORTED_STATUSES: ReviewStatus[] = ['confirmed', 'corrected', 'added'];

/** Indicators read per step: small enough that reading and encoding one step stays well under 50 ms. */
const CHUNK = 250;

export interface ResolvedScope {
  query: Omit<IndicatorQuery, 'offset' | 'limit'>;
  scope: string;
  filters: string;
  statuses: ReviewStatus[];
}

export function resolveScope(db: Db, o: ReportOptionsParsed): ResolvedScope {
  const scope =
    o.scope ??
    (o.articleId !== undefined
      ? { kind: 'article' as const, articleId: o.articleId }
      : { kind: 'corpus' as const });
  if (scope.kind === 'grid') {
    const g = scope.grid;
    const statuses = o.statuses ?? g.statuses ?? REPORTED_STATUSES;
    const filters = [
      g.articleId !== undefined ? `article_id = ${g.articleId}` : '',
      g.subject ? `subject = ${g.subject}` : '',
      ...(g.filters ?? []).map((f) =>
        [f, ...(f.or ?? [])]
          .map(
            (c) =>
              `${f.field} ${c.op}${c.value !== undefined ? ` ${c.value}` : ''}${c.to !== undefined ? `..${c.to}` : ''}`,
          )
          .join(' or '),
      ),
      g.sort.length ? `sort: ${g.sort.map((s) => `${s.field} ${s.dir}`).join(', ')}` : '',
    ].filter(Boolean);
    return {
      query: { ...g, statuses },
      scope: '表格所示 what the grid shows',
      filters: filters.join('; '),
      statuses,
    };
  }
  const statuses = o.statuses ?? REPORTED_STATUSES;
  if (scope.kind === 'article') {
    const row = db.prepare('SELECT title FROM articles WHERE id = ?').get(scope.articleId) as
      { title: string } | undefined;
    return {
      query: { articleId: scope.articleId, statuses, sort: [] },
      scope: `文章 article ${scope.articleId}${row ? `: ${row.title}` : ''}`,
      filters: '',
      statuses,
    };
  }
  return { query: { statuses, sort: [] }, scope: '整个语料 whole corpus', filters: '', statuses };
}

function articlesByIds(db: Db, ids: readonly number[]): Map<number, ReportArticle> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare(
      `SELECT id, title, published, source, url FROM articles WHERE id IN (${placeholders(ids.length)})`,
    )
    .all(...ids) as ReportArticle[];
  return new Map(rows.map((a) => [a.id, a]));
}

/** The last person to change each indicator, from the audit. */
function reviewersOf(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT indicator_id AS id, actor FROM changes WHERE indicator_id IN (${placeholders(ids.length)}) ORDER BY id`,
    )
    .all(...ids) as { id: number; actor: string }[];
  return new Map(rows.map((r) => [r.id, r.actor]));
}

/**
 * The rows in scope, read a page of ids at a time (keyset), then CHUNK rows at a time. An edit made
 * while the export runs can move a row past the cursor; an id already written is not written twice.
 */
function* rowsOf(db: Db, pages: Iterable<number[]>): Generator<ReportRow[]> {
  const articles = new Map<number, ReportArticle>();
  const written = new Set<number>();
  for (const page of pages) {
    const fresh = page.filter((id) => !written.has(id));
    for (const id of fresh) written.add(id);
    yield* chunksOf(db, fresh, articles);
  }
}

function* chunksOf(
  db: Db,
  ids: readonly number[],
  articles: Map<number, ReportArticle>,
): Generator<ReportRow[]> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const indicators = getIndicatorsByIds(db, ids.slice(i, i + CHUNK));
    const missing = [...new Set(indicators.map((x) => x.articleId))].filter((a) => !articles.has(a));
    for (const [id, a] of articlesByIds(db, missing)) articles.set(id, a);
    const reviewers = reviewersOf(
      db,
      indicators.map((x) => x.id),
    );
    yield indicators.map((indicator) => ({
      indicator,
      article: articles.get(indicator.articleId),
      reviewer: reviewers.get(indicator.id) ?? null,
    }));
  }
}

/** The audit, oldest first, a chunk at a time (keyed on id), kept to the indicators in the report. */
function* changesOf(db: Db, ids: ReadonlySet<number>): Generator<Change[]> {
  const page = db.prepare('SELECT * FROM changes WHERE id > ? ORDER BY id LIMIT ?');
  for (let after = 0; ;) {
    const rows = page.all(after, 5000) as ChangeRow[];
    if (!rows.length) return;
    after = rows[rows.length - 1]!.id;
    yield rows.filter((r) => ids.has(r.indicator_id)).map(toChange);
  }
}

export interface StoreReportContext {
  storeId: string;
  appVersion: string;
  exportedAt: Date;
  signal?: AbortSignal | undefined;
  onProgress?: ReportInput['onProgress'];
}

export function reportInputFromStore(
  db: Db,
  options: ReportOptionsParsed,
  ctx: StoreReportContext,
): ReportInput {
  const resolved = resolveScope(db, options);
  return {
    rows: rowsOf(db, indicatorIdPages(db, resolved.query)),
    total: countIndicatorsIn(db, resolved.query),
    changes: (inReport) => changesOf(db, inReport),
    about: {
      storeId: ctx.storeId,
      scope: resolved.scope,
      filters: resolved.filters,
      statuses: resolved.statuses,
      appVersion: ctx.appVersion,
      exportedAt: ctx.exportedAt,
    },
    columns: options.columns,
    sheets: options.sheets,
    signal: ctx.signal,
    onProgress: ctx.onProgress,
  };
}
