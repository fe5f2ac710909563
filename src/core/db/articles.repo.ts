// Articles: the original text exactly as imported, the cleaned text extraction reads, and metadata.
import type { Article, ArticleSummary, Page } from '../../shared/domain.ts';
import type { Db } from './open.ts';
import { join, sql, where, type Fragment } from './sql.ts';

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
  const row = db.prepare('SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export function insertArticle(db: Db, a: NewArticle): number {
  const info = db
    .prepare(
      `INSERT INTO articles (title, published, source, url, subject, file_name, encoding, script,
         content_hash, original_text, clean_text, offset_map, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
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
  return Number(info.lastInsertRowid);
}

/** Escapes a query for an FTS5 phrase: double quotes are doubled inside a quoted string. */
function ftsPhrase(query: string): string {
  return `"${query.replace(/"/g, '""')}"`;
}

function escapeLike(query: string): string {
  return query.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Trigram FTS answers queries of three or more characters; shorter ones fall back to LIKE. */
function searchCondition(query: string): Fragment {
  if ([...query].length >= 3) {
    return sql('a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)', ftsPhrase(query));
  }
  const like = `%${escapeLike(query)}%`;
  return sql("(a.title LIKE ? ESCAPE '\\' OR a.clean_text LIKE ? ESCAPE '\\')", like, like);
}

export function listArticles(
  db: Db,
  opts: { query?: string | undefined; offset: number; limit: number },
): Page<ArticleSummary> {
  const conditions: Fragment[] = [];
  const query = opts.query?.trim();
  if (query) conditions.push(searchCondition(query));
  const filter = where(conditions);
  const total = db.prepare(`SELECT count(*) AS n FROM articles a ${filter.text}`).get(...filter.params) as {
    n: number;
  };
  const page = join(
    [
      sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a`),
      filter,
      sql(
        'ORDER BY coalesce(a.published, a.imported_at) DESC, a.id DESC LIMIT ? OFFSET ?',
        opts.limit,
        opts.offset,
      ),
    ],
    ' ',
  );
  const rows = db.prepare(page.text).all(...page.params) as SummaryRow[];
  return { items: rows.map(toSummary), total: total.n };
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
