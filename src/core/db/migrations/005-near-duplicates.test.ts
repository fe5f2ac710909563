import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

describe('migration 5: near-duplicates', () => {
  it('keeps stored articles, adds signatures, bands and links that go with their article', () => {
    const db = new Database(path.join(tmp.dir, 'n.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 4);
    const insert = db.prepare(
      `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at) VALUES (?, ?, '正文', '正文', '')`,
    );
    insert.run('甲', 'h1');
    insert.run('乙', 'h2');
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    db.prepare('INSERT INTO article_signatures (article_id, minhash) VALUES (2, ?)').run(Buffer.alloc(240));
    db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (42, 2)').run();
    db.prepare('INSERT INTO article_links (article_id, similar_id, similarity) VALUES (2, 1, 0.8)').run();
    expect(() =>
      db.prepare('INSERT INTO article_links (article_id, similar_id, similarity) VALUES (1, 1, 0.5)').run(),
    ).toThrow(/CHECK/u);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM article_links').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM article_bands').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM article_signatures').get()).toEqual({ n: 0 });
    db.close();
  });
});
