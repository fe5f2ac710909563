import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

describe('migration 6: lexicon entries', () => {
  it('adds the table to a store at version 5, keeping its articles', () => {
    const db = new Database(path.join(tmp.dir, 'old.db'));
    migrate(db, MIGRATIONS, 5);
    db.prepare(
      `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at)
       VALUES ('t', 'h', '投资12亿元', '投资12亿元', '2024-01-01T00:00:00Z')`,
    ).run();
    migrate(db, MIGRATIONS, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    const add = (term: string, category: string) =>
      db
        .prepare(`INSERT INTO lexicon_entries (term, category, actor, updated_at) VALUES (?, ?, 'a', 'now')`)
        .run(term, category);
    add('亩均税收', 'fiscal');
    expect(() => add('亩均税收', 'output')).toThrow(/UNIQUE/);
    expect(() => add('算力', 'compute')).toThrow(/CHECK/);
    expect(() => add('  ', 'other')).toThrow(/CHECK/);
    db.close();
  });
});
