import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import type { Change, Indicator } from '../../shared/domain.ts';
import { INDICATOR_COLUMNS, INDICATORS_SHEET, headerText, reportFileName, writeReport } from './index.ts';
import type { ReportArticle, ReportInput, ReportRow } from './index.ts';
import { makeIndicator } from '../../shared/testing/indicator.ts';

/** The shared test indicator, as a 临江高新区 figure for these reports. */
function indicator(overrides: Partial<Indicator>): Indicator {
  return makeIndicator({
    id: 1,
    articleId: 10,
    start: 0,
    end: 8,
    indicator: '固定资产投资',
    subject: '临江高新区',
    period: '前三季度',
    periodNorm: '2024-Q3',
    confidence: 0.92,
    version: 1,
    updatedAt: '2024-10-20T08:00:00Z',
    ...overrides,
  });
}

const articles = new Map<number, ReportArticle>([
  [
    10,
    {
      id: 10,
      title: '临江高新区前三季度固定资产投资稳步增长',
      published: '2024-10-18',
      source: '临江日报',
      url: 'https://news.example.cn/a/10',
    },
  ],
  [11, { id: 11, title: 'Qingwan monthly', published: '2024-09', source: null, url: 'javascript:alert(1)' }],
]);

const INJECTIONS = {
  subject: '=HYPERLINK("http://evil.example","点击")',
  indicator: '+1+2',
  period: '-3+4',
  note: '@SUM(A1:A9)',
};

const INDICATORS: Indicator[] = [
  indicator({}),
  indicator({
    id: 2,
    quote: '同比增长6%',
    value: 6,
    unit: '%',
    norm: { value: 6, unit: '%', range: null },
    measure: 'change',
  }),
  indicator({
    id: 3,
    articleId: 11,
    quote: '2-3家',
    value: null,
    range: [2, 3],
    unit: '家',
    norm: { value: null, unit: 'count', range: [2, 3] },
    kind: 'target',
    category: 'enterprises',
    ...INJECTIONS,
  }),
  indicator({ id: 4, articleId: 99, quote: '1,250.75万元', value: 1250.75, unit: '万元' }),
];

const CHANGES: Change[] = [
  {
    id: 1,
    indicatorId: 1,
    articleId: 10,
    field: 'value',
    oldValue: '238',
    newValue: '240.3',
    actor: '李分析',
    at: '2024-10-21T09:30:00.000Z',
  },
  {
    id: 2,
    indicatorId: 77,
    articleId: 10,
    field: 'status',
    oldValue: '"pending"',
    newValue: '"confirmed"',
    actor: 'someone',
    at: '2024-10-21T09:31:00.000Z',
  },
];

const EXPORTED_AT = new Date(Date.UTC(2026, 10, 22, 2, 15));

function reportInput(indicators: Indicator[], extra: Partial<ReportInput> = {}): ReportInput {
  const rows: ReportRow[] = indicators.map((i) => ({
    indicator: i,
    article: articles.get(i.articleId),
    reviewer: i.id === 1 ? '李分析' : null,
  }));
  return {
    rows: [rows.slice(0, 2), rows.slice(2)],
    total: rows.length,
    changes: (ids) => [CHANGES.filter((c) => ids.has(c.indicatorId))],
    about: {
      storeId: 'store-uuid-1',
      scope: '整个语料 whole corpus',
      filters: '',
      statuses: ['confirmed', 'corrected', 'added'],
      appVersion: '0.1.0',
      exportedAt: EXPORTED_AT,
    },
    ...extra,
  };
}

const fixture = reportInput(INDICATORS);

async function readBack(input: ReportInput) {
  const { bytes } = await writeReport(input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(INDICATORS_SHEET);
  if (!sheet) throw new Error('indicators sheet missing');
  const column = (key: string) => INDICATOR_COLUMNS.findIndex((c) => c.key === key) + 1;
  /** Row r of the data (1-based), column by key. */
  const cell = (r: number, key: string) => sheet.getRow(r + 1).getCell(column(key));
  return { bytes, workbook, sheet, cell, column };
}

describe('writeReport: indicators sheet read back', () => {
  it('writes figures as numeric cells with thousands separators and the decimals they have', async () => {
    const { cell } = await readBack(fixture);
    expect(cell(1, 'value').type).toBe(ExcelJS.ValueType.Number);
    expect(cell(1, 'value').value).toBe(240.3);
    expect(cell(1, 'value').numFmt).toBe('#,##0.0');
    expect(cell(1, 'norm_value').value).toBe(24_030_000_000);
    expect(cell(1, 'norm_value').numFmt).toBe('#,##0');
    expect(cell(4, 'value').value).toBe(1250.75);
    expect(cell(4, 'value').numFmt).toBe('#,##0.00');
    expect(cell(1, 'id').value).toBe(1);
    expect(cell(1, 'confidence').value).toBe(0.92);
    expect(cell(1, 'confidence').numFmt).toBe('0.00');
  });

  it('keeps a percent figure as stated (6 for 6%) and shows the % through the format', async () => {
    const { cell } = await readBack(fixture);
    expect(cell(2, 'value').value).toBe(6);
    expect(cell(2, 'value').numFmt).toBe('#,##0"%"');
    expect(cell(2, 'norm_value').value).toBe(6);
    expect(cell(2, 'norm_value').numFmt).toBe('#,##0"%"');
  });

  it('writes a range as numeric low and high cells and leaves the single value empty', async () => {
    const { cell } = await readBack(fixture);
    expect(cell(3, 'value').type).toBe(ExcelJS.ValueType.Null);
    expect(cell(3, 'range_low').value).toBe(2);
    expect(cell(3, 'range_high').value).toBe(3);
    expect(cell(3, 'norm_value').type).toBe(ExcelJS.ValueType.Null);
    expect(cell(3, 'norm_unit').value).toBe('count');
  });

  it('writes published dates as real Excel dates at the precision the article gives', async () => {
    const { cell, bytes } = await readBack(fixture);
    expect(cell(1, 'published').type).toBe(ExcelJS.ValueType.Date);
    expect(cell(1, 'published').value).toEqual(new Date(Date.UTC(2024, 9, 18)));
    expect(cell(1, 'published').numFmt).toBe('yyyy-mm-dd');
    expect(cell(3, 'published').value).toEqual(new Date(Date.UTC(2024, 8, 1)));
    expect(cell(3, 'published').numFmt).toBe('yyyy-mm');

    // A second reader agrees that the cell is a date, not text.
    const book = XLSX.read(bytes, { type: 'buffer', cellDates: true });
    const sheet = book.Sheets[INDICATORS_SHEET];
    const col = XLSX.utils.encode_col(INDICATOR_COLUMNS.findIndex((c) => c.key === 'published'));
    expect(sheet?.[`${col}2`]?.t).toBe('d');
  });

  it('freezes a bold, filled bilingual header row and filters over the whole data range', async () => {
    const { sheet } = await readBack(fixture);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lastColumn = XLSX.utils.encode_col(INDICATOR_COLUMNS.length - 1);
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}5`);
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('编号 id');
    const values = INDICATOR_COLUMNS.map((_, i) => header.getCell(i + 1).value);
    expect(values).toContain('数值 value');
    expect(values).toEqual(INDICATOR_COLUMNS.map(headerText));
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('links web URLs and leaves other schemes and unknown articles as plain cells', async () => {
    const { cell } = await readBack(fixture);
    expect(cell(1, 'url').type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(cell(1, 'url').value).toMatchObject({ hyperlink: 'https://news.example.cn/a/10' });
    expect(cell(3, 'url').type).toBe(ExcelJS.ValueType.String);
    expect(cell(3, 'url').value).toBe('javascript:alert(1)');
    expect(cell(4, 'url').type).toBe(ExcelJS.ValueType.Null);
    expect(cell(4, 'article').type).toBe(ExcelJS.ValueType.Null);
    expect(cell(4, 'quote').value).toBe('1,250.75万元');
  });

  it('writes text that starts like a formula as a text cell, never as a formula', async () => {
    const { cell, bytes, column } = await readBack(fixture);
    for (const [key, text] of Object.entries(INJECTIONS)) {
      const written = cell(3, key);
      expect(written.type).toBe(ExcelJS.ValueType.String);
      expect(written.formula).toBeUndefined();
      expect(written.value).toBe(text);
      expect(written.numFmt).toBe('@');
    }
    const sheet = XLSX.read(bytes, { type: 'buffer' }).Sheets[INDICATORS_SHEET];
    for (const [key, text] of Object.entries(INJECTIONS)) {
      const ref = `${XLSX.utils.encode_col(column(key) - 1)}4`;
      expect(sheet?.[ref]).toMatchObject({ t: 's', v: text });
      expect(sheet?.[ref]?.f).toBeUndefined();
    }
  });

  it('sizes columns for CJK text at about two widths a character', async () => {
    const { sheet, column } = await readBack(fixture);
    const title = articles.get(10)?.title ?? '';
    const titleWidth = sheet.getColumn(column('article')).width ?? 0;
    expect(titleWidth).toBeGreaterThanOrEqual(Math.min(36, title.length * 2));
    expect(titleWidth).toBeLessThanOrEqual(36);
    // The unit column holds two-character words; its bilingual header decides the width.
    const unitWidth = sheet.getColumn(column('unit')).width ?? 0;
    expect(unitWidth).toBeGreaterThanOrEqual('单位 unit'.length + 2);
  });

  it('writes a header-only sheet when there is nothing to report', async () => {
    const { sheet } = await readBack(reportInput([]));
    expect(sheet.rowCount).toBe(1);
    const lastColumn = XLSX.utils.encode_col(INDICATOR_COLUMNS.length - 1);
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}1`);
  });

  it('records the app version and export time in the workbook properties', async () => {
    const { workbook } = await readBack(fixture);
    expect(workbook.creator).toBe('Tally 0.1.0');
    expect(workbook.created).toEqual(EXPORTED_AT);
  });
});

describe('reportFileName', () => {
  it('names the file by local date and time to the minute', () => {
    expect(reportFileName(new Date(2026, 10, 22, 10, 15, 42))).toBe('tally-report-2026-11-22-1015.xlsx');
    expect(reportFileName(new Date(2025, 0, 3, 7, 5))).toBe('tally-report-2025-01-03-0705.xlsx');
  });
});
