// The first store: articles with their original and cleaned text, the figures found in them,
// the audit of every change, and settings.
import type { Migration } from './index.ts';

export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        published TEXT,
        source TEXT,
        url TEXT,
        subject TEXT,
        file_name TEXT,
        encoding TEXT NOT NULL DEFAULT 'utf-8',
        script TEXT NOT NULL DEFAULT 'simplified' CHECK (script IN ('simplified', 'traditional')),
        content_hash TEXT NOT NULL UNIQUE,
        original_text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        offset_map BLOB,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE indicators (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end > span_start),
        quote TEXT NOT NULL,
        value REAL,
        range_low REAL,
        range_high REAL,
        unit TEXT NOT NULL,
        norm_value REAL,
        norm_unit TEXT NOT NULL,
        norm_range_low REAL,
        norm_range_high REAL,
        approx TEXT NOT NULL CHECK (approx IN ('exact', 'about', 'over', 'under')),
        measure TEXT NOT NULL CHECK (measure IN ('level', 'change', 'ratio', 'pp', 'multiple', 'rank')),
        kind TEXT NOT NULL CHECK (kind IN ('actual', 'forecast', 'target')),
        category TEXT NOT NULL,
        indicator TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        period TEXT,
        period_norm TEXT,
        confidence REAL NOT NULL DEFAULT 0.5,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'confirmed', 'corrected', 'rejected', 'added')),
        note TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX indicators_by_article ON indicators (article_id, span_start);

      -- The audit: no foreign key, so history outlives the rows it describes.
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        actor TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX changes_by_indicator ON changes (indicator_id, id);
      CREATE INDEX changes_by_article ON changes (article_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
