// "Export what the grid shows" in a real browser: with a column filter and a sort set in the corpus
// grid, the exported Indicators sheet holds exactly the grid's rows, in the grid's order; and after a
// round-trip apply the open grid shows the applied value without a manual reload.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportStore } from '../src/core/report/fixture-store.ts';
import { ABOUT_SHEET, headerKey, INDICATORS_SHEET } from '../src/core/report/index.ts';
import { openSession, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  // 5 invented articles × 10 figures; subjects cycle over five parks, values vary.
  seedReportStore(s.app.store.db, 5, 10);
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

/** The ids of the rows the grid displays, top to bottom (a pinned column repeats each row). */
async function gridIds(page: Page): Promise<number[]> {
  const rows = await page
    .locator('[data-testid="indicator-grid"] .ag-row[row-id]')
    .evaluateAll((els) =>
      els.map((r) => [Number(r.getAttribute('row-index')), Number(r.getAttribute('row-id'))]),
    );
  return [...new Map(rows.map(([index, id]) => [index!, id!])).entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, id]) => id);
}

function column(sheet: ExcelJS.Worksheet, key: string): number {
  const keys = (sheet.getRow(1).values as unknown[]).map((h) => (typeof h === 'string' ? headerKey(h) : ''));
  return keys.indexOf(key);
}

describe('export what the grid shows', () => {
  let shown: number[] = [];
  let exported = '';

  it('filters the corpus grid by unit and sorts it by value, descending', async () => {
    const { page } = s;
    await page.getByTestId('view-corpus').click();
    const grid = page.getByTestId('indicator-grid');
    await grid.locator('.ag-row').first().waitFor();
    // The corpus view renders only the rows around the viewport: more than ten of the fifty.
    expect((await gridIds(page)).length).toBeGreaterThan(10);

    await grid.locator('.ag-header-cell[col-id="unit"] .ag-header-cell-filter-button').click();
    await page.locator('.ag-filter input.ag-input-field-input').first().fill('个');
    const { n } = s.app.store.db
      .prepare(`SELECT count(*) AS n FROM indicators WHERE unit LIKE '%个%'`)
      .get() as { n: number };
    expect(n).toBeGreaterThan(2);
    expect(n).toBeLessThan(15);
    await expect.poll(() => gridIds(page).then((ids) => ids.length), { timeout: 10_000 }).toBe(n);
    await page.keyboard.press('Escape');

    const valueHeader = grid.locator('.ag-header-cell[col-id="value"] .ag-header-cell-label');
    await valueHeader.click();
    await valueHeader.click();
    await expect
      .poll(() => grid.locator('.ag-header-cell[col-id="value"]').getAttribute('aria-sort'))
      .toBe('descending');
    // The order is the store's (sorted in SQL), not the order the rows were written in.
    const inIdOrder = async () => {
      shown = await gridIds(page);
      return shown.join() === [...shown].sort((a, b) => a - b).join();
    };
    await expect.poll(inIdOrder).toBe(false);
    expect(shown).toHaveLength(n);
  });

  it('exports exactly those rows, in that order, and says so on the About sheet', async () => {
    const { page } = s;
    await page.getByTestId('export-options').click();
    await expect.poll(() => page.getByTestId('export-scope-grid').isChecked()).toBe(true);
    // Every status, so the report's rows are the grid's rows and nothing else decides.
    for (const status of ['pending', 'rejected']) await page.getByTestId(`export-status-${status}`).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-run').click(),
    ]);
    exported = await download.path();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const sheet = wb.getWorksheet(INDICATORS_SHEET)!;
    const idAt = column(sheet, 'id');
    const ids: number[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) ids.push(Number(row.getCell(idAt).value));
    });
    expect(ids).toEqual(shown);
    const about = JSON.stringify(wb.getWorksheet(ABOUT_SHEET)!.getSheetValues());
    expect(about).toContain('what the grid shows');
    expect(about).toContain('unit contains 个');
    expect(about).toContain('sort: value desc');
  });

  it('reloads the open grid after a round-trip apply', async () => {
    const { page } = s;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const sheet = wb.getWorksheet(INDICATORS_SHEET)!;
    const row = sheet.getRow(2);
    const id = Number(row.getCell(column(sheet, 'id')).value);
    row.getCell(column(sheet, 'value')).value = 4321.5;
    const file = path.join(path.dirname(s.storePath), 'edited-scope.xlsx');
    await wb.xlsx.writeFile(file);

    await page.getByTestId('roundtrip-open').click();
    await page.getByTestId('roundtrip-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('roundtrip-difference').count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('roundtrip-apply').click();
    await page.getByTestId('roundtrip-dialog').waitFor({ state: 'detached' });
    const cell = page.locator(`[data-testid="indicator-grid"] .ag-row[row-id="${id}"] [col-id="value"]`);
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toMatch(/4,?321\.5/);
  });
});
