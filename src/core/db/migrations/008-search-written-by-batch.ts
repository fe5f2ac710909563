// Full-text entries for new articles are written by the store code, not by a trigger: an import
// writes a whole batch's entries in one statement at the end of the batch. With the trigger, every
// later statement of the transaction made FTS5 flush that article's terms as a segment of its own
// (FTS5 flushes on each statement savepoint), which cost more than the rest of storing an article.
// The delete and update triggers stay: those paths are rare and row by row.
import type { Migration } from './index.ts';

export const m008SearchWrittenByBatch: Migration = {
  version: 8,
  name: 'search-written-by-batch',
  up(db) {
    db.exec('DROP TRIGGER articles_search_insert');
  },
};
