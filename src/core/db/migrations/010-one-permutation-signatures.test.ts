// Migration 10 recomputes stored signatures in the new scheme: an article stored before the upgrade
// has the signature and bands an import would give it now, keeps its links, and a retelling
// imported after the upgrade is linked to it.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bandKeys, signature } from '../../ingest/minhash.ts';
import { tempDir } from '../../testing/temp.ts';
import { BAND_HITS, linkNearDuplicates, listSimilar } from '../article-links.repo.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const STORY =
  '临江高新区举行重大项目集中签约活动,本次活动共签约项目26个,总投资达到318亿元,涵盖新能源汽车零部件、集成电路封装测试、生物医药等产业。';
const RETOLD = STORY.replace('集中签约活动', '集中签约仪式');

describe('migration 10: one-permutation signatures', () => {
  it('recomputes stored signatures and bands, keeps links, and links later retellings', () => {
    const db = new Database(path.join(tmp.dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 9);
    const insert = db.prepare(
      `INSERT INTO articles (id, title, content_hash, original_text, clean_text, imported_at)
       VALUES (?, ?, ?, ?, ?, '')`,
    );
    insert.run(1, '甲', 'h1', STORY, STORY);
    insert.run(2, '乙', 'h2', STORY, `${STORY}(转载)`);
    // Signatures and bands as the old scheme wrote them: nothing a new signature would match.
    const old = Buffer.alloc(240, 7);
    for (const id of [1, 2]) {
      db.prepare('INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)').run(id, old);
      db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)').run(40 + id, id);
    }
    db.prepare('INSERT INTO article_links (article_id, similar_id, similarity) VALUES (2, 1, 0.9)').run();

    migrate(db, MIGRATIONS, 10);
    expect(schemaVersion(db)).toBe(10);
    const stored = db
      .prepare('SELECT minhash FROM article_signatures WHERE article_id = 1')
      .pluck()
      .get() as Buffer;
    expect([...new Uint32Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + 240))]).toEqual([
      ...signature(STORY)!,
    ]);
    const keys = db
      .prepare('SELECT band_key FROM article_bands WHERE article_id = 1 ORDER BY band_key')
      .pluck()
      .all();
    expect(keys).toEqual([...bandKeys(signature(STORY)!)].sort((a, b) => a - b));
    expect(listSimilar(db, 2).map((s) => s.id)).toEqual([1]);

    // A band's latest articles come first off its key, without a sort.
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${BAND_HITS}`).all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toBe('SEARCH article_bands USING PRIMARY KEY (band_key=?)');
    for (const id of [1, 2])
      db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (99, ?)').run(id);
    expect(db.prepare(BAND_HITS).pluck().all(99)).toEqual([2, 1]);
    db.prepare('DELETE FROM article_bands WHERE band_key = 99').run();

    insert.run(3, '丙', 'h3', RETOLD, RETOLD);
    expect(
      linkNearDuplicates(db, 3, signature(RETOLD)!)
        .map((l) => l.id)
        .sort(),
    ).toEqual([1, 2]);
    db.close();
  });
});
