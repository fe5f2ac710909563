// Extraction throughput on a generated 10 MB corpus of ~3 KB articles (paragraphs of the invented demo
// articles, shuffled, with their numbers and place names varied), on one thread: chars/s, figures/s.
import fs from 'node:fs';
import { analyseArticle } from '../src/core/extract/index.ts';
import { demoFiles, findResourcesDir } from '../src/core/resources.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 10) * 1024 * 1024;
const PLACES = ['临江高新区', '青湾经开区', '南屿县', '北塘科技城', '东坪工业园', '西岭新区', '云港自贸区'];

/** A small deterministic generator, so every run reads the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(): string[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphs = demoFiles(findResourcesDir())
    .flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split(/\n\s*\n/u)
        .slice(1),
    )
    .filter((p) => p.length > 60);
  const out: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const place = pick(PLACES);
    let text = `${place}${pick(['前三季度', '上半年', '一季度', '2023年'])}经济运行情况\n2024-${1 + Math.floor(rnd() * 12)}-18 09:30:00\n\n`;
    while (text.length < 1000) {
      const p = pick(paragraphs).replace(/\d+(\.\d+)?/gu, (d) =>
        d.length >= 4 && /^20\d\d$/u.test(d) ? d : String(Math.round(Number(d) * (0.5 + rnd()) * 10) / 10),
      );
      text += `${p.replace(/临江高新区|青湾经济开发区|南屿县/gu, place)}\n\n`;
    }
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const texts = corpus();
const chars = texts.reduce((n, t) => n + t.length, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 200)) analyseArticle(t); // warm up the JIT
let figures = 0;
let peak = 0;
const threadCpu = () => {
  const t = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return t ? (t.user + t.system) / 1e6 : NaN;
};
const started = performance.now();
const cpu = process.cpuUsage();
const thread0 = threadCpu();
for (const [i, t] of texts.entries()) {
  figures += analyseArticle(t).figures.length;
  if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const threadSeconds = threadCpu() - thread0;
/** One line of rates for a span of time: MB/s, chars/s, figures/s, articles/s. */
function rates(label: string, secs: number): string {
  const f = (n: number) => Math.round(n).toLocaleString('en');
  return (
    `  ${label.padEnd(5)} ${secs.toFixed(2)} s → ${(bytes / 1048576 / secs).toFixed(2)} MB/s, ` +
    `${f(chars / secs)} chars/s, ${f(figures / secs)} figures/s, ${f(texts.length / secs)} articles/s`
  );
}
console.log(
  `extract: ${texts.length} articles, ${(bytes / 1048576).toFixed(1)} MB (${(chars / 1e6).toFixed(2)} M chars, ` +
    `avg ${Math.round(bytes / texts.length)} B), ${figures} figures, one thread, peak RSS ${(peak / 1048576).toFixed(0)} MB\n` +
    `${rates('wall', seconds)}\n${rates('CPU', cpuSeconds)}\n${rates('thread', threadSeconds)}\n` +
    "  (CPU: the process's user + system time, V8's GC and optimising-compiler threads included; thread: " +
    'the CPU time of the one thread that extracts. The target is 5 MB/s on one thread. Wall time suffers ' +
    'when other work shares the cores.)',
);
