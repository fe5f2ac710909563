// An exported report as a manager may receive it: converted to PDF by LibreOffice headless, its pages
// turned to PNG by pdftoppm. The Chinese text must survive: it is in the PDF's text, set in an
// embedded CJK font (not boxes), and the first page renders to a real image.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../src/shared/domain.ts';
import { openStore, type Db } from '../src/core/db/open.ts';
import { exportToFile } from '../src/core/report/cli-export.ts';
import { seedReportStore } from '../src/core/report/fixture-store.ts';
import { tempDir } from '../src/core/testing/temp.ts';

const run = promisify(execFile);

/** The tools this check needs, with how to get them when one is missing. */
async function need(tool: string): Promise<void> {
  try {
    await run('which', [tool]);
  } catch {
    throw new Error(
      `${tool} is not installed: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-noto-cjk`,
    );
  }
}

const tmp = tempDir('tally-pdf-');
let db: Db;
beforeAll(() => {
  db = openStore(path.join(tmp.dir, 'tally.db')).db;
  seedReportStore(db, 2, 6);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

describe('an exported report as PDF', () => {
  it('converts with LibreOffice headless and shows its Chinese text', { timeout: 180_000 }, async () => {
    for (const tool of ['soffice', 'pdftotext', 'pdffonts', 'pdftoppm']) await need(tool);
    const xlsx = path.join(tmp.dir, 'report.xlsx');
    await exportToFile(db, { statuses: [...REVIEW_STATUSES], sheets: ['summary'] }, xlsx);

    // A profile of its own, so a LibreOffice the analyst has open is neither used nor disturbed.
    const profile = `file://${path.join(tmp.dir, 'lo-profile')}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        tmp.dir,
        xlsx,
      ],
      { timeout: 150_000 },
    );
    const pdf = path.join(tmp.dir, 'report.pdf');
    expect(fs.existsSync(pdf)).toBe(true);

    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
    for (const words of ['指标', '临江高新区', '固定资产投资', '2024年前三季度'])
      expect(text).toContain(words);
    const { stdout: fonts } = await run('pdffonts', [pdf]);
    expect(fonts).toMatch(/CJK|Han|Hei|Song|Ming|WenQuanYi|Droid Sans Fallback/i);

    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(tmp.dir, 'page')]);
    const png = fs.readdirSync(tmp.dir).find((f) => /^page-0*1\.png$/.test(f));
    expect(png).toBeDefined();
    // A blank or failed page is a few hundred bytes; a page of CJK text is tens of kilobytes.
    expect(fs.statSync(path.join(tmp.dir, png!)).size).toBeGreaterThan(10_000);
  });
});
