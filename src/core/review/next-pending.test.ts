import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/domain.ts';
import { openStore, type OpenedStore } from '../db/open.ts';
import { createService } from '../service.ts';
import { tempDir } from '../testing/temp.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
let service: ReturnType<typeof createService>;

const ARTICLE = [
  '临江高新区前三季度经济运行稳中有进',
  '2024-10-18 09:30:00',
  '今年前三季度,临江高新区完成固定资产投资128.5亿元,同比增长12.3%。',
  '新增高新技术企业46家,实现技工贸总收入350亿元,工业产值增长9.8%。',
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

async function rows(): Promise<{ articleId: number; rows: Indicator[] }> {
  const dataBase64 = Buffer.from(ARTICLE, 'utf8').toString('base64');
  const { imported } = await service.importFiles({ files: [{ name: 'a.txt', dataBase64 }] });
  const articleId = imported[0]!.id;
  const list = (await service.listIndicators({ articleId })).items;
  return { articleId, rows: list };
}

const accept = (r: Indicator) =>
  service.updateIndicator({
    id: r.id,
    version: r.version,
    patch: { status: 'confirmed' },
    command: 'accept',
  });

describe('next pending, asked of the store', () => {
  it('finds the next pending row after the current position, and its position', async () => {
    const { articleId, rows: list } = await rows();
    expect(list.length).toBeGreaterThan(4);
    await accept(list[1]!);
    await accept(list[2]!);
    expect(await service.findNextPending({ articleId, after: -1 })).toEqual({ id: list[0]!.id, index: 0 });
    expect(await service.findNextPending({ articleId, after: 0 })).toEqual({ id: list[3]!.id, index: 3 });
  });

  it('goes round to the top when nothing pending follows, and says when nothing is pending', async () => {
    const { articleId, rows: list } = await rows();
    const last = list.length - 1;
    expect(await service.findNextPending({ articleId, after: last })).toEqual({ id: list[0]!.id, index: 0 });
    for (const r of list) await accept(r);
    expect(await service.findNextPending({ articleId, after: -1 })).toBeNull();
  });

  it('follows the grid sort and filters, across the whole corpus', async () => {
    const { rows: list } = await rows();
    const byValue = [...list].sort((a, b) => (b.norm.value ?? 0) - (a.norm.value ?? 0) || b.id - a.id);
    const sort = [{ field: 'value' as const, dir: 'desc' as const }];
    const page = (await service.listIndicators({ sort, limit: 50 })).items.map((r) => r.id);
    expect(page).toEqual(byValue.map((r) => r.id));
    await accept(byValue[0]!);
    expect(await service.findNextPending({ sort, after: -1 })).toEqual({ id: page[1], index: 1 });
    expect(await service.findNextPending({ sort, after: 2 })).toEqual({ id: page[3], index: 3 });

    const filters = [{ field: 'unit' as const, op: 'equals' as const, value: '%' }];
    const percent = (await service.listIndicators({ filters, limit: 50 })).items;
    expect(percent.length).toBeGreaterThan(1);
    expect(await service.findNextPending({ filters, after: 0 })).toEqual({ id: percent[1]!.id, index: 1 });
  });
});
