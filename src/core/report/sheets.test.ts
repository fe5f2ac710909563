// The sheets around the indicators, read back from real workbooks: Summary (with a conflict),
// Articles, Changes, About, the hidden round-trip sheet, and the analyst's column and sheet choices.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Change, Indicator } from '../../shared/domain.ts';
import {
  ABOUT_SHEET,
  ARTICLES_SHEET,
  CHANGES_SHEET,
  INDICATORS_SHEET,
  META_SHEET,
  parseMeta,
  SUMMARY_SHEET,
  writeReport,
  type ReportInput,
  type ReportRow,
} from './index.ts';
import { decodeIds, encodeIds } from './meta.ts';

function figure(id: number, o: Partial<Indicator>): Indicator {
  return {
    id,
    articleId: 1,
    start: 0,
    end: 4,
    quote: 'q',
    value: 100,
    range: null,
    unit: '亿元',
    norm: { value: 1e10, unit: 'CNY', range: null },
    approx: 'exact',
    measure: 'level',
    kind: 'actual',
    category: 'output',
    indicator: '工业总产值',
    subject: '临江高新区',
    period: '2024年',
    periodNorm: '2024',
    confidence: 0.9,
    status: 'confirmed',
    note: '',
    version: 1,
    updatedAt: '2024-01-01T00:00:00Z',
    ...o,
  };
}

const FIGURES = [
  figure(1, {}),
  // Same figure in another unit: agrees after normalisation.
  figure(2, { articleId: 2, value: 1_000_000, unit: '万元' }),
  // Same key, a different amount: a conflict.
  figure(3, { articleId: 2, value: 98.5, norm: { value: 9.85e9, unit: 'CNY', range: null } }),
  // A growth rate of the same indicator is another key, not a conflict.
  figure(4, { value: 8.5, unit: '%', measure: 'change', norm: { value: 8.5, unit: '%', range: null } }),
  figure(5, { subject: '青湾开发区', indicator: '签约项目', value: 12, unit: '个', periodNorm: '2024-Q3' }),
];

const ARTICLES = new Map([
  [
    1,
    {
      id: 1,
      title: '临江高新区2024年经济运行',
      published: '2025-01-15',
      source: '临江日报',
      url: 'https://a.example/1',
    },
  ],
  [2, { id: 2, title: '高新区产值快报', published: null, source: null, url: null }],
]);

const AUDIT: Change[] = [
  {
    id: 9,
    indicatorId: 3,
    articleId: 2,
    field: 'value',
    oldValue: '89.5',
    newValue: '98.5',
    actor: '王审核',
    at: '2025-01-20T08:00:00.000Z',
  },
  {
    id: 10,
    indicatorId: 3,
    articleId: 2,
    field: 'status',
    oldValue: '"pending"',
    newValue: '"corrected"',
    actor: '王审核',
    at: '2025-01-20T08:00:00.000Z',
  },
];

function input(extra: Partial<ReportInput> = {}): ReportInput {
  const rows: ReportRow[] = FIGURES.map((i) => ({
    indicator: i,
    article: ARTICLES.get(i.articleId),
    reviewer: null,
  }));
  return {
    rows: [rows],
    total: rows.length,
    changes: (ids) => [AUDIT.filter((c) => ids.has(c.indicatorId))],
    about: {
      storeId: '5f0c-store',
      scope: '整个语料 whole corpus',
      filters: '主体 = 临江高新区',
      statuses: ['confirmed'],
      appVersion: '0.1.0',
      exportedAt: new Date(Date.UTC(2025, 0, 21, 3, 4, 5)),
    },
    ...extra,
  };
}

async function load(i: ReportInput) {
  const { bytes, ...outcome } = await writeReport(i);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  /** Data rows of a sheet as objects keyed by the header's English key. */
  const table = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`${name} missing`);
    const keys = (sheet.getRow(1).values as unknown[]).map(
      (h) =>
        String(h ?? '')
          .split(' ')
          .pop() ?? '',
    );
    const rows: Record<string, ExcelJS.Cell>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(keys.map((k, c) => [k, row.getCell(c)]).filter(([k]) => k)));
    });
    return { sheet, rows };
  };
  return { workbook, table, outcome };
}

describe('Summary sheet', () => {
  it('collapses agreeing figures, flags a key whose sources disagree, and keeps other measures apart', async () => {
    const { table, outcome } = await load(input());
    const { sheet, rows } = table(SUMMARY_SHEET);
    expect(
      rows.map((r) => [r.subject!.value, r.indicator!.value, r.period!.value, r.measure!.value]),
    ).toEqual([
      ['临江高新区', '工业总产值', '2024', 'change'],
      ['临江高新区', '工业总产值', '2024', 'level'],
      ['青湾开发区', '签约项目', '2024-Q3', 'level'],
    ]);
    const [growth, level, projects] = rows;
    expect(growth!.value!.value).toBe(8.5);
    expect(growth!.value!.numFmt).toBe('#,##0.0"%"');
    expect(growth!.conflict!.value).toBeNull();
    expect(level!.conflict!.value).toBe('冲突 conflict');
    expect(level!.conflict!.fill).toMatchObject({ type: 'pattern' });
    expect(level!.value!.value).toBeNull();
    expect(level!.values!.value).toBe('100亿元 (#1, #2); 98.5亿元 (#3)');
    expect(level!.sources!.value).toBe(3);
    expect(projects!.value!.value).toBe(12);
    expect(projects!.ids!.value).toBe('#5');
    expect(outcome).toMatchObject({ rows: 5, summaryRows: 3, conflicts: 1, articles: 2 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:M4');
  });
});

describe('Articles, Changes and About sheets', () => {
  it('lists each article once with its link, date and number of indicators', async () => {
    const { rows } = (await load(input())).table(ARTICLES_SHEET);
    expect(rows.map((r) => [r.id!.value, r.indicators!.value])).toEqual([
      [1, 3],
      [2, 2],
    ]);
    expect(rows[0]!.url!.value).toMatchObject({ hyperlink: 'https://a.example/1' });
    expect(rows[0]!.published!.value).toEqual(new Date(Date.UTC(2025, 0, 15)));
  });

  it('shows the audit of the reported indicators as extracted → corrected, who and when', async () => {
    const { rows } = (await load(input())).table(CHANGES_SHEET);
    expect(
      rows.map((r) => [r.indicator_id!.value, r.field!.value, r.extracted!.value, r.corrected!.value]),
    ).toEqual([
      [3, 'value', 89.5, 98.5],
      [3, 'status', 'pending', 'corrected'],
    ]);
    expect(rows[0]!.actor!.value).toBe('王审核');
    expect(rows[0]!.at!.type).toBe(ExcelJS.ValueType.Date);
  });

  it('says what the report covers, from which store and when, and hides the round-trip ids', async () => {
    const { workbook, table } = await load(input());
    const about = Object.fromEntries(
      table(ABOUT_SHEET).rows.map((r) => [String(r.item!.value).split(' ').pop(), r.value!.value]),
    );
    expect(about).toMatchObject({
      scope: '整个语料 whole corpus',
      filters: '主体 = 临江高新区',
      statuses: 'confirmed',
      indicators: 5,
      store_id: '5f0c-store',
      app_version: 'Tally 0.1.0',
    });
    expect(about.exported_at).toEqual(new Date(Date.UTC(2025, 0, 21, 3, 4, 5)));
    const meta = workbook.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('hidden');
    const metaRows = (meta.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    expect(parseMeta(metaRows)).toMatchObject({ storeId: '5f0c-store', ids: [1, 2, 3, 4, 5], format: 1 });
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      INDICATORS_SHEET,
      SUMMARY_SHEET,
      ARTICLES_SHEET,
      CHANGES_SHEET,
      ABOUT_SHEET,
      META_SHEET,
    ]);
  });
});

describe("the analyst's choices", () => {
  it('writes the chosen columns in the chosen order, always keeping the id first', async () => {
    const { sheet } = (await load(input({ columns: ['value', 'subject', 'bogus'] }))).table(INDICATORS_SHEET);
    expect(sheet.getRow(1).values).toEqual([undefined, '编号 id', '数值 value', '主体 subject']);
    expect(sheet.autoFilter).toBe('A1:C6');
  });

  it('leaves out the sheets not chosen but always writes About and the round-trip sheet', async () => {
    const { workbook } = await load(input({ sheets: ['changes'] }));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      INDICATORS_SHEET,
      CHANGES_SHEET,
      ABOUT_SHEET,
      META_SHEET,
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(writeReport(input({ signal: controller.signal }))).rejects.toThrow(/cancelled/);
  });
});

describe('id ranges on the round-trip sheet', () => {
  it('packs runs of ids and unpacks them exactly', () => {
    expect(encodeIds([5, 1, 2, 3, 9, 10, 3])).toEqual(['1-3,5,9-10']);
    expect(decodeIds(['1-3,5,9-10'])).toEqual([1, 2, 3, 5, 9, 10]);
    const scattered = Array.from({ length: 20_000 }, (_, i) => i * 2 + 1);
    const chunks = encodeIds(scattered);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 30_000)).toBe(true);
    expect(decodeIds(chunks)).toEqual(scattered);
    expect(decodeIds(['1-3,x'])).toBeNull();
  });
});
