// Review as commands: every change belongs to a command (who, when, which command), so undo and redo
// live in the store and survive reloads and restarts. Plus the indexes the whole-corpus grid pages by.
import type { Migration } from './index.ts';

export const m003ReviewHistory: Migration = {
  version: 3,
  name: 'review-history',
  up(db) {
    db.exec(`
      -- One row per command an analyst ran (accept, edit, add, undo, …). Regular commands sit on their
      -- actor's undo stack while 'done' and on the redo stack while 'undone'; a new regular command
      -- makes undone ones 'dropped'. undo and redo are themselves recorded, as 'applied'.
      CREATE TABLE commands (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        article_id INTEGER,
        state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped', 'applied')),
        -- undo / redo: the command acted on; revert: the change reverted.
        target_id INTEGER,
        -- Bumped on each undo, so redo takes the most recently undone command first.
        undo_seq INTEGER
      ) STRICT;
      CREATE INDEX commands_by_actor ON commands (actor, state, id);

      ALTER TABLE changes ADD COLUMN command_id INTEGER;
      CREATE INDEX changes_by_command ON changes (command_id, id);

      -- The grid sorts and filters in SQL; each index ends with the grid's tie-breakers so that a
      -- sorted page is read straight off the index, however deep the offset.
      CREATE INDEX indicators_by_value
        ON indicators (coalesce(norm_value, norm_range_low), article_id, span_start);
      CREATE INDEX indicators_by_subject ON indicators (subject, article_id, span_start);
      CREATE INDEX indicators_by_indicator ON indicators (indicator, article_id, span_start);
      CREATE INDEX indicators_by_status ON indicators (status, article_id, span_start);
      CREATE INDEX indicators_by_confidence ON indicators (confidence, article_id, span_start);
    `);
  },
};
