// Extraction throughput on the demo corpus, repeated: articles per second and peak memory.
import fs from 'node:fs';
import { analyseArticle } from '../src/core/extract/index.ts';
import { demoFiles, findResourcesDir } from '../src/core/resources.ts';

const texts = demoFiles(findResourcesDir()).map((f) => fs.readFileSync(f, 'utf8'));
const rounds = 400;
let figures = 0;
let peak = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const t of texts) figures += analyseArticle(t).figures.length;
  peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const articles = rounds * texts.length;
const chars = texts.reduce((n, t) => n + t.length, 0) * rounds;
console.log(
  `extract: ${articles} articles (${(chars / 1e6).toFixed(1)} M chars), ${figures} figures in ${seconds.toFixed(2)} s → ` +
    `${Math.round(articles / seconds)} articles/s, peak RSS ${(peak / 1048576).toFixed(0)} MB`,
);
