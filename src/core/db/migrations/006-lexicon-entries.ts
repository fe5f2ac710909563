// The analysts' own indicator→category terms, merged with resources/lexicon/ at extraction time
// (theirs win), so a store teaches the extractor its region's vocabulary without editing shipped files.
import type { Migration } from './index.ts';

export const m006LexiconEntries: Migration = {
  version: 6,
  name: 'lexicon-entries',
  up(db) {
    db.exec(`
      CREATE TABLE lexicon_entries (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE CHECK (length(trim(term)) > 0),
        category TEXT NOT NULL CHECK (category IN ('investment', 'output', 'gdp', 'revenue', 'trade',
          'profit', 'fiscal', 'area', 'enterprises', 'projects', 'people', 'platforms', 'capacity', 'other')),
        actor TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
