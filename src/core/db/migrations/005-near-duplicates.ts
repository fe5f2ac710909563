// Near-duplicates (the same story from two outlets) are linked, never dropped: each article's
// MinHash signature, its band keys for lookup, and the links found at import.
import type { Migration } from './index.ts';

export const m005NearDuplicates: Migration = {
  version: 5,
  name: 'near-duplicates',
  up(db) {
    db.exec(`
      CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        minhash BLOB NOT NULL
      ) STRICT;

      CREATE TABLE article_bands (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX article_bands_by_key ON article_bands (band_key);
      CREATE INDEX article_bands_by_article ON article_bands (article_id);

      -- One row per pair, the later article first; read in both directions.
      CREATE TABLE article_links (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similar_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL CHECK (similarity > 0 AND similarity <= 1),
        PRIMARY KEY (article_id, similar_id),
        CHECK (article_id <> similar_id)
      ) STRICT;
      CREATE INDEX article_links_by_similar ON article_links (similar_id);

      CREATE INDEX articles_by_source ON articles (source);
      CREATE INDEX articles_by_published ON articles (published);
    `);
  },
};
