// Migration 9 rebuilds the full-text index without positions: articles stored before it are found
// after it, new ones are found, a removed one is gone, and a search of three or more characters
// matches the text exactly (trigrams present but not in a row do not match) in either column.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticle } from '../../testing/article.ts';
import { tempDir } from '../../testing/temp.ts';
import { insertArticle, listArticles } from '../articles.repo.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const found = (db: Database.Database, query: string) =>
  listArticles(db, { query, offset: 0, limit: 10 })
    .items.map((a) => a.title)
    .sort();

describe('migration 9: search without positions', () => {
  it('keeps earlier articles found and matches whole phrases only', () => {
    const db = new Database(path.join(tmp.dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 8);
    insertArticle(db, newArticle('旧文', '临江高新区数字经济产业完成产值12亿元', 'h1'));
    migrate(db, MIGRATIONS, 9);
    expect(schemaVersion(db)).toBe(9);
    const detail = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_search'").pluck().get();
    expect(detail).toMatch(/detail=none/);
    const config = db.prepare('SELECT k, v FROM article_search_config ORDER BY k').raw().all();
    expect(config).toEqual(
      expect.arrayContaining([
        ['automerge', 16],
        ['hashsize', 16777216],
      ]),
    );

    insertArticle(db, newArticle('新文', '数字经X字经济:每个三字组都在,连起来却不是', 'h2'));
    insertArticle(db, newArticle('ABC园区通报', '正文里没有这个名字', 'h3'));
    insertArticle(db, newArticle('百分比', '增长50%_以上的企业', 'h4'));
    expect(found(db, '数字经济')).toEqual(['旧文']);
    expect(found(db, '字经济')).toEqual(['新文', '旧文']);
    // Titles are searched too, ASCII without regard to case.
    expect(found(db, 'abc园区')).toEqual(['ABC园区通报']);
    // LIKE's wildcards in a query are taken literally.
    expect(found(db, '50%_以上')).toEqual(['百分比']);
    expect(found(db, '5%以')).toEqual([]);

    db.prepare("DELETE FROM articles WHERE title = '旧文'").run();
    expect(found(db, '数字经济')).toEqual([]);
    expect(() =>
      db.exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    db.close();
  });
});
