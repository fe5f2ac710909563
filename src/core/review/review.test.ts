import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
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
  '新增高新技术企业46家,实现技工贸总收入350亿元。',
].join('\n');

function open() {
  store = openStore(path.join(tmp.dir, 'tally.db'));
  service = createService(store.db, { actor: 'tester', storePath: store.path });
}

beforeEach(() => {
  tmp = tempDir();
  open();
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

async function importArticle() {
  const dataBase64 = Buffer.from(ARTICLE, 'utf8').toString('base64');
  const { imported } = await service.importFiles({ files: [{ name: 'a.txt', dataBase64 }] });
  const articleId = imported[0]!.id;
  const rows = (await service.listIndicators({ articleId })).items;
  const byQuote = (q: string) => rows.find((r) => r.quote === q)!;
  return { articleId, rows, byQuote };
}

const current = async (articleId: number, id: number) =>
  (await service.listIndicators({ articleId })).items.find((r) => r.id === id);

const rejects = async (p: Promise<unknown>, code: string, message: RegExp) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).message).toMatch(message);
};

describe('review commands on a real store', () => {
  it('records accept and reject as commands, under the reviewer named in settings', async () => {
    const { articleId, byQuote } = await importArticle();
    await service.updateSettings({ reviewer: '王审校' });
    const row = byQuote('128.5亿元');
    await service.updateIndicator({
      id: row.id,
      version: row.version,
      patch: { status: 'confirmed' },
      command: 'accept',
    });
    const history = await service.listHistory({ indicatorId: row.id });
    expect(history).toMatchObject([
      { field: 'status', oldValue: '"pending"', newValue: '"confirmed"', actor: '王审校', command: 'accept' },
    ]);
    expect(await service.getReviewProgress({ articleId })).toMatchObject({ done: 1 });
  });

  it('undoes and redoes by the store, across a restart, and a new command ends the redo chain', async () => {
    const { articleId, byQuote } = await importArticle();
    const row = byQuote('128.5亿元');
    const edited = await service.updateIndicator({ id: row.id, version: row.version, patch: { value: 130 } });
    expect(edited).toMatchObject({ value: 130, status: 'corrected', norm: { value: 13_000_000_000 } });

    store.db.close();
    open(); // a restart: the undo stack is in the store, not in memory
    expect((await service.getUndoState({})).undo).toMatchObject({ name: 'edit' });
    await service.undo({});
    expect(await current(articleId, row.id)).toMatchObject({
      value: 128.5,
      status: 'pending',
      norm: row.norm,
    });
    expect((await service.getUndoState({})).redo).toMatchObject({ name: 'edit' });
    await service.redo({});
    expect(await current(articleId, row.id)).toMatchObject({ value: 130, status: 'corrected' });

    await service.undo({});
    const other = byQuote('46家');
    await service.updateIndicator({ id: other.id, version: other.version, patch: { status: 'rejected' } });
    expect((await service.getUndoState({})).redo).toBeNull();
    expect((await service.redo({})).command).toBeNull();
    // The audit shows every write: the edit, its undo, redo and undo again.
    const commands = (await service.listHistory({ indicatorId: row.id })).map(
      (h) => `${h.command}:${h.field}`,
    );
    expect(commands.filter((c) => c.endsWith(':value'))).toEqual([
      'undo:value',
      'redo:value',
      'undo:value',
      'edit:value',
    ]);
  });

  it('refuses a write based on an old version, with a message', async () => {
    const { byQuote } = await importArticle();
    const row = byQuote('12.3%');
    await service.updateIndicator({ id: row.id, version: row.version, patch: { note: '其他窗口' } });
    await rejects(
      service.updateIndicator({
        id: row.id,
        version: row.version,
        patch: { status: 'confirmed' },
        command: 'accept',
      }),
      'stale',
      /changed elsewhere/,
    );
  });

  it('reverts one change and leaves later ones; refuses when the field changed again', async () => {
    const { articleId, byQuote } = await importArticle();
    const row = byQuote('46家');
    const a = await service.updateIndicator({
      id: row.id,
      version: row.version,
      patch: { subject: '临江园区' },
    });
    const b = await service.updateIndicator({ id: row.id, version: a.version, patch: { note: '核对' } });
    const subjectChange = (await service.listHistory({ indicatorId: row.id })).find(
      (h) => h.field === 'subject',
    )!;
    await service.revertChange({ changeId: subjectChange.id });
    expect(await current(articleId, row.id)).toMatchObject({ subject: row.subject, note: '核对' });

    await service.updateIndicator({ id: row.id, version: b.version + 1, patch: { period: '2024年' } });
    const periodChange = (await service.listHistory({ indicatorId: row.id })).find(
      (h) => h.field === 'period',
    )!;
    const now = (await current(articleId, row.id))!;
    await service.updateIndicator({ id: row.id, version: now.version, patch: { period: '2023年' } });
    await rejects(service.revertChange({ changeId: periodChange.id }), 'stale', /changed again/);
  });

  it('adds a figure from a selection, pre-filled by the extractor; undo removes it, redo restores it', async () => {
    const { articleId } = await importArticle();
    const start = ARTICLE.indexOf('350亿元');
    const added = await service.addIndicator({ articleId, start, end: start + '350亿元'.length });
    const row = added.indicators[0]!;
    expect(row).toMatchObject({
      quote: '350亿元',
      value: 350,
      unit: '亿元',
      norm: { value: 35_000_000_000, unit: 'CNY' },
      status: 'added',
    });
    await service.undo({});
    expect(await current(articleId, row.id)).toBeUndefined();
    await service.redo({});
    expect(await current(articleId, row.id)).toMatchObject({ quote: '350亿元', status: 'added' });
    await rejects(service.addIndicator({ articleId, start: 5, end: 5 }), 'invalid_input', /not inside/);
  });

  it('re-anchors a row to a new span and records the old one', async () => {
    const { articleId, byQuote } = await importArticle();
    const row = byQuote('12.3%');
    const start = ARTICLE.indexOf('增长12.3%');
    const out = await service.reanchorIndicator({ id: row.id, version: row.version, start, end: start + 7 });
    expect(out.indicators[0]).toMatchObject({
      start,
      end: start + 7,
      quote: '增长12.3%',
      status: 'corrected',
    });
    const span = (await service.listHistory({ indicatorId: row.id })).find((h) => h.field === 'span')!;
    expect(JSON.parse(span.oldValue!)).toEqual({ start: row.start, end: row.end, quote: '12.3%' });
    await service.undo({});
    expect(await current(articleId, row.id)).toMatchObject({ start: row.start, quote: '12.3%' });
  });

  it('runs bulk actions as one command each: set a field, accept high confidence, find and replace', async () => {
    const { articleId, rows } = await importArticle();
    const set = await service.updateIndicators({
      items: rows.map((r) => ({ id: r.id, version: r.version })),
      patch: { kind: 'forecast' },
    });
    expect(set.count).toBe(rows.length);
    expect(set.command).toMatchObject({ name: 'set-field' });
    await service.undo({});
    expect((await service.listIndicators({ articleId })).items.every((r) => r.kind === 'actual')).toBe(true);

    const sure = rows.filter((r) => r.confidence >= 0.5).length;
    const accepted = await service.acceptHighConfidence({ articleId, threshold: 0.5 });
    expect(accepted.count).toBe(sure);
    expect(sure).toBeGreaterThan(0);

    const subject = rows[0]!.subject;
    expect(subject).not.toBe('');
    const replaced = await service.replaceInNames({
      find: subject,
      replace: '某园区',
      fields: ['subject'],
      articleId,
    });
    expect(replaced.indicators.every((r) => r.subject.includes('某园区'))).toBe(true);
    await service.undo({});
    expect((await current(articleId, rows[0]!.id))!.subject).toBe(subject);
  });

  it('pages, sorts and filters in SQL, and can skip the count', async () => {
    const { articleId, rows } = await importArticle();
    const page = await service.listIndicators({
      filters: [{ field: 'unit', op: 'equals', value: '亿元' }],
      sort: [{ field: 'value', dir: 'desc' }],
      count: false,
    });
    expect(page.total).toBe(-1);
    expect(page.items.map((r) => r.quote)).toEqual(['350亿元', '128.5亿元']);
    const contains = await service
      .listIndicators({ filters: [{ field: 'quote' as never, op: 'contains', value: 'x' }] })
      .catch((e: unknown) => e);
    expect(contains).toBeInstanceOf(AppError); // only whitelisted fields
    const big = await service.listIndicators({
      articleId,
      filters: [{ field: 'value', op: 'greaterThan', value: 100 }],
    });
    expect(big.total).toBe(rows.filter((r) => (r.value ?? 0) > 100).length);
  });

  it('keeps each reviewer their own grid layout', async () => {
    await service.saveGridState({
      view: 'corpus',
      state: { sort: { sortModel: [{ colId: 'value', sort: 'desc' }] } },
    });
    await service.updateSettings({ reviewer: '李四' });
    expect(await service.getGridState({ view: 'corpus' })).toBeNull();
    await service.updateSettings({ reviewer: 'tester' });
    expect(await service.getGridState({ view: 'corpus' })).toMatchObject({
      sort: { sortModel: [{ colId: 'value' }] },
    });
  });
});
