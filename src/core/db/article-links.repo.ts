// Near-duplicate links: signatures and band keys stored with each article, candidates looked up
// by shared band keys, and the links read in both directions.
import type { SimilarArticle } from '../../shared/domain.ts';
import { bandKeys, NEAR_DUPLICATE, similarity } from '../ingest/minhash.ts';
import type { Db } from './open.ts';
import { cachedStatement } from './statements.ts';

/** At most this many candidates are compared, and so linked, per article. */
const MAX_CANDIDATES = 10;
/**
 * Per band, only the latest articles sharing it are read: in a template-made corpus thousands share
 * a band, and the lookup must not grow with the store. Those sharing most bands are compared.
 */
const PER_BAND = 20;

/**
 * The latest articles sharing one band key, read straight off the (band_key, article_id DESC) key in
 * its order (migration 10). An ORDER BY, though the key already gives that order, made each lookup
 * cost ~12 µs instead of ~3.5; the caller sorts the few rows itself.
 */
export const BAND_HITS = `SELECT article_id FROM article_bands WHERE band_key = ? LIMIT ${PER_BAND}`;
const SIGNATURES = `SELECT article_id, minhash FROM article_signatures
  WHERE article_id IN (SELECT value FROM json_each(?))`;
/** One row per statement: cheaper than one statement of BANDS rows (45 µs against 57 for ten). */
const INSERT_BAND = 'INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)';
const SIGN = 'INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)';
const LINK = 'INSERT OR IGNORE INTO article_links (article_id, similar_id, similarity) VALUES (?, ?, ?)';

const toBlob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
const fromBlob = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** A linker forgets what it holds past this many band keys, so its memory stays flat. */
const MAX_CACHED_KEYS = 20_000;

export interface NearDuplicateLinker {
  /**
   * Stores an article's signature and links it to every stored article it nearly duplicates.
   * Returns the links made, best first. Runs inside the caller's transaction.
   */
  link(articleId: number, sig: Uint32Array): { id: number; similarity: number }[];
  /** Drops what it holds: after a rollback, the store no longer has what it saw written. */
  forget(): void;
}

/**
 * A linker for many articles in a row (an import). It keeps each band's latest articles and their
 * signatures as it reads and writes them, so a story told many times is looked up in the store once
 * per band rather than once per article. It starts over when another connection has written to the
 * store since (data_version), or when told to forget (a rollback).
 */
export function nearDuplicateLinker(db: Db): NearDuplicateLinker {
  const bands = new Map<number, number[]>();
  const signatures = new Map<number, Uint32Array>();
  let seenVersion = -1;
  const forget = () => {
    bands.clear();
    signatures.clear();
  };
  const latest = (key: number): number[] => {
    let ids = bands.get(key);
    if (!ids) {
      ids = cachedStatement(db, BAND_HITS).pluck().all(key) as number[];
      bands.set(
        key,
        ids.sort((a, b) => b - a),
      );
    }
    return ids;
  };
  const signaturesOf = (ids: number[]): Map<number, Uint32Array> => {
    const missing = ids.filter((id) => !signatures.has(id));
    if (missing.length) {
      const rows = cachedStatement(db, SIGNATURES).raw().all(JSON.stringify(missing)) as [number, Buffer][];
      for (const [id, blob] of rows) signatures.set(id, fromBlob(blob));
    }
    return signatures;
  };
  return {
    forget,
    link(articleId, sig) {
      const version = cachedStatement(db, 'PRAGMA data_version').pluck().get() as number;
      if (version !== seenVersion || bands.size > MAX_CACHED_KEYS) forget();
      seenVersion = version;
      const keys = bandKeys(sig);
      // Counted here rather than in one SQL statement: its GROUP BY and ORDER BY built temporary
      // B-trees for every article, which cost more than the index reads.
      const shared = new Map<number, number>();
      for (const key of keys) for (const id of latest(key)) shared.set(id, (shared.get(id) ?? 0) + 1);
      shared.delete(articleId);
      const best = [...shared]
        .sort((a, b) => b[1] - a[1] || b[0] - a[0])
        .slice(0, MAX_CANDIDATES)
        .map(([id]) => id);
      const known = signaturesOf(best);
      const links = best
        .flatMap((id) => {
          const other = known.get(id);
          return other ? [{ id, similarity: similarity(sig, other) }] : [];
        })
        .filter((c) => c.similarity >= NEAR_DUPLICATE)
        .sort((a, b) => b.similarity - a.similarity || b.id - a.id);
      cachedStatement(db, SIGN).run(articleId, toBlob(sig));
      const band = cachedStatement(db, INSERT_BAND);
      for (const key of keys) band.run(key, articleId);
      const link = cachedStatement(db, LINK);
      for (const l of links) link.run(articleId, l.id, l.similarity);
      // What this connection just wrote, as the store would now answer it.
      for (const key of keys) {
        const ids = latest(key);
        if (!ids.includes(articleId)) {
          ids.unshift(articleId);
          ids.sort((a, b) => b - a);
          if (ids.length > PER_BAND) ids.length = PER_BAND;
        }
      }
      signatures.set(articleId, sig);
      if (signatures.size > MAX_CACHED_KEYS) signatures.clear();
      return links;
    },
  };
}

/** Links one article (see NearDuplicateLinker.link). */
export function linkNearDuplicates(
  db: Db,
  articleId: number,
  sig: Uint32Array,
): { id: number; similarity: number }[] {
  return nearDuplicateLinker(db).link(articleId, sig);
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
