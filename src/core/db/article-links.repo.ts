// Near-duplicate links: signatures and band keys stored with each article, candidates looked up
// by shared band keys, and the links read in both directions.
import type { SimilarArticle } from '../../shared/domain.ts';
import { bandKeys, NEAR_DUPLICATE, similarity } from '../ingest/minhash.ts';
import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

/** At most this many candidates are compared, and so linked, per article. */
const MAX_CANDIDATES = 10;
const PER_BAND = 20;

/** Statements prepared once per connection: this runs for every imported article. */
const cache = new WeakMap<Db, Record<string, Database.Statement>>();
function statements(db: Db) {
  let s = cache.get(db);
  if (!s) {
    s = {
      byBand: db.prepare(
        `SELECT article_id AS id FROM article_bands WHERE band_key = ? ORDER BY rowid DESC LIMIT ${PER_BAND}`,
      ),
      signatureOf: db.prepare('SELECT minhash FROM article_signatures WHERE article_id = ?'),
      sign: db.prepare('INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)'),
      band: db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)'),
      link: db.prepare(
        'INSERT OR IGNORE INTO article_links (article_id, similar_id, similarity) VALUES (?, ?, ?)',
      ),
    };
    cache.set(db, s);
  }
  return s as Record<'byBand' | 'signatureOf' | 'sign' | 'band' | 'link', Database.Statement>;
}

const toBlob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
const fromBlob = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/**
 * Stores an article's signature and links it to every stored article it nearly duplicates.
 * Returns the links made, best first. Runs inside the caller's transaction.
 */
export function linkNearDuplicates(
  db: Db,
  articleId: number,
  sig: Uint32Array,
): { id: number; similarity: number }[] {
  const keys = bandKeys(sig);
  // Per band, only the latest articles: a template-made corpus, where thousands share a band,
  // must not make each import slower than the last. Those sharing most bands are compared.
  const { byBand, signatureOf, sign, band, link } = statements(db);
  const shared = new Map<number, number>();
  for (const key of keys) {
    for (const { id } of byBand.all(key) as { id: number }[]) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  shared.delete(articleId);
  const ids = [...shared]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  const candidates = ids.map((id) => ({ id, minhash: (signatureOf.get(id) as { minhash: Buffer }).minhash }));
  const links = candidates
    .map((c) => ({ id: c.id, similarity: similarity(sig, fromBlob(c.minhash)) }))
    .filter((c) => c.similarity >= NEAR_DUPLICATE)
    .sort((a, b) => b.similarity - a.similarity);
  sign.run(articleId, toBlob(sig));
  for (const key of keys) band.run(key, articleId);
  for (const l of links) link.run(articleId, l.id, l.similarity);
  return links;
}

export function listSimilar(db: Db, articleId: number): SimilarArticle[] {
  return db
    .prepare(
      `SELECT a.id, a.title, a.source, a.published, l.similarity FROM (
         SELECT similar_id AS id, similarity FROM article_links WHERE article_id = ?
         UNION ALL SELECT article_id AS id, similarity FROM article_links WHERE similar_id = ?
       ) l JOIN articles a ON a.id = l.id
       ORDER BY l.similarity DESC, a.id`,
    )
    .all(articleId, articleId) as SimilarArticle[];
}
