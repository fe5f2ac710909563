// The article list's counts and filters (progress, subject, pending sort) on a real store.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../service.ts';
import { tempDir } from '../testing/temp.ts';
import { openStore, type OpenedStore } from './open.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
let service: ReturnType<typeof createService>;

const article = (zone: string, day: string) =>
  [
    `${zone}前三季度经济运行稳中有进`,
    `2024-10-${day} 09:30:00`,
    `今年前三季度,${zone}完成固定资产投资128.5亿元,同比增长12.3%。新增高新技术企业46家。`,
  ].join('\n');

beforeEach(() => {
  tmp = tempDir();
  store = openStore(path.join(tmp.dir, 'tally.db'));
  service = createService(store.db, { actor: 'tester', storePath: store.path });
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

async function importTwo() {
  const files = [article('临江高新区', '18'), article('北城经开区', '19')].map((text, i) => ({
    name: `${i}.txt`,
    dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  }));
  const { imported } = await service.importFiles({ files });
  const [lin, bei] = imported.map((a) => a.id) as [number, number];
  // Review every figure of 北城经开区.
  for (const r of (await service.listIndicators({ articleId: bei })).items) {
    await service.updateIndicator({ id: r.id, version: r.version, patch: { status: 'confirmed' } });
  }
  return { lin, bei };
}

describe('the article list', () => {
  it('counts each listed article’s figures and pending ones', async () => {
    const { lin, bei } = await importTwo();
    const { items } = await service.listArticles({});
    const byId = new Map(items.map((a) => [a.id, a]));
    const figures = (id: number) => service.listIndicators({ articleId: id }).then((p) => p.total);
    expect(byId.get(lin)).toMatchObject({
      indicatorCount: await figures(lin),
      pendingCount: await figures(lin),
    });
    expect(byId.get(bei)).toMatchObject({ indicatorCount: await figures(bei), pendingCount: 0 });
    expect(byId.get(bei)!.indicatorCount).toBeGreaterThan(0);
  });

  it('filters by review progress and by part of the subject', async () => {
    const { lin, bei } = await importTwo();
    const ids = async (input: Parameters<typeof service.listArticles>[0]) =>
      (await service.listArticles(input)).items.map((a) => a.id);
    expect(await ids({ progress: 'pending' })).toEqual([lin]);
    expect(await ids({ progress: 'reviewed' })).toEqual([bei]);
    expect(await ids({ progress: 'none' })).toEqual([]);
    expect(await ids({ subject: '经开区' })).toEqual([bei]);
    expect(await ids({ subject: '%' })).toEqual([]);
  });

  it('sorts by pending figures', async () => {
    const { lin, bei } = await importTwo();
    const order = async (descending: boolean) =>
      (await service.listArticles({ sort: 'pending', descending })).items.map((a) => a.id);
    expect(await order(true)).toEqual([lin, bei]);
    expect(await order(false)).toEqual([bei, lin]);
  });
});
