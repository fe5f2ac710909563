// Storing a batch: the fast way (one transaction, rows checked in code, full-text entries written
// at the end) and, when any row is refused, the careful way, article by article, so only the
// refused article is skipped and the summary counts each article once.
import { describe, expect, it } from 'vitest';
import { listArticles } from '../db/articles.repo.ts';
import { prepareArticle, type IngestedArticle } from './index.ts';
import { articleStore, emptySummary } from './store.ts';
import { useTempStore } from '../testing/store.ts';

const store = useTempStore();

/** An indicator row written straight to the store, past the store code and its checks. */
const insertRow = (articleId: number, start: number, end: number) =>
  store()
    .db.prepare(
      `INSERT INTO indicators (article_id, span_start, span_end, quote, unit, norm_unit, approx, measure,
         kind, category, created_at, updated_at)
       VALUES (?, ?, ?, 'x', '', '', 'exact', 'level', 'actual', 'other', '', '')`,
    )
    .run(articleId, start, end);

/** Long enough to be signed for near-duplicate lookup (each story different). */
const prepared = (label: string, text: string): IngestedArticle =>
  prepareArticle({
    fileName: `${label}.txt`,
    label,
    originalText: `${text}\n${label.repeat(3)}项目建设有序推进,园区服务企业的能力持续提升。`,
    encoding: 'utf-8',
    hints: {},
  });

const A = prepared('a', '临江高新区集成电路产业完成产值128亿元,同比增长12.5%,新增企业36家。');
const B = prepared('b', '青湾开发区生物医药产业实现营业收入56亿元,同比增长8.1%。');
const C = prepared('c', '南屿县现代物流产业完成投资23亿元,占全县投资的18%。');

const count = (sql: string) => (store().db.prepare(sql).pluck().get() as number) ?? 0;
const found = (query: string) =>
  listArticles(store().db, { query, offset: 0, limit: 10 }).items.map((a) => a.title);

describe('articleStore', () => {
  it('stores a batch with its figures, near-duplicate signatures and full-text entries', () => {
    const summary = emptySummary();
    articleStore(store().db).store([A, B, C], summary);
    expect(summary.counts).toEqual({ imported: 3, duplicates: 0, nearDuplicates: 0 });
    expect(summary.skipped).toEqual([]);
    expect(count('SELECT count(*) FROM indicators')).toBe(
      A.figures.length + B.figures.length + C.figures.length,
    );
    expect(count('SELECT count(*) FROM article_signatures')).toBe(3);
    expect(found('生物医药')).toHaveLength(1);
    expect(found('现代物流')).toHaveLength(1);
  });

  it('skips only the article SQLite refuses, counting the others once, and keeps CHECKs and foreign keys on after', () => {
    expect(A.figures.length).toBeGreaterThan(0);
    const broken: IngestedArticle = {
      ...B,
      figures: B.figures.map((f, i) => (i === 0 ? { ...f, end: f.start } : f)),
    };
    const summary = emptySummary();
    articleStore(store().db).store([A, broken, C, A], summary);
    expect(summary.counts).toEqual({ imported: 2, duplicates: 1, nearDuplicates: 0 });
    expect(summary.imported.map((a) => a.file)).toEqual(['a', 'c']);
    expect(summary.duplicates).toHaveLength(1);
    expect(summary.skipped).toEqual([{ file: 'b', reason: expect.stringMatching(/CHECK constraint/) }]);
    expect(count('SELECT count(*) FROM articles')).toBe(2);
    expect(count('SELECT count(*) FROM indicators')).toBe(A.figures.length + C.figures.length);
    expect(found('生物医药')).toEqual([]);
    expect(found('集成电路')).toHaveLength(1);
    expect(found('现代物流')).toHaveLength(1);
    // The connection's own CHECKs are back on for every other write.
    expect(() => insertRow(1, 5, 5)).toThrow(/CHECK constraint/);
    // So are its foreign keys (an import batch stores with them off).
    expect(store().db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => insertRow(999, 5, 6)).toThrow(/FOREIGN KEY constraint/);
  });
});
