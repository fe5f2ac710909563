// The CLI as an analyst runs it: real processes on real files and a real store.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './db/open.ts';
import { createService } from './service.ts';
import { tempDir } from './testing/temp.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');

/** Runs `tally …` as `npm run tally` does: this Node (24) on the CLI's source. */
async function tally(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'src/core/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TALLY_DB: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

describe('tally CLI', () => {
  it('imports files, keeps going past a bad one, and exports edited figures as numbers', async () => {
    const db = path.join(tmp.dir, 'cli.db');
    const good = path.join(tmp.dir, 'good.txt');
    fs.writeFileSync(
      good,
      '青湾开发区上半年招商引资\n2024年7月5日\n上半年,青湾开发区新签约项目35个,计划总投资218亿元。\n',
    );
    const empty = path.join(tmp.dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const imported = await tally(['import', good, empty, path.join(tmp.dir, 'missing.txt'), '--db', db]);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toMatch(/imported .*good\.txt/);
    expect(imported.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(imported.stderr).toMatch(/missing\.txt: no such file/);
    expect(imported.stdout).toMatch(/1 imported, 0 duplicates, 2 skipped/);

    // An analyst's edit, through the same service the app uses, on the same file.
    const store = openStore(db);
    const service = createService(store.db);
    const row = (await service.listIndicators({})).items.find((i) => i.quote === '218亿元')!;
    await service.updateIndicator({ id: row.id, version: row.version, patch: { value: 220 } });
    store.db.close();

    const out = path.join(tmp.dir, 'report.xlsx');
    const exported = await tally(['export', '--out', out, '--db', db]);
    expect(exported.stdout).toMatch(/1 indicators →/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(sheet.getRow(2).getCell(header.findIndex((h) => /\bvalue$/.test(h))).value).toBe(220);
  });

  it('refuses bad arguments with a usage message', async () => {
    const res = await tally(['export', '--status', 'maybe', '--out', path.join(tmp.dir, 'x.xlsx')]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/unknown status “maybe”/);
    expect((await tally(['frobnicate'])).stderr).toMatch(/unknown command/);
  });

  it('extracts the shared seeds into SCHEMA.md JSON that the scorer reads with no quote mismatches', async () => {
    const seeds = path.join(SHARED, 'seeds');
    expect(fs.existsSync(seeds), `the shared material must sit beside the repo at ${SHARED}`).toBe(true);
    const files = fs.readdirSync(seeds).map((f) => path.join(seeds, f));
    const out = path.join(tmp.dir, 'pred');
    const res = await tally(['extract', ...files, '--out', out]);
    expect(res.code).toBe(0);
    const scored = await run(process.execPath, [
      path.join(SHARED, 'eval/score.mjs'),
      ...['--gold', path.join(SHARED, 'eval/gold'), '--pred', out, '--text', seeds, '--json'],
    ]);
    const { summary } = JSON.parse(scored.stdout) as { summary: Record<string, number> };
    expect(summary.quote_errors).toBe(0);
    expect(summary.bad_spans).toBe(0);
    expect(summary.figures_f1).toBeGreaterThan(0.8);
  });
});
