// The import's near-duplicate linker keeps bands and signatures between articles; what it keeps
// must never hide an article: not one stored by another connection meanwhile, not after a rollback.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signature } from '../ingest/minhash.ts';
import { newArticle } from '../testing/article.ts';
import { tempDir } from '../testing/temp.ts';
import { linkNearDuplicates, nearDuplicateLinker } from './article-links.repo.ts';
import { insertArticle } from './articles.repo.ts';
import { openStore, type OpenedStore } from './open.ts';

let tmp: ReturnType<typeof tempDir>;
let a: OpenedStore;
let b: OpenedStore;
beforeEach(() => {
  tmp = tempDir();
  a = openStore(path.join(tmp.dir, 'tally.db'));
  b = openStore(path.join(tmp.dir, 'tally.db'));
});
afterEach(() => {
  a.db.close();
  b.db.close();
  tmp.cleanup();
});

const STORY =
  '临江高新区举行重大项目集中签约活动,本次活动共签约项目26个,总投资达到318亿元,涵盖新能源汽车零部件、集成电路封装测试、生物医药等产业。';
const tellings = [STORY, ...['仪式', '大会', '典礼', '盛会'].map((w) => STORY.replace('活动', w))];

function store(db: OpenedStore['db'], text: string, hash: string): number {
  return insertArticle(db, newArticle(hash, text, hash));
}

describe('nearDuplicateLinker', () => {
  it('finds what it stored itself and what another connection stored since', () => {
    const linker = nearDuplicateLinker(a.db);
    const first = store(a.db, tellings[0]!, 'h0');
    expect(linker.link(first, signature(tellings[0]!)!)).toEqual([]);
    const second = store(a.db, tellings[1]!, 'h1');
    expect(linker.link(second, signature(tellings[1]!)!).map((l) => l.id)).toEqual([first]);

    // Another window imports a third telling.
    const third = store(b.db, tellings[2]!, 'h2');
    linkNearDuplicates(b.db, third, signature(tellings[2]!)!);

    const fourth = store(a.db, tellings[3]!, 'h3');
    const links = linker.link(fourth, signature(tellings[3]!)!).map((l) => l.id);
    expect(links.sort()).toEqual([first, second, third].sort());
  });

  it('forgets what a rollback undid', () => {
    const linker = nearDuplicateLinker(a.db);
    const first = store(a.db, tellings[0]!, 'h0');
    linker.link(first, signature(tellings[0]!)!);
    const undone = a.db.transaction(() => {
      const id = store(a.db, tellings[1]!, 'h1');
      linker.link(id, signature(tellings[1]!)!);
      throw new Error('refused');
    });
    expect(undone).toThrow('refused');
    linker.forget();
    const next = store(a.db, tellings[2]!, 'h2');
    expect(linker.link(next, signature(tellings[2]!)!).map((l) => l.id)).toEqual([first]);
    const stored = a.db.prepare('SELECT count(*) FROM article_links').pluck().get();
    expect(stored).toBe(1);
  });
});
