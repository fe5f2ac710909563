import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { openStore, type OpenedStore } from './db/open.ts';
import { dispatch } from './dispatch.ts';
import { createService } from './service.ts';
import { tempDir } from './testing/temp.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
let service: ReturnType<typeof createService>;

const ARTICLE = [
  '临江高新区前三季度经济运行稳中有进',
  '2024-10-18 09:30:00',
  '今年前三季度,临江高新区完成固定资产投资128.5亿元,同比增长12.3%。',
  '新增高新技术企业46家。',
].join('\n');

const file = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
});

beforeEach(() => {
  tmp = tempDir();
  store = openStore(path.join(tmp.dir, 'tally.db'));
  service = createService(store.db, { actor: 'tester', storePath: store.path });
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

async function importOne() {
  const summary = await service.importFiles({ files: [file('linjiang.txt', ARTICLE)] });
  expect(summary.skipped).toEqual([]);
  return summary.imported[0]!;
}

describe('createService on a real store', () => {
  it('imports an article whole: text, metadata and its figures with spans into the original', async () => {
    const { id, indicators } = await importOne();
    const article = await service.getArticle({ id });
    expect(article.originalText).toBe(ARTICLE);
    expect(article.published).toBe('2024-10-18');
    const page = await service.listIndicators({ articleId: id });
    expect(page.total).toBe(indicators);
    const quotes = page.items.map((i) => i.quote);
    expect(quotes).toEqual(expect.arrayContaining(['128.5亿元', '12.3%', '46家']));
    for (const i of page.items) expect(article.originalText.slice(i.start, i.end)).toBe(i.quote);
    const investment = page.items.find((i) => i.quote === '128.5亿元')!;
    expect(investment.norm).toEqual({ value: 12_850_000_000, unit: 'CNY', range: null });
    expect(investment.status).toBe('pending');
  });

  it('stores the same article once and says which one it duplicates; skips bad files with a reason', async () => {
    const { id } = await importOne();
    const summary = await service.importFiles({
      files: [
        file('again.txt', ARTICLE),
        file('empty.txt', ''),
        { name: 'blob.txt', dataBase64: Buffer.from([0, 1, 2, 3, 0, 255]).toString('base64') },
        file('x.pdf', 'x'),
      ],
    });
    expect(summary.imported).toEqual([]);
    expect(summary.duplicates).toEqual([{ file: 'again.txt', existingId: id }]);
    expect(summary.skipped.map((s) => s.file)).toEqual(['empty.txt', 'blob.txt', 'x.pdf']);
    expect(summary.skipped[0]!.reason).toMatch(/empty/);
    expect(summary.skipped[1]!.reason).toMatch(/binary/);
    expect((await service.listArticles({})).total).toBe(1);
  });

  it('edits a value: norm follows, the row becomes corrected, the version bumps, the change is audited', async () => {
    const { id } = await importOne();
    const row = (await service.listIndicators({ articleId: id })).items.find((i) => i.quote === '128.5亿元')!;
    const edited = await service.updateIndicator({ id: row.id, version: row.version, patch: { value: 130 } });
    expect(edited.value).toBe(130);
    expect(edited.norm.value).toBeCloseTo(13_000_000_000);
    expect(edited.status).toBe('corrected');
    expect(edited.version).toBe(row.version + 1);
    const changes = await service.listChanges({ indicatorId: row.id });
    expect(changes.map((c) => [c.field, c.oldValue, c.newValue, c.actor])).toEqual([
      ['status', '"pending"', '"corrected"', 'tester'],
      // The normalised value is audited too, so undo restores it exactly.
      [
        'norm',
        '{"value":12850000000,"unit":"CNY","range":null}',
        '{"value":13000000000,"unit":"CNY","range":null}',
        'tester',
      ],
      ['value', '128.5', '130', 'tester'],
    ]);
  });

  it('refuses a stale write and keeps the stored value', async () => {
    const { id } = await importOne();
    const row = (await service.listIndicators({ articleId: id })).items[0]!;
    await service.updateIndicator({ id: row.id, version: row.version, patch: { note: 'first tab' } });
    const stale = service.updateIndicator({
      id: row.id,
      version: row.version,
      patch: { note: 'second tab' },
    });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: 'stale' });
    const now = (await service.listIndicators({ articleId: id })).items.find((i) => i.id === row.id)!;
    expect(now.note).toBe('first tab');
  });

  it('sorts and filters indicators in SQL', async () => {
    const { id } = await importOne();
    const byValue = await service.listIndicators({ articleId: id, sort: [{ field: 'value', dir: 'desc' }] });
    const norms = byValue.items.map((i) => i.norm.value ?? 0);
    expect(norms).toEqual([...norms].sort((a, b) => b - a));
    const first = byValue.items[0]!;
    await service.updateIndicator({ id: first.id, version: first.version, patch: { status: 'confirmed' } });
    const confirmed = await service.listIndicators({ statuses: ['confirmed'] });
    expect(confirmed.items.map((i) => i.id)).toEqual([first.id]);
  });

  it('searches articles by long and by one- or two-character queries', async () => {
    await importOne();
    expect((await service.listArticles({ query: '固定资产投资' })).total).toBe(1);
    expect((await service.listArticles({ query: '临江' })).total).toBe(1);
    expect((await service.listArticles({ query: '税' })).total).toBe(0);
    expect((await service.listArticles({ query: '100%"' })).total).toBe(0);
  });

  it('exports reviewed indicators to a workbook whose edited value is a number', async () => {
    const { id } = await importOne();
    const row = (await service.listIndicators({ articleId: id })).items.find((i) => i.quote === '46家')!;
    await service.updateIndicator({ id: row.id, version: row.version, patch: { value: 47 } });
    const report = await service.exportReport({});
    expect(report.rows).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const valueCol = header.findIndex((h) => /value/.test(h) && !/norm/i.test(h));
    expect(sheet.getRow(2).getCell(valueCol).value).toBe(47);
  });

  it('imports the demo corpus so a newcomer sees figures at once', async () => {
    const summary = await service.importDemo({});
    expect(summary.skipped).toEqual([]);
    expect(summary.imported.length).toBeGreaterThanOrEqual(5);
    expect(summary.imported.every((a) => a.indicators > 0)).toBe(true);
    const again = await service.importDemo({});
    expect(again.duplicates.length).toBe(summary.imported.length);
  });
});

describe('dispatch: the validation boundary', () => {
  it('validates inputs and returns errors as data', async () => {
    expect(await dispatch(service, 'dropTables', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    const bad = await dispatch(service, 'getArticle', { id: 'one' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!bad.ok && bad.error.message).toMatch(/getArticle/);
    const extra = await dispatch(service, 'listArticles', { query: 'x', sql: 'DROP TABLE articles' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(service, 'getArticle', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const patch = await dispatch(service, 'updateIndicator', {
      id: 1,
      version: 1,
      patch: { periodNorm: 'soon' },
    });
    expect(patch).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(service, 'getStoreInfo', {})).toMatchObject({ ok: true, value: { articles: 0 } });
    expect(fs.existsSync(store.path)).toBe(true);
  });
});
