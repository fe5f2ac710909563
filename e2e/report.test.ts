// The report's round trip in a real browser: export (as a job, downloaded), change two values and
// delete a row in the workbook with exceljs, import it back, see three differences, apply two, and
// find exactly those two in the audit.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportStore } from '../src/core/report/fixture-store.ts';
import { headerKey, INDICATORS_SHEET } from '../src/core/report/index.ts';
import { openSession, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  // 3 invented articles × 10 figures, straight into the store the browser is looking at.
  seedReportStore(s.app.store.db, 3, 10);
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

describe('report round trip, end to end', () => {
  let exported = '';
  const edited = { ids: [] as number[], deleted: 0 };

  it('exports the report as a job and downloads the workbook', async () => {
    const { page } = s;
    await page.getByTestId('export-button').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-button').click(),
    ]);
    exported = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    expect(wb.worksheets.map((w) => w.name)).toContain('汇总 Summary');
    // 30 figures, statuses cycling over five: confirmed, corrected and added are reported.
    expect(wb.getWorksheet(INDICATORS_SHEET)!.rowCount).toBe(1 + 18);
  });

  it('shows three differences for a workbook with two changed values and a deleted row, and applies two', async () => {
    const { page } = s;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const sheet = wb.getWorksheet(INDICATORS_SHEET)!;
    const keys = (sheet.getRow(1).values as unknown[]).map((h) =>
      typeof h === 'string' ? headerKey(h) : '',
    );
    const cell = (row: number, key: string) => sheet.getRow(row).getCell(keys.indexOf(key));
    for (const [row, value] of [
      [2, 1234.5],
      [3, 88],
    ] as const) {
      edited.ids.push(Number(cell(row, 'id').value));
      cell(row, 'value').value = value;
    }
    edited.deleted = Number(cell(5, 'id').value);
    sheet.spliceRows(5, 1);
    const file = path.join(path.dirname(s.storePath), 'edited.xlsx');
    await wb.xlsx.writeFile(file);

    await page.getByTestId('roundtrip-open').click();
    await page.getByTestId('roundtrip-file').setInputFiles(file);
    const differences = page.getByTestId('roundtrip-difference');
    // The workbook is parsed in a fresh worker thread: allow for a busy machine.
    await expect.poll(() => differences.count(), { timeout: 20_000 }).toBe(3);
    expect(await differences.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')))).toEqual([
      'value',
      'value',
      'deleted',
    ]);
    await page
      .locator('[data-testid="roundtrip-difference"][data-field="deleted"] input[type="checkbox"]')
      .uncheck();
    await page.getByTestId('roundtrip-apply').click();
    await page.getByTestId('roundtrip-dialog').waitFor({ state: 'detached' });
  });

  it('recorded the two applied changes in the audit and left the deleted row alone', () => {
    const db = s.app.store.db;
    const audit = db
      .prepare(
        `SELECT indicator_id AS id, field, new_value AS value FROM changes WHERE field = 'value' ORDER BY id`,
      )
      .all() as { id: number; field: string; value: string }[];
    expect(audit).toEqual([
      { id: edited.ids[0], field: 'value', value: '1234.5' },
      { id: edited.ids[1], field: 'value', value: '88' },
    ]);
    const values = db
      .prepare('SELECT id, value, status FROM indicators WHERE id IN (?, ?, ?) ORDER BY id')
      .all(...edited.ids, edited.deleted) as {
      id: number;
      value: number;
      status: string;
    }[];
    expect(values.find((v) => v.id === edited.ids[0])?.value).toBe(1234.5);
    expect(values.find((v) => v.id === edited.deleted)?.status).not.toBe('rejected');
    expect(
      db.prepare('SELECT count(*) AS n FROM changes WHERE indicator_id = ?').get(edited.deleted),
    ).toEqual({ n: 0 });
  });
});
