import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli.ts';
import { openStore } from '../db/open.ts';
import { saveReportPreset } from '../db/report-presets.repo.ts';
import { tempDir } from '../testing/temp.ts';
import { seedReportStore } from './fixture-store.ts';
import { headerKey, INDICATORS_SHEET } from './index.ts';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = path.join(tmp.dir, 'tally.db');
  const store = openStore(db);
  seedReportStore(store.db, 3, 5);
  saveReportPreset(store.db, '只看数值', { columns: ['value'], sheets: [] });
  store.db.close();
});
afterEach(() => tmp.cleanup());

async function tally(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  let code: number;
  try {
    code = await runCli(
      args,
      {},
      (l) => lines.push(l),
      (l) => errors.push(l),
    );
  } catch (e) {
    code = 2;
    errors.push(e instanceof Error ? e.message : String(e));
  }
  return { code, stdout: lines.join('\n'), stderr: errors.join('\n') };
}

async function sheetsOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(INDICATORS_SHEET)!;
  return {
    names: wb.worksheets.map((w) => w.name),
    keys: (sheet.getRow(1).values as string[]).slice(1).map(headerKey),
    rows: sheet.rowCount - 1,
  };
}

describe('tally export', () => {
  it('streams the whole corpus, one article, or what a grid filter selects into the file', async () => {
    const all = path.join(tmp.dir, 'all.xlsx');
    expect((await tally(['export', '--out', all, '--db', db])).stdout).toBe(`9 indicators → ${all}`);
    expect((await sheetsOf(all)).names).toHaveLength(6);

    const one = path.join(tmp.dir, 'one.xlsx');
    expect(
      (await tally(['export', '--out', one, '--db', db, '--scope', 'article:2', '--status', 'pending']))
        .stdout,
    ).toMatch(/^1 indicators/);

    const grid = path.join(tmp.dir, 'grid.xlsx');
    const res = await tally([
      'export',
      '--out',
      grid,
      '--db',
      db,
      '--scope',
      'grid:{"subject":"临江高新区","statuses":["confirmed","pending"]}',
      '--sheets',
      'summary',
    ]);
    expect(res.stdout).toMatch(/^3 indicators/);
    expect((await sheetsOf(grid)).names).toEqual([INDICATORS_SHEET, '汇总 Summary', '说明 About', '_tally']);
  });

  it('applies a saved preset by name, and refuses unknown scopes, statuses and presets', async () => {
    const out = path.join(tmp.dir, 'p.xlsx');
    expect((await tally(['export', '--out', out, '--db', db, '--scope', 'preset:只看数值'])).code).toBe(0);
    expect((await sheetsOf(out)).keys).toEqual(['id', 'value']);
    expect((await tally(['export', '--out', out, '--db', db, '--scope', 'preset:nope'])).stderr).toMatch(
      /no report preset named “nope”/,
    );
    expect((await tally(['export', '--out', out, '--db', db, '--scope', 'everything'])).stderr).toMatch(
      /unknown scope/,
    );
    expect((await tally(['export', '--out', out, '--db', db, '--status', 'maybe'])).stderr).toMatch(
      /unknown status “maybe”/,
    );
    expect((await tally(['export', '--out', out, '--db', db, '--columns', 'colour'])).code).toBe(2);
  });
});
