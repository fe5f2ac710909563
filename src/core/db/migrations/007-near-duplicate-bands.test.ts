// Migration 7 rebuilds the near-duplicate bands of a store in the new banding, keyed without a rowid,
// so an article imported after the upgrade still finds the stories stored before it.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signature, bandKeys } from '../../ingest/minhash.ts';
import { linkNearDuplicates } from '../article-links.repo.ts';
import { tempDir } from '../../testing/temp.ts';
import { migrate, schemaVersion } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const STORY =
  '临江高新区举行重大项目集中签约活动,本次活动共签约项目26个,总投资达到318亿元,涵盖新能源汽车零部件、集成电路封装测试、生物医药等产业。';
const RETOLD = STORY.replace('集中签约活动', '集中签约仪式');
const blob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);

describe('migration 7: near-duplicate bands', () => {
  it('recomputes the bands of stored signatures and keeps them with their article', () => {
    const db = new Database(path.join(tmp.dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 6);
    db.prepare(
      `INSERT INTO articles (id, title, content_hash, original_text, clean_text, imported_at)
       VALUES (1, '甲', 'h1', ?, ?, '')`,
    ).run(STORY, STORY);
    db.prepare('INSERT INTO article_signatures (article_id, minhash) VALUES (1, ?)').run(
      blob(signature(STORY)!),
    );
    // A band row in the old banding, which no new article would ever share.
    db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (42, 1)').run();

    migrate(db, MIGRATIONS, 7);
    expect(schemaVersion(db)).toBe(7);
    const keys = db
      .prepare('SELECT band_key FROM article_bands WHERE article_id = 1 ORDER BY band_key')
      .pluck()
      .all();
    expect(keys).toEqual([...bandKeys(signature(STORY)!)].sort((a, b) => a - b));

    // The retold story, imported after the upgrade, is linked to the one stored before it.
    db.prepare(
      `INSERT INTO articles (id, title, content_hash, original_text, clean_text, imported_at)
       VALUES (2, '乙', 'h2', ?, ?, '')`,
    ).run(RETOLD, RETOLD);
    const links = linkNearDuplicates(db, 2, signature(RETOLD)!);
    expect(links.map((l) => l.id)).toEqual([1]);

    // The lookup reads a band straight off its key, latest articles first, without a sort.
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT article_id FROM article_bands WHERE band_key = ? ORDER BY article_id DESC LIMIT 20',
      )
      .all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /SEARCH article_bands USING PRIMARY KEY \(band_key=\?\)/u,
    );
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/u);

    db.prepare('DELETE FROM articles').run();
    expect(db.prepare('SELECT count(*) AS n FROM article_bands').get()).toEqual({ n: 0 });
    db.close();
  });
});
