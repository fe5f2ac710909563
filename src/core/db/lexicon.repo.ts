// The analysts' lexicon entries (indicator term → category), kept in the store and merged with the
// shipped lexicon whenever extraction runs.
import type { Category, LexiconEntryRow } from '../../shared/domain.ts';
import type { Db } from './open.ts';

interface Row {
  id: number;
  term: string;
  category: Category;
  actor: string;
  updated_at: string;
}

const toEntry = (r: Row): Omit<LexiconEntryRow, 'builtin'> => ({
  id: r.id,
  term: r.term,
  category: r.category,
  actor: r.actor,
  updatedAt: r.updated_at,
});

export function listLexiconEntries(db: Db): Omit<LexiconEntryRow, 'builtin'>[] {
  return (db.prepare('SELECT * FROM lexicon_entries ORDER BY term').all() as Row[]).map(toEntry);
}

/** Adds a term or changes its category; a term is stored once. */
export function saveLexiconEntry(
  db: Db,
  e: { term: string; category: Category; actor: string; at: string },
): Omit<LexiconEntryRow, 'builtin'> {
  db.prepare(
    `INSERT INTO lexicon_entries (term, category, actor, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (term) DO UPDATE SET category = excluded.category, actor = excluded.actor,
       updated_at = excluded.updated_at`,
  ).run(e.term, e.category, e.actor, e.at);
  return toEntry(db.prepare('SELECT * FROM lexicon_entries WHERE term = ?').get(e.term) as Row);
}

export function deleteLexiconEntry(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM lexicon_entries WHERE id = ?').run(id).changes === 1;
}
