// Importing lists with unrecognised columns, and reading near-duplicates, in a real browser: the
// analyst maps a list's columns from its header and sample row (or cancels, and the file stays
// skipped with the reason), and the open article lists its near-duplicates to jump to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf, RETOLD, STORY, workbookOf } from '../src/core/ingest/fixtures/index.ts';
import { openSession, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const ODD_ROWS = [
  ['报道标题', '稿件正文', '刊发日期', '来源'],
  ['东港园区签约', '东港园区本月签约项目7个,协议投资41亿元。', '2024-05-20', '东港发布'],
  ['南屿外贸', '南屿区外贸进出口总额88.2亿元,同比增长5.4%。', '2024-06-02', '南屿日报'],
];

const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

describe('column mapping and near-duplicates in browser mode', () => {
  it('maps an unrecognised list from its header and sample row; the rest of the batch is kept', async () => {
    const { page } = s;
    await page.getByTestId('empty-store').waitFor();
    await page
      .getByTestId('import-input')
      .setInputFiles([
        { name: '稿件.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOf(ODD_ROWS)) },
        text('简报.txt', '西岭园区第一期简报\n西岭园区新增企业5家,完成投资12亿元。'),
      ]);

    const dialog = page.getByTestId('column-mapping');
    await dialog.waitFor({ timeout: 30_000 });
    // The batch is already stored and summarised behind the dialog.
    expect(await page.getByTestId('import-counts').textContent()).toMatch(
      /已导入 1 篇 · 重复 0 篇 · 跳过 1 个/u,
    );
    expect(await dialog.getByRole('heading').textContent()).toContain('稿件.csv');
    expect(await dialog.getByTestId('mapping-preview').locator('th').allTextContents()).toEqual(ODD_ROWS[0]);
    expect(await dialog.getByTestId('mapping-preview').locator('td').allTextContents()).toEqual(ODD_ROWS[1]);
    // Recognised by name, so already chosen; focus starts on the text column, which is required.
    expect(await dialog.getByTestId('map-source').inputValue()).toBe('来源');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'map-content',
    );
    await dialog.getByRole('button', { name: '按此导入' }).click();
    expect(
      await dialog
        .getByTestId('map-content')
        .evaluate((el) => (el as HTMLSelectElement).validity.valueMissing),
    ).toBe(true);
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByTestId('map-content').selectOption('稿件正文');
    await dialog.getByTestId('map-title').selectOption('报道标题');
    await dialog.getByTestId('map-date').selectOption('刊发日期');
    await dialog.getByRole('button', { name: '按此导入' }).click();
    await expect
      .poll(() => page.getByTestId('import-counts').textContent(), { timeout: 30_000 })
      .toMatch(/已导入 3 篇 · 重复 0 篇 · 跳过 0 个/u);
    expect(await dialog.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('article-item').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('东港园区签约'),
          expect.stringContaining('南屿外贸'),
          expect.stringContaining('西岭园区第一期简报'),
        ]),
      );
  });

  it('skips a workbook whose mapping is cancelled with Escape, saying why', async () => {
    const { page } = s;
    await page.getByTestId('import-input').setInputFiles([
      {
        name: '名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: workbookOf(ODD_ROWS, 'xlsx'),
      },
    ]);
    const dialog = page.getByTestId('column-mapping');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('mapping-preview').locator('th').allTextContents()).toEqual(ODD_ROWS[0]);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('import-summary').locator('.import-skipped').textContent())
      .toMatch(/名单\.xlsx.*已跳过：取消了列的指定/u);
    expect(await dialog.count()).toBe(0);
    expect(await page.getByTestId('import-button').isEnabled()).toBe(true);
  });

  it('lists the open article’s near-duplicates and opens one', async () => {
    const { page } = s;
    await page
      .getByTestId('import-input')
      .setInputFiles([text('linjiang.txt', STORY), text('qingwan.txt', RETOLD)]);
    await expect
      .poll(() => page.getByTestId('import-counts').textContent(), { timeout: 30_000 })
      .toMatch(/已导入 2 篇/u);
    // The first imported article opens; its near-duplicate is listed beside it.
    await expect
      .poll(() => page.locator('.article-view-head h2').textContent())
      .toBe('临江高新区举行重大项目集中签约活动');
    const similar = page.getByTestId('similar-article');
    await similar.first().waitFor();
    expect(await similar.count()).toBe(1);
    expect(await similar.textContent()).toBe('临江高新区举行重大项目集中签约仪式');
    expect(await page.getByTestId('similar-articles').textContent()).toMatch(/青湾晚报 · 相似度 \d{2,3}%/u);

    await similar.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.article-view-head h2').textContent())
      .toBe('临江高新区举行重大项目集中签约仪式');
    await expect.poll(() => similar.textContent()).toBe('临江高新区举行重大项目集中签约活动');
  });
});
