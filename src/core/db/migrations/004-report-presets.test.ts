import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const storeIdOf = (db: Database.Database) =>
  JSON.parse(
    (db.prepare("SELECT value FROM settings WHERE key = 'store_id'").get() as { value: string }).value,
  ) as string;

describe('migration 4: report presets', () => {
  it('adds the presets table and gives each store its own random id, kept by later runs', () => {
    const a = new Database(path.join(tmp.dir, 'a.db'));
    const b = new Database(path.join(tmp.dir, 'b.db'));
    migrate(a, MIGRATIONS, 3);
    a.prepare("INSERT INTO settings (key, value) VALUES ('reviewer', '\"王\"')").run();
    migrate(a, MIGRATIONS, 4);
    migrate(b, MIGRATIONS, 4);
    expect(storeIdOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(storeIdOf(a)).not.toBe(storeIdOf(b));
    expect(a.prepare("SELECT value FROM settings WHERE key = 'reviewer'").get()).toEqual({ value: '"王"' });
    a.prepare("INSERT INTO report_presets (name, options, updated_at) VALUES ('月报', '{}', 'now')").run();
    expect(() =>
      a.prepare("INSERT INTO report_presets (name, options, updated_at) VALUES ('月报', '{}', 'now')").run(),
    ).toThrow(/UNIQUE/);
    a.close();
    b.close();
  });
});
