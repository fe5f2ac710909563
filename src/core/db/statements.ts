// Statements prepared once per connection and reused: preparing costs more than running a small
// insert, and an import runs the same few statements for every article.
import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** The connection's prepared statement for this SQL text (prepared on first use). */
export function cachedStatement(db: Db, text: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let stmt = byText.get(text);
  if (!stmt) byText.set(text, (stmt = db.prepare(text)));
  return stmt;
}
