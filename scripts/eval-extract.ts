// Runs the extractor over article files and writes one SCHEMA.md JSON per article, for score.mjs.
// Usage: node scripts/eval-extract.ts FILE... --out DIR
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle, toEvalJson } from '../src/core/extract/index.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (outAt < 0 || !args[outAt + 1]) {
  console.error('usage: node scripts/eval-extract.ts FILE... --out DIR');
  process.exit(2);
}
const outDir = args[outAt + 1] ?? '';
const files = args.filter((_, i) => i !== outAt && i !== outAt + 1);
fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  const name = path.basename(file);
  const json = toEvalJson(name, analyseArticle(text), text);
  fs.writeFileSync(
    path.join(outDir, `${name.replace(/\.[^.]+$/u, '')}.json`),
    `${JSON.stringify(json, null, 1)}\n`,
  );
}
console.log(`wrote ${files.length} file(s) to ${outDir}`);
