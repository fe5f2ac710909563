// A list whose columns Tally does not recognise is skipped with its header and a sample row (read in
// the disposable worker for workbooks), and imports whole once the analyst maps the columns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/domain.ts';
import { importFile as file, openTempService, type TempService } from '../testing/service.ts';
import { csvOf, workbookOf } from './fixtures/index.ts';
import { POOL_MIN_FILES } from './prepare-pool.ts';

let ctx: TempService;
let service: TempService['service'];

beforeEach(() => {
  ctx = openTempService();
  service = ctx.service;
});
afterEach(() => ctx.close());

/** Headers no recogniser knows, except 来源; the first row under them is blank. */
const ODD_ROWS = [
  ['报道标题', '稿件正文', '刊发日期', '来源', '网页地址'],
  ['', '', '', '', ''],
  [
    '东港园区签约',
    '东港园区本月签约项目7个,协议投资41亿元。',
    '2024-05-20',
    '东港发布',
    'https://d.example.cn/7',
  ],
  ['南屿外贸', '南屿区外贸进出口总额88.2亿元,同比增长5.4%。', '2024-06-02', '南屿日报', ''],
];
const MAPPING = { title: '报道标题', content: '稿件正文', date: '刊发日期', url: '网页地址' };

async function runJob(input: Parameters<typeof service.startImport>[0]): Promise<ImportSummary> {
  const job = await service.startImport(input);
  const done = await service.jobs.settled(job.id);
  expect(done.state).toBe('done');
  return done.result as ImportSummary;
}

const expectedColumns = {
  sheet: null,
  headers: ['报道标题', '稿件正文', '刊发日期', '来源', '网页地址'],
  sample: ODD_ROWS[2],
  recognised: { source: '来源' },
};

describe('lists whose columns are not recognised', () => {
  it('skips a CSV with its header and a sample row, then imports it with the analyst’s mapping', async () => {
    const first = await runJob({
      files: [file('odd.csv', csvOf(ODD_ROWS)), file('note.txt', '临江园区新增企业5家。')],
    });
    expect(first.imported.map((a) => a.file)).toEqual(['note.txt']);
    expect(first.skipped).toEqual([
      { file: 'odd.csv', reason: expect.stringMatching(/no text column/u), columns: expectedColumns },
    ]);

    const mapped = await runJob({ files: [file('odd.csv', csvOf(ODD_ROWS))], columns: MAPPING });
    expect(mapped.skipped).toEqual([]);
    expect(mapped.imported.map((a) => a.title)).toEqual(['东港园区签约', '南屿外贸']);
    const stored = await service.getArticle({ id: mapped.imported[0]!.id });
    expect(stored).toMatchObject({
      title: '东港园区签约',
      published: '2024-05-20',
      source: '东港发布', // recognised by name, kept beside the mapping
      url: 'https://d.example.cn/7',
      originalText: '东港园区本月签约项目7个,协议投资41亿元。',
    });
  });

  it('reads a workbook’s header in the sandbox and imports it with the mapping', async () => {
    const book = workbookOf(ODD_ROWS, 'xlsx');
    const first = await runJob({ files: [file('odd.xlsx', book)] });
    expect(first.imported).toEqual([]);
    expect(first.skipped).toEqual([
      { file: 'odd.xlsx', reason: expect.stringMatching(/no text column/u), columns: expectedColumns },
    ]);
    const mapped = await runJob({ files: [file('odd.xlsx', book)], columns: MAPPING });
    expect(mapped.imported.map((a) => a.title)).toEqual(['东港园区签约', '南屿外贸']);
  });

  it('keeps the header and sample when a large import prepares files in the worker pool', async () => {
    const texts = Array.from({ length: POOL_MIN_FILES }, (_, i) =>
      file(`p${i}.txt`, `西岭园区第${i}期简报\n西岭园区新增企业${i + 3}家,完成投资${i + 11}亿元。`),
    );
    const summary = await runJob({ files: [...texts, file('odd.csv', csvOf(ODD_ROWS))] });
    expect(summary.imported).toHaveLength(POOL_MIN_FILES);
    expect(summary.skipped).toEqual([
      { file: 'odd.csv', reason: expect.stringMatching(/no text column/u), columns: expectedColumns },
    ]);
  });

  it('cuts what cannot be mapped by name: headers over the API’s 200 characters, long samples', async () => {
    const long = '很长的列名'.repeat(50);
    const summary = await runJob({
      files: [
        file(
          'wide.csv',
          csvOf([
            [long, '正文x'],
            ['甲', '乙'.repeat(300)],
          ]),
        ),
      ],
    });
    const columns = summary.skipped[0]?.columns;
    expect(columns?.headers[0]).toHaveLength(201);
    expect(columns?.headers[0]?.endsWith('…')).toBe(true);
    expect(columns?.sample[1]).toHaveLength(201);
    expect(columns?.recognised).toEqual({});
  });
});
