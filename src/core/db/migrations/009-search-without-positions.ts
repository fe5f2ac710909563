// The full-text index keeps which articles hold each trigram, not where (FTS5 detail=none), and
// writes an import's entries in fewer, larger pieces: it is half the size, and indexing a 3 KB
// article costs the storing thread ~0.2 ms instead of ~0.4 ms. Without positions FTS5 cannot answer
// phrase queries, so a search of three or more characters is a LIKE on the index table: the
// trigrams pick the candidates and SQLite checks each against the text (articles.repo.ts); a phrase
// found in most of 10,000 articles takes ~30 ms instead of ~5. The triggers are unchanged.
//
// `hashsize`: terms are held in memory up to 16 MB before being written as a segment (default 1 MB),
// so an import batch is one segment rather than a dozen. `automerge`: segments are merged 16 at a
// time rather than 4, so each entry is rewritten fewer times as the index grows. Both are stored in
// the index's own config table, so every connection uses them. Measured on the import bench's
// corpus: 0.37 ms per article with the defaults, 0.20 with both.
import type { Migration } from './index.ts';

export const m009SearchWithoutPositions: Migration = {
  version: 9,
  name: 'search-without-positions',
  up(db) {
    db.exec(`
      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, clean_text, content='articles', content_rowid='id', tokenize='trigram', detail=none
      );
      INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 16777216);
      INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);
      INSERT INTO article_search (article_search) VALUES ('rebuild');
    `);
  },
};
