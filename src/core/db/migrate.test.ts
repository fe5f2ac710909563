import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp.ts';
import { checkMonotonic, migrate, schemaVersion, StoreTooNewError } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index.ts';
import { openStore } from './open.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

function insertV1Article(db: Database.Database, title: string, text: string) {
  db.prepare(
    `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at)
     VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z')`,
  ).run(title, `hash-${title}`, text, text);
}

describe('migration 1: initial', () => {
  it('creates articles, indicators, changes and settings, and enforces the review vocabulary', () => {
    const db = new Database(path.join(tmp.dir, 'a.db'));
    migrate(db, MIGRATIONS, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['articles', 'indicators', 'changes', 'settings']));
    insertV1Article(db, 't', 'x');
    const bad = () =>
      db
        .prepare(
          `INSERT INTO indicators (article_id, span_start, span_end, quote, unit, norm_unit, approx, measure, kind,
             category, status, created_at, updated_at)
           VALUES (1, 0, 1, 'x', '个', 'count', 'exact', 'level', 'actual', 'other', 'maybe', '', '')`,
        )
        .run();
    expect(bad).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 2: article search', () => {
  it('indexes articles stored before it ran, and those inserted after', () => {
    const db = new Database(path.join(tmp.dir, 'b.db'));
    migrate(db, MIGRATIONS, 1);
    insertV1Article(db, '临江高新区一季度', '规上工业总产值增长百分之十');
    migrate(db, MIGRATIONS, 2);
    insertV1Article(db, '青湾开发区', '新签约项目十二个');
    const find = (q: string) =>
      (
        db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').all(`"${q}"`) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    expect(find('总产值')).toEqual([1]);
    expect(find('签约项目')).toEqual([2]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(find('总产值')).toEqual([]);
    db.close();
  });
});

describe('migrate', () => {
  it('numbers migrations 1..n without gaps', () => {
    expect(() => checkMonotonic(MIGRATIONS)).not.toThrow();
    const gap: Migration[] = [
      { ...MIGRATIONS[0]!, version: 1 },
      { ...MIGRATIONS[1]!, version: 3 },
    ];
    expect(() => checkMonotonic(gap)).toThrow(/expected 2/);
  });

  it('runs all pending migrations in one transaction: a failure leaves the store untouched', () => {
    const db = new Database(path.join(tmp.dir, 'c.db'));
    const failing: Migration[] = [
      MIGRATIONS[0]!,
      {
        version: 2,
        name: 'broken',
        up: (d) => d.exec('CREATE TABLE nope (x INTEGER) STRICT; SELECT * FROM missing'),
      },
    ];
    expect(() => migrate(db, failing)).toThrow(/no such table: missing/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});

describe('openStore', () => {
  it('opens a new store at the latest version with WAL and foreign keys', () => {
    const { db, backupPath, migrated } = openStore(path.join(tmp.dir, 'nested', 'tally.db'));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(backupPath).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates an old store forward, keeping its data, after backing it up beside itself', () => {
    const file = path.join(tmp.dir, 'old.db');
    const old = new Database(file);
    migrate(old, MIGRATIONS, 1);
    insertV1Article(old, '南屿县经济运行', '前三季度地区生产总值增长5.2%');
    old.close();

    const { db, backupPath } = openStore(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT title FROM articles').all()).toEqual([{ title: '南屿县经济运行' }]);
    expect(backupPath).not.toBeNull();
    expect(path.dirname(backupPath!)).toBe(tmp.dir);
    const backup = new Database(backupPath!, { readonly: true });
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    backup.close();
    db.close();
  });

  it('refuses a store written by a newer Tally and leaves it as it was', () => {
    const file = path.join(tmp.dir, 'future.db');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(StoreTooNewError);
    expect(() => openStore(file)).toThrow(/newer version of Tally/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
