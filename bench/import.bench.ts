// Import throughput: 10,000 generated articles (~3 KB each, mixed encodings) read, cleaned,
// extracted and stored in a fresh store, in one import as the app runs it. The machine is shared, so
// besides wall time it prints CPU time (all threads), RSS every 1,000 articles (flat = good) and
// where the time went, stage by stage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../src/core/db/open.ts';
import { encodeLegacy, encodeUtf16 } from '../src/core/ingest/fixtures/legacy-encoders.ts';
import { emptyTimings, runImport, type SourceFile } from '../src/core/ingest/run.ts';
import { tempDir } from '../src/core/testing/temp.ts';

const TOTAL = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PLACES = ['临江高新区', '青湾开发区', '南屿县', '星河智造基地', '东港园区', '西岭新区'];
const INDUSTRIES = ['新能源', '集成电路', '生物医药', '智能制造', '现代物流', '数字经济'];

const PROSE = [
  '园区坚持把招商引资和项目建设作为经济工作的主抓手,持续优化营商环境,推动产业链上下游协同发展。',
  '有关负责人表示,下一步将围绕主导产业精准招商,强化要素保障,加快推动签约项目早落地、早开工、早投产。',
  '与此同时,园区深入开展企业服务行动,组织专班走访重点企业,帮助企业解决用工、融资、用地等方面的实际困难。',
  '在科技创新方面,园区加快建设公共技术服务平台,引导企业加大研发投入,培育一批专精特新中小企业。',
];

/** About 3.5 KB in UTF-8, 2.4 KB in GBK or UTF-16 (3 KB over the mix): a headline, a dateline, prose, a dozen or so figures, and a footer. */
function article(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const industry = INDUSTRIES[i % INDUSTRIES.length]!;
  const lines = [
    `${place}${industry}产业发展情况通报(第${i}期)`,
    `发布时间:2024-${String((i % 12) + 1).padStart(2, '0')}-15 来源:${place}发布`,
  ];
  for (let k = 0; lines.join('').length < 1200; k++) {
    const n = (i * 31 + k * 7) % 97;
    lines.push(
      `${k + 1}月份,${place}${INDUSTRIES[(i + k) % 6]}产业完成产值${n + 12}.${k % 10}亿元,同比增长${(n % 25) + 1}.${k % 9}%,新增规上企业${(n % 17) + 2}家。`,
      PROSE[(i + k) % PROSE.length]!,
      PROSE[(i + k + 1) % PROSE.length]!,
    );
  }
  lines.push(`编号${i}。`, '关键词: 产业 园区', 'Copyright © 2024 某某网 All rights reserved');
  return lines.join('\n');
}

function encode(i: number, text: string): SourceFile {
  switch (i % 4) {
    case 1:
      return { name: `a${i}.txt`, bytes: encodeLegacy(text.replace('©', '(C)'), 'gbk') };
    case 2:
      return { name: `a${i}.txt`, bytes: encodeUtf16(text, 'le', true) };
    default:
      return { name: `a${i}.txt`, bytes: Buffer.from(text, 'utf8') };
  }
}

const tmp = tempDir('tally-bench-');
const dbFile = path.join(tmp.dir, 'bench.db');
const store = openStore(dbFile);
const files: SourceFile[] = [];
for (let i = 0; i < TOTAL; i++) files.push(encode(i, article(i)));
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
      peak = Math.max(peak, process.memoryUsage.rss());
      if (done < nextSample) return;
      const now = performance.now();
      // As the earlier bench did: collect the main thread's garbage first, so RSS shows what is kept.
      globalThis.gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      const wal = fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0;
      console.log(
        `  ${String(done).padStart(6)} files  RSS ${mb(rss).padStart(7)}  heap ${mb(heapUsed).padStart(6)}  ` +
          `WAL ${mb(wal).padStart(5)}  last ${STEP}: ${((now - lastAt) / STEP).toFixed(2)} ms/article wall`,
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
  if (stage !== 'workerCpuMicros') console.log(`  ${stage.padEnd(15)} ${perArticle(ms)}`);
}
console.log(
  `CPU: ${cpu.toFixed(1)} s in all (main thread ${mainCpu.toFixed(1)} s, workers ${workerCpu.toFixed(1)} s) ` +
    `→ ${Math.round(imported / cpu)} articles per CPU-second`,
);
console.log(`load average at end: ${load()}`);
console.log(
  `import: ${imported} articles (${(bytes / TOTAL / 1024).toFixed(1)} KB avg, utf-8/gbk/utf-16), ${figures} figures, ` +
    `${links} near-duplicate links in ${wall.toFixed(1)} s wall → ${Math.round(imported / wall)} articles/s, ` +
    `peak RSS ${mb(peak)}, store ${mb(fs.statSync(dbFile).size)}`,
);
store.db.close();
tmp.cleanup();
