// The worker pool prepares exactly what preparing in line does, and a large import through it stores
// articles in file order, whole, with their offset maps and near-duplicate links.
import { describe, expect, it } from 'vitest';
import { decodeOffsetMap, toOriginalSpan } from './clean/index.ts';
import {
  csvOf,
  DOCX,
  HTML_PAGE,
  LIST_ROWS,
  NOISY_TRADITIONAL,
  PNG_AS_TEXT,
  TEXT_ENCODINGS,
} from './fixtures/index.ts';
import type { SourceFile } from './prepare-file.ts';
import { inlinePreparer, poolPreparer, POOL_MIN_FILES } from './prepare-pool.ts';
import { emptyTimings, runImport } from './run.ts';
import { useTempStore } from '../testing/store.ts';

const store = useTempStore();

const MIXED: SourceFile[] = [
  ...TEXT_ENCODINGS.map((t) => ({ name: t.name, bytes: t.bytes })),
  { name: 'page.html', bytes: Buffer.from(HTML_PAGE, 'utf8') },
  { name: 'doc.docx', bytes: DOCX },
  { name: 'list.csv', bytes: Buffer.from(csvOf(LIST_ROWS), 'utf8') },
  { name: 'picture.txt', bytes: PNG_AS_TEXT },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
];

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

/** Article n: invented prose of its own (a seeded pick of characters), with one figure. */
function prose(n: number): string {
  let seed = n * 7919 + 17;
  let text = '';
  for (let k = 0; k < 80; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += HAN[seed % HAN.length];
  }
  return `园区${n}号项目进展\n${text},完成投资${(n % 90) + 10}.5亿元,同比增长${n % 30}.5%。`;
}

/** Every third file retells the one before it, with a source line added. */
const numbered = (i: number): SourceFile => {
  const text = i % 3 === 2 ? `${prose(i - 1)}\n(来源:青湾晚报)` : prose(i);
  return { name: `a${i}.txt`, bytes: Buffer.from(text, 'utf8') };
};

describe('the prepare pool', () => {
  it('gives the same articles, figures, signatures and reasons as preparing in line', async () => {
    const pool = poolPreparer({}, [], 2);
    try {
      const pooled = await Promise.all(MIXED.map((f) => pool.prepare(f)));
      const inline = await Promise.all(MIXED.map((f) => inlinePreparer({}).prepare(f)));
      const comparable = (r: (typeof pooled)[number]) => ({ articles: r.articles, skipped: r.skipped });
      expect(pooled.map(comparable)).toEqual(inline.map(comparable));
      expect(pooled.flatMap((r) => r.skipped.map((s) => s.file))).toEqual(['picture.txt', 'empty.txt']);
      expect(pool.workerCpuMicros()).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('imports a large batch in file order, each article whole, with near-duplicates linked', async () => {
    const files = Array.from({ length: POOL_MIN_FILES + 16 }, (_, i) => numbered(i));
    files.splice(10, 0, { name: 'traditional.txt', bytes: Buffer.from(NOISY_TRADITIONAL, 'utf8') });
    const timings = emptyTimings();
    const summary = await runImport(store().db, files, { timings });
    expect(summary.imported.map((a) => a.file)).toEqual(files.map((f) => f.name));
    expect(summary.counts).toEqual({
      imported: files.length,
      duplicates: 0,
      nearDuplicates: summary.nearDuplicates!.length,
    });
    expect(summary.nearDuplicates!.map((n) => n.file)).toEqual(
      files.map((f) => f.name).filter((name) => Number(/^a(\d+)/u.exec(name)?.[1] ?? 0) % 3 === 2),
    );
    expect(timings.prepare).toBeGreaterThan(0);
    expect(timings.workerCpuMicros).toBeGreaterThan(0);

    // The offset map came back from a worker and still maps figures onto the original text.
    const row = store()
      .db.prepare(
        "SELECT id, original_text, clean_text, offset_map FROM articles WHERE file_name = 'traditional.txt'",
      )
      .get() as { id: number; original_text: string; clean_text: string; offset_map: Buffer };
    expect(Buffer.isBuffer(row.offset_map)).toBe(true);
    const origin = decodeOffsetMap(row.offset_map, row.clean_text.length);
    const figures = store()
      .db.prepare('SELECT span_start, span_end, quote FROM indicators WHERE article_id = ?')
      .all(row.id) as { span_start: number; span_end: number; quote: string }[];
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(row.original_text.slice(f.span_start, f.span_end)).toBe(f.quote);
    expect(toOriginalSpan(origin, 0, 2)[1]).toBeGreaterThan(0);
  });
});
