// Report export at scale: a generated store of 100,000 indicators exported as the full styled report
// (job path: streamed to a file), against the floor — the same rows, as plain values, written by
// exceljs's own streaming writer. Each phase runs in its own process so peak memory is its own, and
// the two alternate for a few rounds (the machine is shared and noisy): the figures are medians.
// Also reports the longest the event loop was blocked during the export (the UI's responsiveness).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REVIEW_STATUSES } from '../src/shared/domain.ts';
import { listIndicatorIds } from '../src/core/db/indicator-ids.ts';
import { getIndicatorsByIds } from '../src/core/db/indicators.repo.ts';
import { openStore } from '../src/core/db/open.ts';
import { exportToFile } from '../src/core/report/cli-export.ts';
import { seedReportStore } from '../src/core/report/fixture-store.ts';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 100_000);
const PER_ARTICLE = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The event-loop watch ticks this often; a late tick is time the loop could not serve a call. */
const TICK_MS = 5;
const [phase, dir] = process.argv.slice(2);

interface Figures {
  ms: number;
  peakMb: number;
  bytes: number;
  maxBlockMs: number;
  /**
   * The most CPU the main thread itself spent between two ticks: the block our code causes, apart
   * from time the busy machine did not schedule the process at all.
   */
  maxBlockCpuMs: number;
  /** CPU time of all the process's threads: steadier than wall time on a busy machine. */
  cpuMs: number;
}

/**
 * Times `run` and watches the event loop with a short interval timer: the longest gap between ticks
 * is the longest the process could not have answered the UI. (perf_hooks' monitorEventLoopDelay
 * misses a single long block, so it is not used here.)
 */
function measure(run: () => Promise<number>): Promise<Figures> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let last = start;
  let lastCpu = process.threadCpuUsage();
  let maxBlock = 0;
  let maxBlockCpu = 0;
  const watch = setInterval(() => {
    const now = performance.now();
    const cpu = process.threadCpuUsage();
    maxBlock = Math.max(maxBlock, now - last - TICK_MS);
    maxBlockCpu = Math.max(maxBlockCpu, (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000);
    last = now;
    lastCpu = cpu;
  }, TICK_MS);
  return run().then((bytes) => {
    clearInterval(watch);
    const cpu = process.cpuUsage(cpuStart);
    maxBlock = Math.max(maxBlock, performance.now() - last - TICK_MS);
    const threadCpu = process.threadCpuUsage(lastCpu);
    maxBlockCpu = Math.max(maxBlockCpu, (threadCpu.user + threadCpu.system) / 1000);
    return {
      ms: Math.round(performance.now() - start),
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      bytes,
      maxBlockMs: Math.round(maxBlock),
      maxBlockCpuMs: Math.round(maxBlockCpu),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
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
    const floors: Figures[] = [];
    const reports: Figures[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      floors.push(JSON.parse(run('floor')) as Figures);
      reports.push(JSON.parse(run('report')) as Figures);
      const [f, r] = [floors.at(-1)!, reports.at(-1)!];
      console.log(
        `round ${round}: floor ${f.ms} ms (CPU ${f.cpuMs} ms, block ${f.maxBlockMs} ms / ${f.maxBlockCpuMs} ms CPU), ` +
          `report ${r.ms} ms (CPU ${r.cpuMs} ms, block ${r.maxBlockMs} ms / ${r.maxBlockCpuMs} ms CPU), ${(r.ms / f.ms).toFixed(2)}×`,
      );
    }
    const median = (list: Figures[], key: keyof Figures) => {
      const sorted = list.map((f) => f[key] ?? 0).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)]!;
    };
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    const line = (list: Figures[]) =>
      `${median(list, 'ms')} ms (CPU ${median(list, 'cpuMs')} ms), peak RSS ${median(list, 'peakMb')} MB, ${mb(median(list, 'bytes'))} MB file, longest event-loop block ${median(list, 'maxBlockMs')} ms (${median(list, 'maxBlockCpuMs')} ms of it the thread's own CPU)`;
    console.log(`medians of ${ROUNDS} rounds:`);
    console.log(`floor  (exceljs streaming, plain values, 1 sheet): ${line(floors)}`);
    console.log(`report (styled, 5 sheets + round-trip sheet):      ${line(reports)}`);
    console.log(
      `report / floor time: ${(median(reports, 'ms') / median(floors, 'ms')).toFixed(2)}× (target ≤ 1.20×); ` +
        `CPU ${(median(reports, 'cpuMs') / median(floors, 'cpuMs')).toFixed(2)}×`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
