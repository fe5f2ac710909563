// Near-duplicate lookup, cheaper per article: band rows keyed (band_key, article_id) without a rowid,
// so a lookup reads the latest articles of a band straight off the key and an insert writes one
// B-tree and the article index instead of a table and two indexes. Bands are recomputed from the
// stored signatures, because the banding changed with it (10 bands of 2 hashes, see minhash.ts).
import { bandKeys } from '../../ingest/minhash.ts';
import type { Migration } from './index.ts';

export const m007NearDuplicateBands: Migration = {
  version: 7,
  name: 'near-duplicate-bands',
  up(db) {
    db.exec(`
      DROP TABLE article_bands;
      CREATE TABLE article_bands (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_bands_by_article ON article_bands (article_id);
    `);
    const band = db.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
    // In pages, so a large store's signatures are never all in memory (a statement cannot write while
    // another one is still reading).
    const page = db
      .prepare(
        'SELECT article_id, minhash FROM article_signatures WHERE article_id > ? ORDER BY article_id LIMIT 1000',
      )
      .raw();
    for (let after = 0; ;) {
      const rows = page.all(after) as [number, Buffer][];
      if (!rows.length) break;
      for (const [articleId, blob] of rows) {
        const sig = new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
        for (const key of bandKeys(sig)) band.run(key, articleId);
        after = articleId;
      }
    }
  },
};
