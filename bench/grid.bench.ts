// The whole-corpus grid at scale: a generated store of 1,000,000 indicators served in browser mode
// and driven in Chromium. Measures first rows visible, a scroll to row 900,000, a sort by value, a
// filter by subject (each should stay under 300 ms) and one cell edit persisted end to end (median
// under 20 ms, from the Enter that commits it to the store's answer). Each step runs several times
// and the median is reported, with the load average: the machine is shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, RENDERER_DIR } from '../e2e/harness.ts';
import { openStore } from '../src/core/db/open.ts';
import { tempDir } from '../src/core/testing/temp.ts';
import { createService } from '../src/core/service.ts';
import { GridDriver, median, type Timing } from './grid-driver.ts';
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
  // Inserted here by SQL, not by the store code: their full-text entries are written in one go.
  db.exec("INSERT INTO article_search (article_search) VALUES ('rebuild')");
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}

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

const ROUNDS = Number(process.env.GRID_BENCH_ROUNDS ?? 5);
const EDITS = 15;

/** The first row id of a query, as the grid should show it once the step is done. */
function firstIds(storePath: string, subject: string) {
  const { db } = openStore(storePath);
  const first = (sql: string, ...params: unknown[]) =>
    String(
      db
        .prepare(sql)
        .pluck()
        .get(...params) as number,
    );
  const ids = {
    corpus: first('SELECT id FROM indicators ORDER BY article_id, span_start, id LIMIT 1'),
    byValue: first(
      'SELECT id FROM indicators ORDER BY coalesce(norm_value, range_low) ASC, article_id, span_start, id LIMIT 1',
    ),
    bySubject: first(
      'SELECT id FROM indicators WHERE subject = ? ORDER BY article_id, span_start, id LIMIT 1',
      subject,
    ),
  };
  db.close();
  return ids;
}

function report(label: string, times: Timing[], budget: number): boolean {
  const app = median(times.map((t) => t.app));
  const outer = median(times.map((t) => t.outer));
  const all = times.map((t) => t.app.toFixed(0)).join(' ');
  console.log(
    `${label.padEnd(42)} median ${app.toFixed(1).padStart(6)} ms  (${all}; driver-side median ${outer.toFixed(0)} ms)  budget ${budget} ms`,
  );
  return app < budget;
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
  const subject = SUBJECTS[7]!;
  const ids = firstIds(storePath, subject);
  const target = Math.round(ROWS * 0.9);

  const app = await startBrowserMode({ storePath, rendererDir: RENDERER_DIR, actor: 'bench' });
  const browser = await launchChromium();
  const ok: boolean[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    const grid = new GridDriver(page);
    await page.goto(app.server.url);
    await grid.rowAt(0).waitFor({ timeout: 60_000 }); // the first article's rows: the app is up
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${ROUNDS} rounds`,
    );

    const steps = {
      firstRows: [] as Timing[],
      scroll: [] as Timing[],
      sort: [] as Timing[],
      filter: [] as Timing[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      // From the article view, as an analyst opens the corpus.
      await page.getByTestId('view-article').click();
      await grid.waitForFirstRowNot(ids.corpus);
      await grid.settled();
      steps.firstRows.push(
        await grid.timed(
          () => page.getByTestId('view-corpus').click(),
          () => grid.waitForFirstRow(ids.corpus),
        ),
      );
      await grid.settled();
      steps.scroll.push(
        await grid.timed(
          () => grid.scrollTo(0.9),
          () => grid.waitForRowNear(target),
        ),
      );
      await grid.scrollTo(0);
      await grid.waitForFirstRow(ids.corpus);
      await grid.settled();
      steps.sort.push(
        await grid.timed(
          () => grid.clickHeader('value'),
          () => grid.waitForFirstRow(ids.byValue),
        ),
      );
      // Descending, then unsorted again.
      await grid.clickHeader('value');
      await grid.waitForFirstRowNot(ids.byValue);
      await grid.clickHeader('value');
      await grid.waitForFirstRow(ids.corpus);
      await grid.settled();
      const input = await grid.openFilter('subject');
      steps.filter.push(
        await grid.timed(
          () => input.fill(subject),
          () => grid.waitForFirstRow(ids.bySubject),
        ),
      );
      await input.fill('');
      await grid.waitForFirstRow(ids.corpus);
      await page.keyboard.press('Escape');
      await grid.settled();
    }
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    ok.push(report('first rows visible (corpus view)', steps.firstRows, 300));
    ok.push(report(`scroll to row ${target.toLocaleString('en')}`, steps.scroll, 300));
    ok.push(report('sort by value', steps.sort, 300));
    ok.push(report('filter by subject (incl. 100 ms debounce)', steps.filter, 300));

    const valueChanges = () =>
      (app.store.db.prepare("SELECT count(*) AS n FROM changes WHERE field = 'value'").get() as { n: number })
        .n;
    const changesBefore = valueChanges();
    const edits: Timing[] = [];
    // Values this run has not stored before (a kept store keeps the last run's), so each is a change.
    const base = 1000 + (Date.now() % 100_000) * 100;
    for (let i = 0; i < EDITS; i++) {
      await grid.startEdit(i);
      await page.keyboard.type(String(base + i));
      // Opening a row loads its article; the edit is timed on its own, from the key that commits it.
      await grid.settled();
      edits.push(await grid.commitEdit());
    }
    ok.push(report(`cell edit persisted (${EDITS} edits)`, edits, 20));
    const made = valueChanges() - changesBefore;
    if (made !== EDITS) throw new Error(`expected ${EDITS} value changes in the store, found ${made}`);
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    await app.close();
    tmp.cleanup();
  }
  if (ok.includes(false)) console.log('over budget: see the medians above');
}

await main();
