import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

function seedV2(db: Database.Database) {
  db.prepare(
    `INSERT INTO articles (title, content_hash, original_text, clean_text, imported_at)
     VALUES ('t', 'h', '投资12亿元', '投资12亿元', '2024-01-01T00:00:00Z')`,
  ).run();
  for (const [value, subject] of [
    [5, '临江'],
    [1, '青湾'],
    [3, '临江'],
  ] as const) {
    db.prepare(
      `INSERT INTO indicators (article_id, span_start, span_end, quote, value, unit, norm_value, norm_unit, approx,
         measure, kind, category, subject, created_at, updated_at)
       VALUES (1, 2, 7, '12亿元', ?, '亿元', ?, 'CNY', 'exact', 'level', 'actual', 'investment', ?, '', '')`,
    ).run(value, value * 1e8, subject);
  }
  db.prepare(
    `INSERT INTO changes (indicator_id, article_id, field, old_value, new_value, actor, at)
     VALUES (1, 1, 'status', '"pending"', '"confirmed"', 'old', '2024-01-01T00:00:00Z')`,
  ).run();
}

const plan = (db: Database.Database, q: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration 3: review history', () => {
  it('adds commands, keeps earlier changes (without a command), and indexes the grid sorts', () => {
    const db = new Database(path.join(tmp.dir, 'r.db'));
    migrate(db, MIGRATIONS, 2);
    seedV2(db);
    migrate(db, MIGRATIONS, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT field, command_id FROM changes').all()).toEqual([
      { field: 'status', command_id: null },
    ]);
    db.prepare("INSERT INTO commands (name, actor, at) VALUES ('accept', 'a', 'now')").run();
    expect(db.prepare('SELECT state FROM commands').get()).toEqual({ state: 'done' });
    expect(() => db.prepare("UPDATE commands SET state = 'lost'").run()).toThrow(/CHECK constraint/);

    // Sorting by value and filtering by subject read the grid's page straight off an index.
    const byValue = plan(
      db,
      'SELECT id FROM indicators ORDER BY coalesce(norm_value, norm_range_low) DESC, article_id DESC, span_start DESC, id DESC LIMIT 10',
    );
    expect(byValue).toContain('indicators_by_value');
    expect(byValue).not.toContain('TEMP B-TREE');
    const bySubject = plan(
      db,
      "SELECT id FROM indicators WHERE subject = '临江' ORDER BY article_id ASC, span_start ASC, id ASC LIMIT 10",
    );
    expect(bySubject).toContain('indicators_by_subject');
    expect(bySubject).not.toContain('TEMP B-TREE');
    db.close();
  });
});
