// The skeleton's whole path in a real browser: import → highlighted figures and grid rows → edit a
// value → reload → export, with the workbook read back.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, openSession, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

/** Distinct row ids in the grid (a row with pinned columns is drawn as several row elements). */
async function gridRowIds({ page }: Session): Promise<string[]> {
  const ids = await page
    .locator('[data-testid="indicator-grid"] [role="row"][row-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('row-id')!));
  return [...new Set(ids)];
}

const valueCell = ({ page }: Session, rowId: string) =>
  page.locator(`[data-testid="indicator-grid"] [row-id="${rowId}"] [col-id="value"]`);

/** The machine running these may be busy: every wait is on a condition, with room to meet it. */
const WAIT = { timeout: 15_000 };

const demoFile = () =>
  path.join(
    DEMO_DIR,
    fs
      .readdirSync(DEMO_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!,
  );

describe('browser mode, end to end', () => {
  let editedId = '';

  it('imports a demo article and shows its figures highlighted and listed in the grid', async () => {
    const { page } = s;
    await page.getByTestId('empty-store').waitFor(WAIT);
    await page.getByTestId('import-input').setInputFiles(demoFile());
    await page.getByTestId('import-summary').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('article-item').count(), WAIT).toBe(1);
    const highlights = page.getByTestId('figure-highlight');
    await expect.poll(() => highlights.count(), WAIT).toBeGreaterThan(3);
    await expect.poll(() => gridRowIds(s), WAIT).toHaveLength(await highlights.count());
    // The highlighted text is the figure's quote, e.g. "128.5亿元".
    expect(await highlights.first().textContent()).toMatch(/\d/);
  });

  it('edits a value in the grid and keeps it across a reload', async () => {
    const { page } = s;
    editedId = (await gridRowIds(s))[0]!;
    await valueCell(s, editedId).dblclick();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4321.5');
    await page.keyboard.press('Enter');
    const highlight = page.locator(`[data-testid="figure-highlight"][data-indicator-id="${editedId}"]`);
    await expect.poll(() => highlight.getAttribute('data-status'), WAIT).toBe('corrected');

    await page.reload();
    await expect.poll(() => valueCell(s, editedId).textContent(), WAIT).toMatch(/4,?321\.5/);
    expect(await highlight.getAttribute('data-status')).toBe('corrected');
  });

  it('exports a workbook in which the edited value is a number', async () => {
    const { page } = s;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-button').click(),
    ]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const idCol = header.findIndex((h) => /\bid$/.test(h) && !/article/.test(h));
    const valueCol = header.findIndex((h) => /\bvalue$/.test(h));
    let found: unknown;
    sheet.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(idCol).value) === editedId) found = row.getCell(valueCol).value;
    });
    expect(found).toBe(4321.5);
  });
});
