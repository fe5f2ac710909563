// Articles: the original text exactly as imported, the cleaned text extraction reads, and metadata.
import type { Article, ArticleProgress, ArticleSort, ArticleSummary, Page } from '../../shared/domain.ts';
import { simplify } from '../extract/normalise.ts';
import type { Db } from './open.ts';
import { join, sql, where, type Fragment } from './sql.ts';
import { cachedStatement } from './statements.ts';

export interface NewArticle {
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  subject: string | null;
  fileName: string | null;
  encoding: string;
  script: 'simplified' | 'traditional';
  contentHash: string;
  originalText: string;
  cleanText: string;
  /** Serialized offset map from cleaned to original text; null when they are identical. */
  offsetMap: Buffer | null;
  importedAt: string;
}

const SUMMARY_COLUMNS = `
  a.id, a.title, a.published, a.source, a.url, a.subject, a.file_name, a.imported_at,
  (SELECT count(*) FROM indicators i WHERE i.article_id = a.id) AS indicator_count,
  (SELECT count(*) FROM indicators i WHERE i.article_id = a.id AND i.status = 'pending') AS pending_count`;

interface SummaryRow {
  id: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  subject: string | null;
  file_name: string | null;
  imported_at: string;
  indicator_count: number;
  pending_count: number;
}

interface ArticleRow extends SummaryRow {
  original_text: string;
  clean_text: string;
  encoding: string;
  script: 'simplified' | 'traditional';
  content_hash: string;
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    published: r.published,
    source: r.source,
    url: r.url,
    subject: r.subject,
    fileName: r.file_name,
    importedAt: r.imported_at,
    indicatorCount: r.indicator_count,
    pendingCount: r.pending_count,
  };
}

export function findArticleByHash(db: Db, contentHash: string): number | null {
  const row = cachedStatement(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * Stores an article and its full-text entry. `searchLater`: the caller writes the entries of many
 * articles at once with indexForSearch (an import's batch), in the same transaction.
 */
export function insertArticle(db: Db, a: NewArticle, { searchLater = false } = {}): number {
  const info = cachedStatement(
    db,
    `INSERT INTO articles (title, published, source, url, subject, file_name, encoding, script,
         content_hash, original_text, clean_text, offset_map, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.title,
    a.published,
    a.source,
    a.url,
    a.subject,
    a.fileName,
    a.encoding,
    a.script,
    a.contentHash,
    a.originalText,
    a.cleanText,
    a.offsetMap,
    a.importedAt,
  );
  const id = Number(info.lastInsertRowid);
  if (!searchLater) indexForSearch(db, [id]);
  return id;
}

/** Writes the full-text entries of stored articles (migration 8: no trigger does it). */
export function indexForSearch(db: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  cachedStatement(
    db,
    `INSERT INTO article_search (rowid, title, clean_text)
       SELECT id, title, clean_text FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(ids));
}

function escapeLike(query: string): string {
  return query.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Three or more characters are looked up in the trigram index (a LIKE on its table: the trigrams
 * pick candidates, SQLite checks them, see migration 9); shorter ones scan with LIKE. The cleaned
 * text is stored in simplified script, so the query is simplified too (titles keep the article's
 * script, so they are searched as typed as well). A query holding a LIKE wildcard is escaped, which
 * the index cannot use: it scans, slower but exact.
 */
function searchCondition(query: string): Fragment {
  const simplified = simplify(query);
  const wild = /[\\%_]/.test(query);
  const pattern = (q: string) => `%${wild ? escapeLike(q) : q}%`;
  const like = (column: string) => `${column} LIKE ?${wild ? " ESCAPE '\\'" : ''}`;
  const params = [pattern(query), pattern(simplified), pattern(simplified)];
  if ([...query].length >= 3) {
    return sql(
      `a.id IN (SELECT rowid FROM article_search WHERE ${like('title')} OR ${like('title')} OR ${like('clean_text')})`,
      ...params,
    );
  }
  return sql(`(${like('a.title')} OR ${like('a.title')} OR ${like('a.clean_text')})`, ...params);
}

export interface ArticleListOptions {
  query?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  /** Part of the article's subject (e.g. 高新区). */
  subject?: string | undefined;
  progress?: ArticleProgress | undefined;
  sort?: ArticleSort | undefined;
  descending?: boolean | undefined;
  offset: number;
  limit: number;
}

/** Sort columns come from this whitelist, never from the caller's text. */
const SORT_SQL: Record<ArticleSort, string> = {
  published: 'coalesce(a.published, substr(a.imported_at, 1, 10))',
  imported: 'a.imported_at',
  title: 'a.title',
  source: "coalesce(a.source, '')",
  pending: 'coalesce(p.n, 0)',
};

// Progress filters only ask whether a row exists: one index probe per article, never a count.
const HAS_PENDING = "EXISTS (SELECT 1 FROM indicators i WHERE i.article_id = a.id AND i.status = 'pending')";
const HAS_FIGURES = 'EXISTS (SELECT 1 FROM indicators i WHERE i.article_id = a.id)';
/** Pending counts of every article, grouped once off the status index: only the pending sort needs them. */
const PENDING_JOIN =
  "LEFT JOIN (SELECT article_id, count(*) AS n FROM indicators WHERE status = 'pending' GROUP BY article_id) p ON p.article_id = a.id";
const PAGE_COLUMNS = 'a.id, a.title, a.published, a.source, a.url, a.subject, a.file_name, a.imported_at';

function filters(opts: ArticleListOptions): Fragment[] {
  const conditions: Fragment[] = [];
  const query = opts.query?.trim();
  if (query) conditions.push(searchCondition(query));
  // published holds YYYY, YYYY-MM or YYYY-MM-DD; comparing as text orders them correctly.
  if (opts.from) conditions.push(sql('a.published >= ?', opts.from));
  if (opts.to) conditions.push(sql('a.published <= ?', `${opts.to}\uffff`));
  if (opts.source) conditions.push(sql('a.source = ?', opts.source));
  const subject = opts.subject?.trim();
  if (subject) conditions.push(sql("a.subject LIKE ? ESCAPE '\\'", `%${escapeLike(subject)}%`));
  if (opts.progress === 'pending') conditions.push(sql(HAS_PENDING));
  if (opts.progress === 'reviewed') conditions.push(sql(`${HAS_FIGURES} AND NOT ${HAS_PENDING}`));
  if (opts.progress === 'none') conditions.push(sql(`NOT ${HAS_FIGURES}`));
  return conditions;
}

/** Figure and pending counts of a page of articles: two grouped reads, each off an index alone. */
function countsOf(db: Db, ids: readonly number[]): Map<number, { figures: number; pending: number }> {
  const counts = new Map(ids.map((id) => [id, { figures: 0, pending: 0 }]));
  if (!ids.length) return counts;
  const list = JSON.stringify(ids);
  const grouped = (where: string) =>
    db
      .prepare(
        `SELECT article_id AS id, count(*) AS n FROM indicators
         WHERE ${where} article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id`,
      )
      .all(list) as { id: number; n: number }[];
  for (const r of grouped('')) counts.get(r.id)!.figures = r.n;
  for (const r of grouped("status = 'pending' AND")) counts.get(r.id)!.pending = r.n;
  return counts;
}

export function listArticles(db: Db, opts: ArticleListOptions): Page<ArticleSummary> {
  const filter = where(filters(opts));
  const total = db.prepare(`SELECT count(*) AS n FROM articles a ${filter.text}`).get(...filter.params) as {
    n: number;
  };
  const direction = (opts.descending ?? true) ? 'DESC' : 'ASC';
  const sort = opts.sort ?? 'published';
  // The page's ids first (sorting wide rows would drag their texts along), then just those articles
  // and their counts: no count per row of the whole table.
  const page = join(
    [
      sql(`SELECT a.id FROM articles a ${sort === 'pending' ? PENDING_JOIN : ''}`),
      filter,
      sql(
        `ORDER BY ${SORT_SQL[sort]} ${direction}, a.id ${direction} LIMIT ? OFFSET ?`,
        opts.limit,
        opts.offset,
      ),
    ],
    ' ',
  );
  const ids = db
    .prepare(page.text)
    .pluck()
    .all(...page.params) as number[];
  const rows = db
    .prepare(`SELECT ${PAGE_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Omit<SummaryRow, 'indicator_count' | 'pending_count'>[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counts = countsOf(db, ids);
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    const c = counts.get(id)!;
    return r ? [toSummary({ ...r, indicator_count: c.figures, pending_count: c.pending })] : [];
  });
  return { items, total: total.n };
}

export function listSources(db: Db): string[] {
  return (
    db.prepare('SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source').all() as {
      source: string;
    }[]
  ).map((r) => r.source);
}

export function getArticle(db: Db, id: number): Article | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, a.original_text, a.clean_text, a.encoding, a.script, a.content_hash
       FROM articles a WHERE a.id = ?`,
    )
    .get(id) as ArticleRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row),
    originalText: row.original_text,
    cleanText: row.clean_text,
    encoding: row.encoding,
    script: row.script,
    contentHash: row.content_hash,
  };
}

export function countArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}
