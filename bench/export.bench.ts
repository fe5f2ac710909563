// Report export at scale: a generated store of 100,000 indicators exported as the full styled report
// (job path: streamed to a file), against the floor — the same rows, as plain values, written by
// exceljs's own streaming writer. Each phase runs in its own process so peak memory is its own.
// Also reports the longest the event loop was blocked during the export (the UI's responsiveness).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { REVIEW_STATUSES } from '../src/shared/domain.ts';
import { getIndicatorsByIds, listIndicatorIds } from '../src/core/db/indicators.repo.ts';
import { openStore } from '../src/core/db/open.ts';
import { exportToFile } from '../src/core/report/cli-export.ts';
import { seedReportStore } from '../src/core/report/fixture-store.ts';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 100_000);
const PER_ARTICLE = 50;
const [phase, dir] = process.argv.slice(2);

interface Figures {
  ms: number;
  peakMb: number;
  bytes: number;
  maxBlockMs?: number;
}

function measure(run: () => Promise<number>): Promise<Figures> {
  const start = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return run().then((bytes) => {
    loop.disable();
    return {
      ms: Math.round(performance.now() - start),
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      bytes,
      maxBlockMs: Math.round(loop.max / 1e6),
    };
  });
}

async function report(store: string, out: string): Promise<number> {
  const { db } = openStore(store);
  const outcome = await exportToFile(db, { statuses: [...REVIEW_STATUSES] }, out);
  db.close();
  if (outcome.rows !== INDICATORS) throw new Error(`exported ${outcome.rows} rows, expected ${INDICATORS}`);
  return fs.statSync(out).size;
}

/** The floor: the same rows from the same store, as plain values, no styles, one sheet. */
async function floor(store: string, out: string): Promise<number> {
  const { db } = openStore(store);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out });
  const sheet = workbook.addWorksheet('Indicators');
  const ids = listIndicatorIds(db, { statuses: [...REVIEW_STATUSES], sort: [] });
  const titles = new Map<
    number,
    { title: string; published: string | null; source: string | null; url: string | null }
  >();
  for (const a of db.prepare('SELECT id, title, published, source, url FROM articles').all() as {
    id: number;
    title: string;
    published: string | null;
    source: string | null;
    url: string | null;
  }[])
    titles.set(a.id, a);
  for (let i = 0; i < ids.length; i += 1000) {
    for (const x of getIndicatorsByIds(db, ids.slice(i, i + 1000))) {
      const a = titles.get(x.articleId);
      sheet
        .addRow([
          x.id,
          x.articleId,
          a?.title,
          a?.published,
          a?.source,
          a?.url,
          x.quote,
          x.value,
          x.range?.[0],
          x.range?.[1],
          x.unit,
          x.norm.value,
          x.norm.unit,
          x.approx,
          x.measure,
          x.kind,
          x.category,
          x.indicator,
          x.subject,
          x.period,
          x.periodNorm,
          x.confidence,
          x.status,
          null,
          x.note,
        ])
        .commit();
    }
  }
  await sheet.commit();
  await workbook.commit();
  db.close();
  return fs.statSync(out).size;
}

if (phase === 'seed') {
  const { db } = openStore(path.join(dir!, 'tally.db'));
  seedReportStore(db, INDICATORS / PER_ARTICLE, PER_ARTICLE);
  db.close();
} else if (phase === 'report' || phase === 'floor') {
  const store = path.join(dir!, 'tally.db');
  const out = path.join(dir!, `${phase}.xlsx`);
  const figures = await measure(() => (phase === 'report' ? report(store, out) : floor(store, out)));
  process.stdout.write(JSON.stringify(figures));
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-bench-export-'));
  try {
    const self = import.meta.filename;
    const run = (p: string) => {
      const res = spawnSync(process.execPath, [self, p, tmp], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (res.status !== 0) throw new Error(`${p} failed: ${res.stderr}`);
      return res.stdout;
    };
    const seedStart = performance.now();
    run('seed');
    console.log(
      `store: ${INDICATORS.toLocaleString('en-US')} indicators generated in ${Math.round(performance.now() - seedStart)} ms`,
    );
    const floorFigures = JSON.parse(run('floor')) as Figures;
    const reportFigures = JSON.parse(run('report')) as Figures;
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    console.log(
      `floor  (exceljs streaming, plain values, 1 sheet): ${floorFigures.ms} ms, peak RSS ${floorFigures.peakMb} MB, ${mb(floorFigures.bytes)} MB file`,
    );
    console.log(
      `report (styled, 5 sheets + round-trip sheet):      ${reportFigures.ms} ms, peak RSS ${reportFigures.peakMb} MB, ${mb(reportFigures.bytes)} MB file`,
    );
    console.log(`report / floor time: ${(reportFigures.ms / floorFigures.ms).toFixed(2)}× (target ≤ 1.20×)`);
    console.log(`longest event-loop block during the report: ${reportFigures.maxBlockMs} ms`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
