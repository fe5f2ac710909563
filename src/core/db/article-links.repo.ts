// Near-duplicate links: signatures and band keys stored with each article, candidates looked up
// by shared band keys, and the links read in both directions.
import type { SimilarArticle } from '../../shared/domain.ts';
import { BANDS, bandKeys, NEAR_DUPLICATE, similarity } from '../ingest/minhash.ts';
import type { Db } from './open.ts';
import { cachedStatement } from './statements.ts';

/** At most this many candidates are compared, and so linked, per article. */
const MAX_CANDIDATES = 10;
/**
 * Per band, only the latest articles sharing it are read: in a template-made corpus thousands share
 * a band, and the lookup must not grow with the store. Those sharing most bands are compared.
 */
const PER_BAND = 20;

/** One statement finds the candidates and their signatures: one call instead of one per band. */
const CANDIDATES = `
  WITH hits(id) AS (${Array.from(
    { length: BANDS },
    () =>
      `SELECT * FROM (SELECT article_id FROM article_bands WHERE band_key = ? ORDER BY article_id DESC LIMIT ${PER_BAND})`,
  ).join(' UNION ALL ')})
  SELECT c.id, s.minhash FROM (
    SELECT id, count(*) AS shared FROM hits GROUP BY id ORDER BY shared DESC, id DESC LIMIT ${MAX_CANDIDATES}
  ) c JOIN article_signatures s ON s.article_id = c.id
  ORDER BY c.shared DESC, c.id DESC`;
const INSERT_BANDS = `INSERT INTO article_bands (band_key, article_id) VALUES ${Array.from(
  { length: BANDS },
  () => '(?, ?)',
).join(', ')}`;
const SIGN = 'INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)';
const LINK = 'INSERT OR IGNORE INTO article_links (article_id, similar_id, similarity) VALUES (?, ?, ?)';

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
  const candidates = cachedStatement(db, CANDIDATES)
    .raw()
    .all(...keys) as [number, Buffer][];
  const links = candidates
    .filter(([id]) => id !== articleId)
    .map(([id, minhash]) => ({ id, similarity: similarity(sig, fromBlob(minhash)) }))
    .filter((c) => c.similarity >= NEAR_DUPLICATE)
    .sort((a, b) => b.similarity - a.similarity);
  cachedStatement(db, SIGN).run(articleId, toBlob(sig));
  cachedStatement(db, INSERT_BANDS).run(keys.flatMap((key) => [key, articleId]));
  const link = cachedStatement(db, LINK);
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
