// Report presets (a saved scope, statuses, columns and sheets) and the store's own id, which every
// exported workbook carries so one brought back from another store is refused.
import type { Migration } from './index.ts';

export const m004ReportPresets: Migration = {
  version: 4,
  name: 'report-presets',
  up(db) {
    db.exec(`
      CREATE TABLE report_presets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        options TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      INSERT OR IGNORE INTO settings (key, value)
        VALUES ('store_id', json_quote(lower(hex(randomblob(16)))));
    `);
  },
};
