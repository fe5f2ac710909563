// Import through the service on a real store: as a job with progress and cancel, duplicates stored
// once, near-duplicates linked and kept, pasted text, and the list's search, filters and sorts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/domain.ts';
import { importFile as file, openTempService, type TempService } from '../testing/service.ts';
import { csvOf, LIST_ROWS, NOISY_TRADITIONAL, PNG_AS_TEXT, RETOLD, STORY } from './fixtures/index.ts';

let ctx: TempService;
let service: TempService['service'];

beforeEach(() => {
  ctx = openTempService();
  service = ctx.service;
});
afterEach(() => ctx.close());

async function runJob(files: ReturnType<typeof file>[]): Promise<ImportSummary> {
  const job = await service.startImport({ files });
  expect(job).toMatchObject({ kind: 'import', state: 'running' });
  const done = await service.jobs.settled(job.id);
  expect(done.state).toBe('done');
  expect([done.done, done.total]).toEqual([files.length, files.length]);
  return done.result as ImportSummary;
}

describe('import as a job', () => {
  it('imports a mixed batch: articles, rows of a list, duplicates once, bad files with reasons', async () => {
    const summary = await runJob([
      file('story.txt', STORY),
      file('list.csv', csvOf(LIST_ROWS)),
      file('again.txt', `${STORY}\n\n`),
      file('picture.txt', PNG_AS_TEXT),
    ]);
    expect(summary.imported.map((a) => a.file)).toEqual(['story.txt', 'list.csv row 2', 'list.csv row 3']);
    expect(summary.duplicates).toEqual([{ file: 'again.txt', existingId: summary.imported[0]!.id }]);
    expect(summary.skipped).toEqual([
      { file: 'picture.txt', reason: 'the file is binary (a PNG image), not text' },
    ]);
  });

  it('stops between files when cancelled; what it finished stays', async () => {
    const files = Array.from({ length: 40 }, (_, i) =>
      file(`a${i}.txt`, `${STORY}\n编号${i}的补充说明文字。`),
    );
    const job = await service.startImport({ files });
    while ((await service.getJob({ id: job.id })).done < 3) await new Promise((r) => setImmediate(r));
    await service.cancelJob({ id: job.id });
    const done = await service.jobs.settled(job.id);
    expect(done.state).toBe('cancelled');
    const stored = (await service.listArticles({})).total;
    expect(stored).toBeLessThan(files.length);
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBe(done.done);
  });

  it('links a near-duplicate (the same story from another outlet) and keeps both', async () => {
    const summary = await runJob([file('linjiang.txt', STORY), file('qingwan.txt', RETOLD)]);
    const [first, second] = summary.imported;
    expect(summary.imported).toHaveLength(2);
    expect(summary.nearDuplicates).toEqual([
      { file: 'qingwan.txt', id: second!.id, similarTo: [{ id: first!.id, similarity: expect.any(Number) }] },
    ]);
    const similar = await service.listSimilarArticles({ id: first!.id });
    expect(similar.map((s) => [s.id, s.source])).toEqual([[second!.id, '青湾晚报']]);
    expect(similar[0]!.similarity).toBeGreaterThan(0.6);
    // An unrelated article is not linked.
    const other = await service.importText({ text: NOISY_TRADITIONAL });
    expect(await service.listSimilarArticles({ id: other.imported[0]!.id })).toEqual([]);
  });
});

describe('pasted text', () => {
  it('becomes an article with its own title', async () => {
    const summary = await service.importText({ text: STORY, title: '粘贴的文章' });
    const article = await service.getArticle({ id: summary.imported[0]!.id });
    expect(article).toMatchObject({ title: '粘贴的文章', originalText: STORY, fileName: 'pasted text' });
  });
});

describe('the article list', () => {
  beforeEach(async () => {
    await runJob([file('list.csv', csvOf(LIST_ROWS)), file('qingwan.txt', NOISY_TRADITIONAL)]);
  });

  it('finds 1-, 2- and 3+-character terms in titles and text, in either script', async () => {
    const titles = async (query: string) =>
      (await service.listArticles({ query })).items.map((a) => a.title).sort();
    expect(await titles('外贸')).toEqual(['青湾外贸一至八月']);
    // 灣 is searched as written and simplified (湾), so both scripts answer.
    expect(await titles('灣')).toEqual(['青湾外贸一至八月', '青灣開發區上半年引進項目35個']);
    expect(await titles('開發')).toEqual(['青灣開發區上半年引進項目35個']);
    expect(await titles('签约项目')).toEqual(['临江园区招商签约', '青灣開發區上半年引進項目35個']);
    expect(await titles('簽約項目')).toEqual(['临江园区招商签约', '青灣開發區上半年引進項目35個']);
    expect(await titles('%')).toEqual(['青湾外贸一至八月', '青灣開發區上半年引進項目35個']);
  });

  it('filters by date, source and review progress, and sorts', async () => {
    const list = async (input: Parameters<typeof service.listArticles>[0]) =>
      (await service.listArticles(input)).items.map((a) => a.published);
    expect(await list({ from: '2024-07', to: '2024-12-31' })).toEqual(['2024-09-12', '2024-07-05']);
    expect(await list({ to: '2024-06' })).toEqual(['2024-06-01']);
    expect(await list({ source: '临江发布' })).toEqual(['2024-06-01']);
    expect(await list({ sort: 'published', descending: false })).toEqual([
      '2024-06-01',
      '2024-07-05',
      '2024-09-12',
    ]);
    expect(await service.listSources({})).toEqual(['临江发布', '青灣日報', '青湾日报'].sort());
    expect((await service.listArticles({ progress: 'pending' })).total).toBe(3);
    const one = (await service.listArticles({ source: '临江发布' })).items[0]!;
    for (const i of (await service.listIndicators({ articleId: one.id })).items) {
      await service.updateIndicator({ id: i.id, version: i.version, patch: { status: 'confirmed' } });
    }
    expect((await service.listArticles({ progress: 'reviewed' })).items.map((a) => a.id)).toEqual([one.id]);
    expect((await service.listArticles({ progress: 'pending' })).total).toBe(2);
  });
});

describe("the store's lexicon", () => {
  const TEXT = '园区动态\n园区实现算力服务收入3.6亿元,新增入驻企业14家。';
  const categoryOf = async (articleId: number) =>
    (await service.listIndicators({ articleId })).items.find((i) => i.quote === '3.6亿元')?.category;

  it('is what an import extracts with, in line, in the worker pool and for pasted text', async () => {
    await service.saveLexiconEntry({ term: '算力服务收入', category: 'output' });
    const pasted = await service.importText({ text: TEXT });
    expect(await categoryOf(pasted.imported[0]!.id)).toBe('output');
    // Enough files for the worker pool; each differs by its number, so none is a duplicate.
    const files = Array.from({ length: 70 }, (_, i) => file(`a${i}.txt`, `${TEXT}\n编号${i}。`));
    const summary = await runJob(files);
    expect(summary.counts?.imported).toBe(70);
    expect(await categoryOf(summary.imported[69]!.id)).toBe('output');
  });
});
