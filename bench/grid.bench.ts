// The whole-corpus grid at scale: a generated store of 1,000,000 indicators served in browser mode
// and driven in Chromium. Measures first rows visible, a scroll to row 900,000, a sort by value, a
// filter by subject (each should stay under 300 ms) and one cell edit persisted end to end (median
// under 20 ms, from the Enter that commits it to the store's answer).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, RENDERER_DIR } from '../e2e/harness.ts';
import { openStore } from '../src/core/db/open.ts';
import { tempDir } from '../src/core/testing/temp.ts';
import { createService } from '../src/core/service.ts';
import { startBrowserMode } from '../src/core/web.ts';

const ROWS = Number(process.env.GRID_BENCH_ROWS ?? 1_000_000);
const PER_ARTICLE = 100;
const SUBJECTS = Array.from({ length: 200 }, (_, i) => `示例园区${String(i).padStart(3, '0')}`);
const UNITS: [string, string, number][] = [
  ['亿元', 'CNY', 1e8],
  ['万元', 'CNY', 1e4],
  ['%', '%', 1],
  ['家', 'count', 1],
];

function generate(file: string): void {
  const { db } = openStore(file);
  const now = new Date().toISOString();
  const article = db.prepare(
    `INSERT INTO articles (title, published, source, subject, content_hash, original_text, clean_text, imported_at)
     VALUES (?, ?, '示例来源', ?, ?, ?, ?, ?)`,
  );
  const indicator = db.prepare(
    `INSERT INTO indicators (article_id, span_start, span_end, quote, value, unit, norm_value, norm_unit, approx,
       measure, kind, category, indicator, subject, period, period_norm, confidence, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'exact', 'level', 'actual', 'investment', '固定资产投资', ?, '2024年', '2024',
       ?, ?, ?, ?)`,
  );
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const text = '园区完成投资12.5亿元，同比增长8.1%。'.repeat(PER_ARTICLE);
  db.transaction(() => {
    for (let a = 0; a < ROWS / PER_ARTICLE; a++) {
      const subject = SUBJECTS[a % SUBJECTS.length]!;
      const id = Number(
        article.run(`第${a}篇`, '2024-10-18', subject, `hash-${a}`, text, text, now).lastInsertRowid,
      );
      for (let i = 0; i < PER_ARTICLE; i++) {
        const [unit, norm, factor] = UNITS[i % UNITS.length]!;
        const value = Math.round(random() * 100000) / 100;
        const start = i * 21 + 6;
        indicator.run(
          id,
          start,
          start + 7,
          '12.5亿元',
          value,
          unit,
          value * factor,
          norm,
          subject,
          random(),
          random() < 0.8 ? 'pending' : 'confirmed',
          now,
          now,
        );
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}

/** AG Grid 36 scrolls its body in one viewport element. */
/** The store's share of each step: the same queries the grid sends, timed in-process. */
async function sqlTimes(storePath: string): Promise<void> {
  const { db } = openStore(storePath);
  // A kept store starts each run with no saved layout (a previous run's sort and filter).
  db.prepare("DELETE FROM settings WHERE key LIKE 'grid:%'").run();
  const api = createService(db, { actor: 'bench' });
  const time = async (label: string, input: Parameters<typeof api.listIndicators>[0]) => {
    const t = performance.now();
    await api.listIndicators(input);
    console.log(`  sql: ${label.padEnd(29)} ${(performance.now() - t).toFixed(1).padStart(6)} ms`);
  };
  await time('first page + count', { offset: 0, limit: 100 });
  await time('page at 900,000', { offset: 900_000, limit: 100, count: false });
  await time('sort by value + count', { sort: [{ field: 'value', dir: 'asc' }], offset: 0, limit: 100 });
  await time('filter by subject + count', {
    filters: [{ field: 'subject', op: 'equals', value: SUBJECTS[7]! }],
    offset: 0,
    limit: 100,
  });
  db.close();
}

const rowAt = (page: Page, index: number) =>
  page.locator(`[data-testid="indicator-grid"] [role="row"][row-index="${index}"][row-id] [col-id="value"]`);

async function timed(label: string, act: () => Promise<void>, done: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await act();
  await done();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms`);
  return ms;
}

async function firstRowId(page: Page): Promise<string | null> {
  return page
    .locator('[data-testid="indicator-grid"] [role="row"][row-index="0"][row-id]')
    .first()
    .getAttribute('row-id');
}

async function main() {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('run `npm run build` first');
  const tmp = tempDir('tally-grid-bench-');
  // GRID_BENCH_STORE keeps the generated store for the next run (generating takes minutes).
  const storePath = process.env.GRID_BENCH_STORE ?? path.join(tmp.dir, 'tally.db');
  if (!fs.existsSync(storePath)) {
    const t0 = performance.now();
    generate(storePath);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`generated ${ROWS.toLocaleString('en')} indicators in ${seconds} s`);
  }
  await sqlTimes(storePath);

  const app = await startBrowserMode({ storePath, rendererDir: RENDERER_DIR, actor: 'bench' });
  const browser = await launchChromium();
  const results: Record<string, number> = {};
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await page.goto(app.server.url);
    await rowAt(page, 0).waitFor({ timeout: 60_000 }); // the first article's rows: the app is up

    results.firstRows = await timed(
      'first rows visible (corpus view)',
      () => page.getByTestId('view-corpus').click(),
      async () => {
        await page.locator('[data-testid="indicator-grid"][data-scope="corpus"]').waitFor();
        await rowAt(page, 0).waitFor();
      },
    );

    results.scroll = await timed(
      `scroll to row ${Math.round(ROWS * 0.9).toLocaleString('en')}`,
      () =>
        page.locator('[data-testid="indicator-grid"] .ag-grid-viewport').evaluate((el, share) => {
          el.scrollTop = share * (el.scrollHeight - el.clientHeight);
        }, 0.9),
      () =>
        page.waitForFunction(
          (target) => {
            const rows = [
              ...document.querySelectorAll('[data-testid="indicator-grid"] [role="row"][row-index][row-id]'),
            ];
            return rows.some((r) => Math.abs(Number(r.getAttribute('row-index')) - target) < 200);
          },
          Math.round(ROWS * 0.9),
        ),
    );

    await page.locator('[data-testid="indicator-grid"] .ag-grid-viewport').evaluate((el) => {
      el.scrollTop = 0;
    });
    await rowAt(page, 0).waitFor();
    const before = await firstRowId(page);
    results.sort = await timed(
      'sort by value',
      () =>
        page
          .locator('[data-testid="indicator-grid"] .ag-header-cell[col-id="value"] .ag-header-cell-label')
          .click(),
      () =>
        page.waitForFunction((prev) => {
          const row = document.querySelector(
            '[data-testid="indicator-grid"] [role="row"][row-index="0"][row-id]',
          );
          return (
            row && row.getAttribute('row-id') !== prev && row.querySelector('[col-id="value"]')?.textContent
          );
        }, before),
    );

    const input = page.locator('[data-testid="indicator-grid"] .ag-floating-filter[col-id="subject"] input');
    await input.waitFor();
    const wanted = SUBJECTS[7]!;
    results.filter = await timed(
      'filter by subject (incl. 100 ms debounce)',
      () => input.fill(wanted),
      () =>
        page.waitForFunction((subject) => {
          const cells = [
            ...document.querySelectorAll(
              '[data-testid="indicator-grid"] [role="row"][row-id] [col-id="subject"]',
            ),
          ];
          return cells.length > 0 && cells.every((c) => c.textContent === subject);
        }, wanted),
    );
    await page.keyboard.press('Escape');

    const valueChanges = () =>
      (app.store.db.prepare("SELECT count(*) AS n FROM changes WHERE field = 'value'").get() as { n: number })
        .n;
    const changesBefore = valueChanges();
    const edits: number[] = [];
    for (let i = 0; i < 15; i++) {
      const cell = rowAt(page, i);
      await cell.dblclick();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String(1000 + i));
      const t = performance.now();
      await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/updateIndicator') && r.ok()),
        page.keyboard.press('Enter'),
      ]);
      edits.push(performance.now() - t);
      // Let the refresh an edit sets off (article list, progress) finish: the edit is timed on its own.
      await page.waitForTimeout(1000);
    }
    edits.sort((a, b) => a - b);
    results.editMedian = edits[Math.floor(edits.length / 2)]!;
    console.log(
      `${'cell edit persisted (median of 15)'.padEnd(34)} ${results.editMedian.toFixed(1).padStart(5)} ms`,
    );
    const made = valueChanges() - changesBefore;
    if (made !== 15) throw new Error(`expected 15 value changes in the store, found ${made}`);
  } finally {
    await browser.close();
    await app.close();
    tmp.cleanup();
  }
  const slow = ['firstRows', 'scroll', 'sort', 'filter'].filter((k) => results[k]! >= 300);
  if (slow.length || results.editMedian! >= 20) {
    console.log(`over budget: ${[...slow, ...(results.editMedian! >= 20 ? ['edit'] : [])].join(', ')}`);
  }
}

await main();
