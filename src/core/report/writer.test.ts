// The workbook writer thread read back: linked cells share one relationship per distinct URL yet each
// opens its own article, texts past Excel's cell limit are cut, and a cancelled export stops at once.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import type { Indicator } from '../../shared/domain.ts';
import { tempDir } from '../testing/temp.ts';
import { figureFor } from './fixture-store.ts';
import {
  INDICATOR_COLUMNS,
  INDICATORS_SHEET,
  writeReport,
  writeReportToFile,
  type ReportInput,
  type ReportRow,
} from './index.ts';

function rows(count: number, articles: number): ReportRow[] {
  return Array.from({ length: count }, (_, n) => {
    const articleId = (n % articles) + 1;
    const indicator: Indicator = {
      ...figureFor(n),
      id: n + 1,
      articleId,
      note: n === 0 ? 'x'.repeat(40_000) : '',
      version: 1,
      updatedAt: '2024-12-01T00:00:00Z',
    };
    const url = `https://news.example.cn/a/${articleId}?from=tally&n=<${articleId}>`;
    return {
      indicator,
      reviewer: null,
      article: { id: articleId, title: `简报${articleId}`, published: null, source: null, url },
    };
  });
}

function input(list: ReportRow[], extra: Partial<ReportInput> = {}): ReportInput {
  return {
    rows: [list],
    total: list.length,
    changes: () => [],
    about: {
      storeId: 'store-1',
      scope: 'whole corpus',
      filters: '',
      statuses: ['confirmed'],
      appVersion: '0.1.0',
      exportedAt: new Date(Date.UTC(2026, 10, 22)),
    },
    sheets: [],
    ...extra,
  };
}

describe('the workbook writer thread', () => {
  it('writes one hyperlink relationship per distinct URL, and every linked cell opens its own', async () => {
    const list = rows(30, 3);
    const { bytes } = await writeReport(input(list));
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
    const at = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/_rels/sheet1.xml.rels'));
    const relsXml = Buffer.from(zip.FileIndex[at]!.content as Uint8Array).toString('utf8');
    expect(relsXml.match(/<Relationship /g)).toHaveLength(3);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(INDICATORS_SHEET)!;
    const url = INDICATOR_COLUMNS.findIndex((c) => c.key === 'url') + 1;
    list.forEach((row, i) => {
      const cell = sheet.getRow(i + 2).getCell(url);
      expect(cell.type).toBe(ExcelJS.ValueType.Hyperlink);
      expect(cell.value).toMatchObject({ hyperlink: row.article!.url, text: row.article!.url });
    });
    // A second reader follows the same links (SheetJS CE leaves the target's XML escapes as they are).
    const read = XLSX.read(bytes, { type: 'buffer' }).Sheets[INDICATORS_SHEET]!;
    const col = XLSX.utils.encode_col(url - 1);
    expect(read[`${col}2`]?.l?.Target).toMatch(/^https:\/\/news\.example\.cn\/a\/1\?/);
    expect(read[`${col}31`]?.l?.Target).toMatch(/^https:\/\/news\.example\.cn\/a\/3\?/);
  });

  it('cuts a text longer than Excel allows in a cell', async () => {
    const { bytes } = await writeReport(input(rows(2, 1)));
    const sheet = XLSX.read(bytes, { type: 'buffer' }).Sheets[INDICATORS_SHEET]!;
    const col = XLSX.utils.encode_col(INDICATOR_COLUMNS.findIndex((c) => c.key === 'note'));
    const note = String(sheet[`${col}2`]?.v);
    expect(note).toHaveLength(32_767);
    expect(note.endsWith('x…')).toBe(true);
  });

  it('stops when cancelled mid-export and leaves no file behind', async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, 'report.xlsx');
      const controller = new AbortController();
      const batches = function* () {
        for (let i = 0; i < 50; i++) {
          if (i === 3) controller.abort();
          yield rows(500, 10);
        }
      };
      await expect(
        writeReportToFile(input([], { rows: batches(), total: 25_000, signal: controller.signal }), file),
      ).rejects.toThrow(/cancelled/);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });
});
