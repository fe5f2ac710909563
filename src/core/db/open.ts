// Opens (or creates) a store: WAL for crash safety and concurrent readers, foreign keys on,
// a backup beside the file before migrating an existing store, then migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate, schemaVersion, StoreTooNewError } from './migrate.ts';
import { LATEST_VERSION } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Skip the pre-migration backup (tests of migrations on throwaway files). */
  backup?: boolean;
  readonly?: boolean;
}

export interface OpenedStore {
  db: Db;
  path: string;
  /** Path of the backup taken before migrating, when one was. */
  backupPath: string | null;
  migrated: number[];
}

export function openStore(file: string, options: OpenOptions = {}): OpenedStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    // Refuse a store from the future before touching it (even switching to WAL writes the header).
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw new StoreTooNewError(version, LATEST_VERSION);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    let backupPath: string | null = null;
    if (version > 0 && version < LATEST_VERSION && options.backup !== false && file !== ':memory:') {
      backupPath = `${file}.v${version}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
      db.prepare('VACUUM INTO ?').run(backupPath);
    }
    const migrated = migrate(db);
    return { db, path: file, backupPath, migrated };
  } catch (err) {
    db.close();
    throw err;
  }
}
