// Runs pending migrations in one transaction, refuses a store written by a newer Tally, and
// checks that the registered migrations are numbered 1..n without gaps.
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export class StoreTooNewError extends Error {
  constructor(found: number, latest: number) {
    super(
      `This store was written by a newer version of Tally (schema ${found}; this version knows up to ${latest}). ` +
        'Update Tally to open it.',
    );
    this.name = 'StoreTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function checkMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

/** Migrates up to `target` (default: the latest). Returns the versions that ran. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.length,
): number[] {
  checkMonotonic(migrations);
  const current = schemaVersion(db);
  if (current > migrations.length) throw new StoreTooNewError(current, migrations.length);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
