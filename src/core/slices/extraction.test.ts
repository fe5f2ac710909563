// Re-extraction through the service on a real store: preview writes nothing, apply needs the
// preview's token, and an analyst's reviewed rows and edited fields survive untouched.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Indicator, ReextractPreview, ReextractSummary } from '../../shared/domain.ts';
import { openStore, type OpenedStore } from '../db/open.ts';
import { createService } from '../service.ts';
import { tempDir } from '../testing/temp.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
let service: ReturnType<typeof createService>;

const ARTICLE = [
  '东坪工业园一季度经济运行',
  '2024-04-12 09:00:00',
  '一季度，东坪工业园完成固定资产投资12.5亿元，同比增长8.2%。',
  '园区实现算力服务收入3.6亿元，新增入驻企业14家。',
].join('\n');

beforeEach(async () => {
  tmp = tempDir();
  store = openStore(path.join(tmp.dir, 'tally.db'));
  service = createService(store.db, { actor: 'tester', storePath: store.path });
  const summary = await service.importFiles({
    files: [{ name: 'dongping.txt', dataBase64: Buffer.from(ARTICLE, 'utf8').toString('base64') }],
  });
  expect(summary.imported).toHaveLength(1);
});
afterEach(async () => {
  await service.jobs.shutdown();
  store.db.close();
  tmp.cleanup();
});

async function preview(): Promise<ReextractPreview> {
  const job = await service.previewReextract({});
  const done = await service.jobs.settled(job.id);
  expect(done.state).toBe('done');
  return done.result as ReextractPreview;
}

async function apply(token: string) {
  const job = await service.applyReextract({ token });
  return service.jobs.settled(job.id);
}

const rows = async () => (await service.listIndicators({})).items;
const byQuote = (items: Indicator[], quote: string) => items.find((i) => i.quote === quote)!;

describe('re-extraction', () => {
  it('finds nothing to do when neither engine nor lexicon changed', async () => {
    const p = await preview();
    expect(p).toMatchObject({ scanned: 1, added: 0, removed: 0, changed: 0, articles: [] });
  });

  it('previews a lexicon change without writing, then applies it with an audit', async () => {
    const before = await rows();
    expect(byQuote(before, '3.6亿元').category).toBe('revenue');
    await service.saveLexiconEntry({ term: '算力服务收入', category: 'output' });
    const p = await preview();
    expect(p.changed).toBe(1);
    expect(p.articles[0]?.changed[0]?.fields).toEqual([
      { field: 'category', oldValue: 'revenue', newValue: 'output' },
    ]);
    expect(await rows()).toEqual(before);

    const done = await apply(p.token);
    expect(done.state).toBe('done');
    expect(done.result as ReextractSummary).toMatchObject({ articles: 1, changed: 1, stale: [] });
    const after = byQuote(await rows(), '3.6亿元');
    expect(after).toMatchObject({ category: 'output', status: 'pending', version: 2 });
    const audit = await service.listChanges({ indicatorId: after.id });
    expect(audit.map((c) => [c.field, c.actor])).toEqual([['category', 'tester (re-extraction)']]);
    expect((await preview()).changed).toBe(0);
  });

  it('never touches a confirmed row, nor a field an analyst edited', async () => {
    const items = await rows();
    const confirmed = byQuote(items, '3.6亿元');
    await service.updateIndicator({
      id: confirmed.id,
      version: confirmed.version,
      patch: { status: 'confirmed' },
    });
    const edited = byQuote(items, '14家');
    await service.updateIndicator({ id: edited.id, version: edited.version, patch: { note: 'checked' } });
    await service.saveLexiconEntry({ term: '算力服务收入', category: 'output' });
    await service.saveLexiconEntry({ term: '入驻企业', category: 'other' });
    const p = await preview();
    // The note is audited but category is not: the pending row may still change its category.
    expect(p.articles[0]?.changed.map((c) => c.id)).toEqual([edited.id]);
    await apply(p.token);
    const after = await rows();
    expect(byQuote(after, '3.6亿元')).toMatchObject({ category: 'revenue', status: 'confirmed' });
    expect(byQuote(after, '14家')).toMatchObject({ category: 'other', note: 'checked' });
  });

  it('refuses a token that no longer matches the store', async () => {
    await service.saveLexiconEntry({ term: '算力服务收入', category: 'output' });
    const p = await preview();
    await service.saveLexiconEntry({ term: '算力服务收入', category: 'profit' });
    const done = await apply(p.token);
    expect(done.state).toBe('failed');
    expect(done.error).toMatch(/preview again/);
    expect(byQuote(await rows(), '3.6亿元').category).toBe('revenue');
  });

  it('adds figures the engine finds now and removes pending ones it no longer finds', async () => {
    const items = await rows();
    const gone = byQuote(items, '14家');
    // Pretend an older engine stored a figure at a span the current one does not find.
    store.db
      .prepare('UPDATE indicators SET span_start = 0, span_end = 4, quote = ? WHERE id = ?')
      .run(ARTICLE.slice(0, 4), gone.id);
    const p = await preview();
    expect(p).toMatchObject({ added: 1, removed: 1 });
    expect(p.articles[0]?.added[0]?.quote).toBe('14家');
    await apply(p.token);
    const after = await rows();
    expect(after.map((i) => i.quote).sort()).toEqual(items.map((i) => i.quote).sort());
    const audit = await service.listChanges({});
    expect(audit.map((c) => c.field)).toEqual(expect.arrayContaining(['created', 'deleted']));
  });

  it('keeps lexicon entries in the store and says what the shipped lexicon had', async () => {
    const saved = await service.saveLexiconEntry({ term: ' 营业收入 ', category: 'output' });
    expect(saved).toMatchObject({
      term: '营业收入',
      category: 'output',
      builtin: 'revenue',
      actor: 'tester',
    });
    await service.saveLexiconEntry({ term: '营业收入', category: 'profit' });
    expect((await service.listLexicon({})).map((e) => [e.term, e.category])).toEqual([
      ['营业收入', 'profit'],
    ]);
    expect(await service.deleteLexiconEntry({ id: saved.id })).toEqual({ deleted: true });
    expect(await service.listLexicon({})).toEqual([]);
    await expect(service.saveLexiconEntry({ term: '', category: 'output' })).rejects.toThrow(/term/);
    await expect(service.previewReextract({ articleIds: [999] })).rejects.toThrow(/No article 999/);
  });
});
