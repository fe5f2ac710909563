// Near-duplicate signatures are computed by one-permutation hashing now (see minhash.ts): one hash
// per shingle instead of sixty. A signature is only comparable with one computed the same way, so
// every stored signature is recomputed from its article's text (the simplified cleaned text, which
// is what an import signs) and its bands rewritten. The links already made stay: they were judged
// when their articles were imported.
//
// The band table's key now runs (band_key, article_id DESC), so a band's latest articles are the
// first rows of its key and the lookup needs no ORDER BY (see BAND_HITS).
import { bandKeys, signature } from '../../ingest/minhash.ts';
import type { Migration } from './index.ts';

export const m010OnePermutationSignatures: Migration = {
  version: 10,
  name: 'one-permutation-signatures',
  up(db) {
    db.exec(`
      DROP TABLE article_bands;
      CREATE TABLE article_bands (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id DESC)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_bands_by_article ON article_bands (article_id);
    `);
    const update = db.prepare('UPDATE article_signatures SET minhash = ? WHERE article_id = ?');
    const drop = db.prepare('DELETE FROM article_signatures WHERE article_id = ?');
    const band = db.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
    // In pages, so a large store's texts are never all in memory (a statement cannot write while
    // another one is still reading).
    const page = db
      .prepare(
        `SELECT s.article_id, a.clean_text FROM article_signatures s JOIN articles a ON a.id = s.article_id
         WHERE s.article_id > ? ORDER BY s.article_id LIMIT 500`,
      )
      .raw();
    for (let after = 0; ;) {
      const rows = page.all(after) as [number, string][];
      if (!rows.length) break;
      for (const [articleId, text] of rows) {
        const sig = signature(text);
        if (sig) {
          update.run(Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength), articleId);
          for (const key of bandKeys(sig)) band.run(key, articleId);
        } else drop.run(articleId);
        after = articleId;
      }
    }
  },
};
