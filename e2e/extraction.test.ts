// Extraction in a real browser: an analyst adds a lexicon term, previews re-extraction (the category
// change shown old → new), applies it, and the grid shows the figure's new category.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness.ts';

const WAIT = { timeout: 15_000 };
// Invented, in the style of a park's quarterly news.
const ARTICLE = [
  '东坪工业园一季度经济运行',
  '2024-04-12 09:00:00',
  '一季度，东坪工业园完成固定资产投资12.5亿元，同比增长8.2%。',
  '园区实现算力服务收入3.6亿元，新增入驻企业14家。',
].join('\n');

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

type Row = { id: number; category: string; status: string };
const stored = (quote: string) =>
  s.app.store.db.prepare('SELECT id, category, status FROM indicators WHERE quote = ?').get(quote) as
    Row | undefined;

describe('re-extraction after a lexicon change, end to end', () => {
  it('imports an article whose revenue figure the shipped lexicon calls revenue', async () => {
    const { page } = s;
    const file = path.join(path.dirname(s.storePath), 'dongping.txt');
    fs.writeFileSync(file, ARTICLE);
    await page.getByTestId('import-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('figure-highlight').count(), WAIT).toBeGreaterThan(2);
    expect(stored('3.6亿元')?.category).toBe('revenue');
  });

  it('adds a lexicon term and lists it with what the shipped lexicon says', async () => {
    const { page } = s;
    await page.getByTestId('extraction-open').click();
    await page.getByTestId('extraction-tab-lexicon').click();
    await page.getByTestId('lexicon-empty').waitFor();
    await page.getByTestId('lexicon-term').fill('算力服务收入');
    await page.getByTestId('lexicon-category').selectOption('output');
    await page.getByTestId('lexicon-save').click();
    const entry = page.locator('[data-testid="lexicon-entry"][data-term="算力服务收入"]');
    await entry.waitFor();
    expect(await entry.locator('td').nth(1).textContent()).toBe('产值');
  });

  it('previews the change field by field without writing, then applies it', async () => {
    const { page } = s;
    await page.getByTestId('extraction-tab-reextract').click();
    await page.getByTestId('extraction-preview').click();
    const field = page.locator('[data-testid="reextract-field"][data-field="category"]');
    await field.waitFor(WAIT);
    expect(await field.textContent()).toBe('类别: 营收 → 产值');
    expect(await page.getByTestId('reextract-changed').count()).toBe(1);
    expect(stored('3.6亿元')?.category).toBe('revenue');

    await page.getByTestId('extraction-apply').click();
    await expect.poll(() => stored('3.6亿元')?.category, WAIT).toBe('output');
    expect(stored('3.6亿元')?.status).toBe('pending');
    await page.getByTestId('extraction-preview-result').waitFor({ state: 'detached' });
  });

  it('shows the new category in the grid, and a second preview finds nothing to do', async () => {
    const { page } = s;
    await page.getByTestId('extraction-preview').click();
    await expect
      .poll(() => page.getByTestId('extraction-preview-result').textContent(), WAIT)
      .toContain('没有需要改动的指标');
    await page.getByTestId('extraction-close').click();
    await page.getByTestId('extraction-dialog').waitFor({ state: 'detached' });

    // Wide enough that the grid renders the category column (it virtualises columns off screen).
    await page.setViewportSize({ width: 2600, height: 900 });
    await page.reload();
    await page.getByTestId('article-item').first().click();
    const id = stored('3.6亿元')!.id;
    const cell = page.locator(`[data-testid="indicator-grid"] [row-id="${id}"] [col-id="category"]`);
    await expect.poll(() => cell.textContent(), WAIT).toBe('产值');
  });
});
