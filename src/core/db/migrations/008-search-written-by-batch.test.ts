// Migration 8 hands new articles' full-text entries from a trigger to the store code: articles
// indexed before it stay found, articles stored after it are found, and removing one still removes
// its entry (FTS5's own integrity check agrees with the articles table).
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
  listArticles(db, { query, offset: 0, limit: 10 }).items.map((a) => a.title);

describe('migration 8: search entries written by the store', () => {
  it('keeps older entries, indexes new articles without the trigger, and still removes entries', () => {
    const db = new Database(path.join(tmp.dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 7);
    // As the store wrote articles before: the trigger made the entry.
    db.prepare(
      `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at)
       VALUES ('旧文', 'h1', ?, ?, '2024-01-01T00:00:00Z')`,
    ).run('临江高新区集成电路产业完成产值12亿元', '临江高新区集成电路产业完成产值12亿元');
    migrate(db, MIGRATIONS, 8);
    expect(schemaVersion(db)).toBe(8);
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
      .pluck()
      .all();
    expect(triggers).toEqual(['articles_search_delete', 'articles_search_update']);

    const id = insertArticle(db, newArticle('新文', '青湾开发区生物医药产业新增企业8家', 'h2'));
    expect(found(db, '集成电路')).toEqual(['旧文']);
    expect(found(db, '生物医药')).toEqual(['新文']);
    // Two characters go the LIKE way; three or more go through the full-text index.
    expect(found(db, '医药产业')).toEqual(['新文']);

    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(found(db, '生物医药')).toEqual([]);
    expect(() =>
      db.exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    db.close();
  });
});
