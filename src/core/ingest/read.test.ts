// Every format and encoding an analyst brings, and the hostile files: stored text and metadata,
// or one clear reason.
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import {
  csvOf,
  DOCX,
  HTML_PAGE,
  LIST_ROWS,
  MALFORMED_CSV,
  NOISY_TRADITIONAL,
  PNG_AS_TEXT,
  TEXT_ENCODINGS,
  workbookOf,
  zipBomb,
} from './fixtures/index.ts';
import { prepareArticle, readSource } from './index.ts';

const readOne = async (name: string, bytes: Uint8Array) => {
  const raws = await readSource(name, bytes);
  expect(raws).toHaveLength(1);
  return prepareArticle(raws[0]!);
};

describe('decoding', () => {
  it.each(TEXT_ENCODINGS)('reads $name as $encoding from its bytes', ({ bytes, encoding, text }) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });
});

describe('a noisy traditional-script page copied as text', () => {
  it('stores the original whole, a clean simplified text, metadata, and figures at original offsets', async () => {
    const { article, figures } = await readOne('qingwan.txt', Buffer.from(NOISY_TRADITIONAL, 'utf8'));
    expect(article.originalText).toBe(NOISY_TRADITIONAL);
    expect(article.cleanText).toBe(
      [
        '青湾开发区上半年引进项目35个',
        '发布时间:2024-07-05 09:30:00 来源:青湾日报',
        '上半年,青湾开发区新签约项目35个,计划总投资218亿元。',
        '其中产业项目21个,同比增长12.5%。',
        '出口额4.81亿美元。',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      title: '青灣開發區上半年引進項目35個',
      published: '2024-07-05',
      source: '青灣日報',
      script: 'traditional',
      encoding: 'utf-8',
    });
    expect(article.offsetMap).not.toBeNull();
    const quotes = figures.map((f) => f.quote);
    expect(quotes).toEqual(expect.arrayContaining(['218億元', '21個', '12.5%', '4.\n\n81億美元']));
    for (const f of figures) expect(NOISY_TRADITIONAL.slice(f.start, f.end)).toBe(f.quote);
  });
});

describe('formats', () => {
  it('pulls a web page’s main text out of its chrome, with title, date, URL and site', async () => {
    const { article, figures } = await readOne('nanyu.html', Buffer.from(HTML_PAGE, 'utf8'));
    expect(article.title).toBe('南屿县新能源项目集中开工');
    expect(article.published).toBe('2024-05-20');
    expect(article.url).toBe('https://news.example.cn/2024/05/20/nanyu.html');
    expect(article.source).toBe('南屿新闻网');
    expect(article.cleanText).toContain('共有12个项目开工,总投资86亿元。');
    expect(article.cleanText).not.toMatch(/Copyright|网站地图|关于我们/u);
    expect(figures.map((f) => f.quote)).toContain('86亿元');
  });

  it('reads a Word document', async () => {
    const { article, figures } = await readOne('xinghe.docx', DOCX);
    expect(article.title).toBe('星河智造基地一期投产');
    expect(article.published).toBe('2024-03-08');
    expect(article.source).toBe('星河发布');
    expect(figures.map((f) => f.quote)).toEqual(expect.arrayContaining(['18家', '45亿元']));
  });

  it.each([
    ['list.csv', () => Buffer.from(csvOf(LIST_ROWS), 'utf8')],
    ['list.xlsx', () => workbookOf(LIST_ROWS, 'xlsx')],
    ['list.xls', () => workbookOf(LIST_ROWS, 'xls')],
  ])('reads %s as one article per row, metadata from recognised columns', async (name, bytes) => {
    const raws = await readSource(name, bytes());
    expect(raws.map((r) => r.label)).toEqual([`${name} row 2`, `${name} row 3`]);
    const first = prepareArticle(raws[0]!).article;
    expect(first).toMatchObject({
      title: '临江园区招商签约',
      published: '2024-06-01',
      source: '临江发布',
      url: 'https://a.example.cn/1',
    });
    expect(prepareArticle(raws[1]!).article.url).toBeNull();
  });

  it('asks for a column mapping when the text column is not recognised, and uses it when given', async () => {
    const rows = [
      ['headline x', 'body x'],
      ['某园区动态', '某园区新增企业12家。'],
    ];
    const bytes = Buffer.from(csvOf(rows), 'utf8');
    await expect(readSource('odd.csv', bytes)).rejects.toThrow(
      /no text column.*“headline x”, “body x”.*map the columns/u,
    );
    const raws = await readSource('odd.csv', bytes, { columns: { content: 'body x', title: 'headline x' } });
    expect(prepareArticle(raws[0]!).article.title).toBe('某园区动态');
  });
});

describe('bad files get one clear reason', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /the file is empty/u],
    ['picture.txt', PNG_AS_TEXT, /binary \(a PNG image\)/u],
    ['broken.csv', Buffer.from(MALFORMED_CSV, 'utf8'), /malformed CSV.*never closed/u],
    ['notes.pdf', Buffer.from('x'), /\.pdf is not a format Tally reads/u],
    ['fake.xlsx', Buffer.from('标题,正文\n', 'utf8'), /not an Excel workbook/u],
  ])('%s', async (name, bytes, reason) => {
    await expect(readSource(name, bytes)).rejects.toThrow(reason);
  });

  it('refuses a text over the size limit the analyst set', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    await expect(readSource('huge.txt', big)).rejects.toThrow(/50\.0 MB, over the 20\.0 MB limit/u);
    await expect(readSource('huge.txt', big, { maxBytes: 10 * 1048576 })).rejects.toThrow(
      /over the 10\.0 MB limit/u,
    );
  });

  it('opens a zip bomb named .xlsx in a disposable worker that dies alone', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    await expect(
      readSource('bomb.xlsx', bomb, { sandbox: { memoryMb: 64, timeoutMs: 15_000 } }),
    ).rejects.toThrow(/workbook/u);
    // This process never held the inflated data.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });
});
