// The reports slice on a real store: scopes and statuses, the export job (progress, cancel, fetch),
// presets, and the round trip from a workbook edited with exceljs back to audited edits.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportDownload } from '../../shared/api.ts';
import { openStore, type OpenedStore } from '../db/open.ts';
import { seedReportStore } from '../report/fixture-store.ts';
import { headerKey, INDICATORS_SHEET, META_SHEET } from '../report/index.ts';
import { createService } from '../service.ts';
import { tempDir } from '../testing/temp.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
let service: ReturnType<typeof createService>;
let articleIds: number[];

beforeEach(() => {
  tmp = tempDir();
  store = openStore(path.join(tmp.dir, 'tally.db'));
  service = createService(store.db, { actor: '李分析', storePath: store.path });
  // 4 articles × 10 figures; statuses cycle confirmed, corrected, added, pending, rejected.
  articleIds = seedReportStore(store.db, 4, 10);
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

async function load(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(INDICATORS_SHEET)!;
  const keys = (sheet.getRow(1).values as unknown[]).map((h) => (typeof h === 'string' ? headerKey(h) : ''));
  const ids: number[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) ids.push(Number(row.getCell(keys.indexOf('id')).value));
  });
  return { wb, sheet, keys, ids };
}

describe('export scopes', () => {
  it('reports the reviewed statuses of the whole corpus by default, in article order', async () => {
    const report = await service.exportReport({});
    const { ids } = await load(report.dataBase64);
    expect(report.rows).toBe(24);
    const statuses = new Map(
      (await service.listIndicators({ limit: 100 })).items.map((i) => [i.id, i.status]),
    );
    expect(ids.every((id) => ['confirmed', 'corrected', 'added'].includes(statuses.get(id)!))).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('reports one article, or what the grid shows with its filters and sort', async () => {
    const one = await service.exportReport({
      scope: { kind: 'article', articleId: articleIds[1]! },
      statuses: ['pending'],
    });
    expect(one.rows).toBe(2);
    const grid = await service.exportReport({
      scope: {
        kind: 'grid',
        grid: {
          subject: '临江高新区',
          statuses: ['confirmed', 'pending'],
          sort: [{ field: 'value', dir: 'desc' }],
        },
      },
    });
    const { sheet, keys, ids } = await load(grid.dataBase64);
    const expected = await service.listIndicators({
      subject: '临江高新区',
      statuses: ['confirmed', 'pending'],
      sort: [{ field: 'value', dir: 'desc' }],
    });
    expect(ids).toEqual(expected.items.map((i) => i.id));
    expect(sheet.getRow(2).getCell(keys.indexOf('subject')).value).toBe('临江高新区');
  });
});

describe('the export job', () => {
  it('reports progress, then hands over the file once', async () => {
    const job = await service.startExport({ sheets: ['summary'] });
    const done = await service.jobs.settled(job.id);
    expect(done).toMatchObject({ state: 'done', kind: 'export', done: 24, total: 24 });
    const { downloadId, rows } = done.result as ReportDownload;
    expect(rows).toBe(24);
    const file = await service.fetchReport({ downloadId });
    const { wb } = await load(file.dataBase64);
    expect(wb.worksheets.map((w) => w.name)).toContain('汇总 Summary');
    await expect(service.fetchReport({ downloadId })).rejects.toThrow(/already fetched/);
  });

  it('stops when cancelled and leaves nothing to fetch', async () => {
    const job = await service.startExport({});
    await service.cancelJob({ id: job.id });
    const done = await service.jobs.settled(job.id);
    expect(done.state).toBe('cancelled');
    expect(done.result).toBeNull();
  });
});

describe('report presets', () => {
  it('saves, replaces by name, lists and deletes a preset', async () => {
    const saved = await service.saveReportPreset({
      name: '月报',
      options: { scope: { kind: 'corpus' }, columns: ['subject', 'value'], sheets: ['summary'] },
    });
    await service.saveReportPreset({ name: '月报', options: { columns: ['value'] } });
    const list = await service.listReportPresets({});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: saved.id, name: '月报', options: { columns: ['value'] } });
    const report = await service.exportReport(list[0]!.options);
    expect((await load(report.dataBase64)).keys.slice(1)).toEqual(['id', 'value']);
    await service.deleteReportPreset({ id: saved.id });
    expect(await service.listReportPresets({})).toEqual([]);
    await expect(service.saveReportPreset({ name: ' ', options: {} })).rejects.toThrow(
      /invalid|saveReportPreset/,
    );
  });
});

describe('the round trip', () => {
  async function edited(edit: (sheet: ExcelJS.Worksheet, col: (key: string) => number) => void) {
    const report = await service.exportReport({});
    const { wb, sheet, keys } = await load(report.dataBase64);
    edit(sheet, (key) => keys.indexOf(key));
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    return { fileName: 'edited.xlsx', dataBase64: bytes.toString('base64') };
  }

  it('lists changed values, statuses and notes and deleted rows, and applies chosen ones with an audit', async () => {
    const file = await edited((sheet, col) => {
      sheet.getRow(2).getCell(col('value')).value = 4321.5;
      sheet.getRow(3).getCell(col('status')).value = 'pending';
      sheet.getRow(4).getCell(col('note')).value = '核对原文';
      sheet.spliceRows(5, 1);
    });
    const comparison = await service.compareReport(file);
    expect(comparison.rows).toBe(23);
    expect(comparison.differences.map((d) => [d.row, d.field, d.workbook])).toEqual([
      [2, 'value', '4321.5'],
      [3, 'status', 'pending'],
      [4, 'note', '核对原文'],
      [null, 'deleted', '（已删除 deleted）'],
    ]);
    const [value, , note, deleted] = comparison.differences;
    expect(deleted!.patch).toEqual({ status: 'rejected' });

    const results = await service.applyReportEdits({
      edits: [value!, note!, deleted!].map((d) => ({
        id: d.indicatorId,
        version: d.version,
        patch: d.patch!,
      })),
    });
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(results[0]!.indicator).toMatchObject({ value: 4321.5 });
    expect(results[2]!.indicator).toMatchObject({ status: 'rejected' });
    const audit = await service.listChanges({ indicatorId: value!.indicatorId });
    expect(audit.find((c) => c.field === 'value')).toMatchObject({ newValue: '4321.5', actor: '李分析' });

    // Applying the same difference again is refused as stale: the row moved on.
    const again = await service.applyReportEdits({
      edits: [{ id: value!.indicatorId, version: value!.version, patch: { value: 1 } }],
    });
    expect(again[0]).toMatchObject({ ok: false, error: expect.stringMatching(/changed elsewhere/) });
  });

  it('flags values that cannot be applied instead of guessing', async () => {
    const file = await edited((sheet, col) => {
      sheet.getRow(2).getCell(col('value')).value = '约四百';
      sheet.getRow(3).getCell(col('status')).value = '已确认';
    });
    const { differences } = await service.compareReport(file);
    expect(differences.map((d) => [d.field, d.patch, Boolean(d.problem)])).toEqual([
      ['value', null, true],
      ['status', null, true],
    ]);
  });

  it('refuses a workbook from another store and one without the id column', async () => {
    const other = openStore(path.join(tmp.dir, 'other.db'));
    seedReportStore(other.db, 1, 5);
    const foreign = await createService(other.db).exportReport({});
    other.db.close();
    await expect(
      service.compareReport({ fileName: 'a.xlsx', dataBase64: foreign.dataBase64 }),
    ).rejects.toThrow(/exported from another Tally store/);

    const noId = await edited((sheet) => sheet.spliceColumns(1, 1));
    await expect(service.compareReport(noId)).rejects.toThrow(/no “编号 id” column/);

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['id', 'value']);
    const plainFile = {
      fileName: 'plain.xlsx',
      dataBase64: Buffer.from(await plain.xlsx.writeBuffer()).toString('base64'),
    };
    await expect(service.compareReport(plainFile)).rejects.toThrow(
      new RegExp(`not a report exported by Tally.*${META_SHEET}`),
    );
    await expect(
      service.compareReport({
        fileName: 'junk.xlsx',
        dataBase64: Buffer.from('not a zip').toString('base64'),
      }),
    ).rejects.toThrow(/junk\.xlsx/);
  });
});
