// Import throughput: 10,000 generated articles (~3 KB each, mixed encodings) read, cleaned,
// extracted and stored in a fresh store, in one import as the app runs it. The machine is shared, so
// besides wall time it prints CPU time (all threads), RSS every 1,000 articles (flat = good) and
// where the time went, stage by stage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../src/core/db/open.ts';
import { emptyTimings, runImport } from '../src/core/ingest/run.ts';
import { tempDir } from '../src/core/testing/temp.ts';
import { importCorpus, type CorpusKind } from './import-corpus.ts';

const TOTAL = Number(process.env.BENCH_ARTICLES ?? 10_000);
/** `mixed` (the default) or `dense`: see import-corpus.ts. */
const KIND = (process.env.BENCH_CORPUS ?? 'mixed') as CorpusKind;
const tmp = tempDir('tally-bench-');
const dbFile = path.join(tmp.dir, 'bench.db');
const store = openStore(dbFile);
const files = importCorpus(KIND, TOTAL);
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const threadCpu = () => {
  const t = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return t ? t.user + t.system : NaN;
};
console.log(
  `load average at start: ${load()} (${os.availableParallelism()} cores); RSS before importing ` +
    `${mb(process.memoryUsage.rss())} (the generated files included)`,
);

const STEP = Math.max(1, Math.round(TOTAL / 10));
let nextSample = STEP;
let peak = 0;
let lastAt = performance.now();
const timings = emptyTimings();
const cpu0 = process.cpuUsage();
const main0 = threadCpu();
const started = performance.now();
const summary = await runImport(
  store.db,
  files,
  { timings },
  {
    signal: new AbortController().signal,
    progress(done) {
      // Sampled every 32 files: reading RSS costs a system call.
      if (done % 32 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      if (done < nextSample) return;
      const now = performance.now();
      // As the earlier bench did: collect the main thread's garbage first, so RSS shows what is kept.
      globalThis.gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      const wal = fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0;
      console.log(
        `  ${String(done).padStart(6)} files  RSS ${mb(rss).padStart(7)}  heap ${mb(heapUsed).padStart(6)}  ` +
          `WAL ${mb(wal).padStart(5)}  last ${STEP}: ${((now - lastAt) / STEP).toFixed(2)} ms/article wall, ` +
          `waited ${(timings.waitingMs / 1000).toFixed(2)} s so far`,
      );
      lastAt = now;
      while (nextSample <= done) nextSample += STEP;
    },
  },
);
const wall = (performance.now() - started) / 1000;
const cpuUse = process.cpuUsage(cpu0);
const cpu = (cpuUse.user + cpuUse.system) / 1e6;
const mainCpu = (threadCpu() - main0) / 1e6;
const workerCpu = timings.workerCpuMicros / 1e6;
const imported = summary.counts?.imported ?? summary.imported.length;
if (summary.skipped.length) console.log('skipped:', summary.skipped.slice(0, 3));
const figures = (store.db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number }).n;
const links = (store.db.prepare('SELECT count(*) AS n FROM article_links').get() as { n: number }).n;
const perArticle = (ms: number) => `${(ms / imported).toFixed(3)} ms`;
console.log('per article, by stage (read + prepare summed over the threads that did them):');
for (const [stage, ms] of Object.entries(timings)) {
  if (stage !== 'workerCpuMicros' && stage !== 'waitingMs')
    console.log(`  ${stage.padEnd(15)} ${perArticle(ms)}`);
}
console.log(
  `CPU: ${cpu.toFixed(1)} s in all (main thread ${mainCpu.toFixed(1)} s, workers ${workerCpu.toFixed(1)} s) ` +
    `→ ${Math.round(imported / cpu)} articles per CPU-second`,
);
console.log(
  `the storing thread waited ${(timings.waitingMs / 1000).toFixed(1)} s of ${wall.toFixed(1)} for prepared files`,
);
console.log(`load average at end: ${load()}`);
console.log(
  `import (${KIND} corpus): ${imported} articles (${(bytes / TOTAL / 1024).toFixed(1)} KB avg, utf-8/gbk/utf-16/big5), ${figures} figures, ` +
    `${links} near-duplicate links in ${wall.toFixed(1)} s wall → ${Math.round(imported / wall)} articles/s, ` +
    `peak RSS ${mb(peak)}, store ${mb(fs.statSync(dbFile).size)}`,
);
store.db.close();
tmp.cleanup();
