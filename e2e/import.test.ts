// Importing in a real browser: pick a folder of mixed files, watch the progress, read the
// summary with the bad file's reason, then find an article by a two-character term.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../src/core/ingest/fixtures/legacy-encoders.ts';
import { HTML_PAGE, PNG_AS_TEXT } from '../src/core/ingest/fixtures/index.ts';
import { tempDir } from '../src/core/testing/temp.ts';
import { openSession, type Session } from './harness.ts';

let s: Session;
let tmp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  s = await openSession();
  tmp = tempDir('tally-e2e-import-');
});
afterAll(async () => {
  await s?.close();
  tmp?.cleanup();
});

function mixedFolder(): string {
  const dir = path.join(tmp.dir, '稿件');
  fs.mkdirSync(path.join(dir, '子目录'), { recursive: true });
  for (let i = 0; i < 40; i++) {
    fs.writeFileSync(
      path.join(dir, `园区${i}.txt`),
      `东港园区第${i}期简报\n今年以来,东港园区完成投资${i + 10}亿元,新增企业${i + 2}家,编号${i}。\n`,
    );
  }
  fs.writeFileSync(
    path.join(dir, '子目录', '青湾.txt'),
    encodeLegacy('青湾港口吞吐量创新高\n青湾港口上半年完成吞吐量1.2亿吨。\n', 'gbk'),
  );
  fs.writeFileSync(path.join(dir, '子目录', 'nanyu.html'), HTML_PAGE);
  fs.writeFileSync(path.join(dir, '图片.txt'), PNG_AS_TEXT);
  return dir;
}

describe('import in browser mode', () => {
  it('imports a folder with progress, reports the bad file, and finds a two-character term', async () => {
    const { page } = s;
    await page.getByTestId('empty-store').waitFor();
    // Watched on every frame from before the files are picked: 43 small files import in well under
    // a second, and the progress gives way to the summary when they are done.
    const progress = page.waitForFunction(
      () =>
        /\d+ \/ 43/u.test(document.querySelector('[data-testid="import-progress-count"]')?.textContent ?? ''),
      undefined,
      { polling: 'raf', timeout: 20_000 },
    );
    await page.getByTestId('import-folder-input').setInputFiles(mixedFolder());
    await progress;

    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-counts').textContent()).toMatch(
      /已导入 42 篇 · 重复 0 篇 · 跳过 1 个/u,
    );
    expect(await summary.locator('.import-skipped').textContent()).toMatch(
      /图片\.txt.*binary \(a PNG image\)/u,
    );

    await page.getByTestId('article-search').fill('港口');
    await expect
      .poll(() => page.getByTestId('article-item').allTextContents())
      .toEqual([expect.stringContaining('青湾港口吞吐量创新高')]);
  });
});
