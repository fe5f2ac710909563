// Lists of articles (CSV or workbook rows): columns are recognised by their Chinese or English
// names; when the content column is not, the analyst names it (ColumnMapping) and imports again.
import type { ColumnMapping, UnmappedList } from '../../../shared/domain.ts';
import { IngestError } from '../decode.ts';
import type { RawArticle } from '../raw.ts';

const NAMES: Record<keyof ColumnMapping, RegExp> = {
  title: /^(?:标题|標題|题目|題目|title|headline|subject)$/iu,
  content: /^(?:正文|内容|內容|全文|文章内容|文本|content|text|body|article)$/iu,
  date: /^(?:日期|发布时间|發佈時間|發布時間|发布日期|發布日期|时间|時間|date|published|time|pubdate)$/iu,
  source: /^(?:来源|來源|媒体|媒體|出处|source|media|outlet)$/iu,
  url: /^(?:链接|鏈接|网址|網址|原文链接|url|link|href)$/iu,
};

/** Which column holds what: the analyst's mapping (header names) first, then recognised names. */
export function recogniseColumns(
  header: string[],
  mapping?: ColumnMapping,
): Partial<Record<keyof ColumnMapping, number>> {
  const found: Partial<Record<keyof ColumnMapping, number>> = {};
  const names = header.map((h) => h.trim());
  for (const key of Object.keys(NAMES) as (keyof ColumnMapping)[]) {
    const wanted = mapping?.[key];
    const at = wanted ? names.indexOf(wanted.trim()) : names.findIndex((h) => NAMES[key].test(h));
    if (at >= 0) found[key] = at;
  }
  return found;
}

/** A mapping names a header of at most this many characters (the API's limit); longer ones are cut. */
export const MAX_HEADER_CHARS = 200;
const MAX_COLUMNS = 100;
const MAX_SAMPLE_CHARS = 200;

/** A list the analyst must map: the failure carries its header and a sample row to map from. */
export class UnmappedColumnsError extends IngestError {
  readonly columns: UnmappedList;
  constructor(message: string, columns: UnmappedList) {
    super(message);
    this.columns = columns;
  }
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

function unmappedList(header: string[], body: string[][], sheet: string | undefined): UnmappedList {
  const headers = header.slice(0, MAX_COLUMNS).map((h) => cut(h.trim(), MAX_HEADER_CHARS));
  const row = body.find((r) => r.some((v) => v.trim() !== '')) ?? [];
  const recognised: ColumnMapping = {};
  for (const [key, at] of Object.entries(recogniseColumns(header)) as [keyof ColumnMapping, number][]) {
    const name = headers[at];
    if (name !== undefined) recognised[key] = name;
  }
  return {
    sheet: sheet ?? null,
    headers,
    sample: headers.map((_, i) => cut((row[i] ?? '').trim(), MAX_SAMPLE_CHARS)),
    recognised,
  };
}

/** One raw article per row that has text; the header is the first non-empty row. */
export function rowsToArticles(
  fileName: string,
  label: string,
  rows: string[][],
  encoding: string,
  mapping?: ColumnMapping,
  sheet?: string,
): RawArticle[] {
  const [header, ...body] = rows;
  if (!header) throw new IngestError('the list has no rows');
  const cols = recogniseColumns(header, mapping);
  if (cols.content === undefined) {
    throw new UnmappedColumnsError(
      `no text column was recognised among the columns ${header.map((h) => `“${h.trim()}”`).join(', ')}; ` +
        'map the columns (which one holds the text) and import again',
      unmappedList(header, body, sheet),
    );
  }
  const at = (row: string[], key: keyof ColumnMapping) => {
    const i = cols[key];
    const v = i === undefined ? '' : (row[i] ?? '').trim();
    return v === '' ? null : v;
  };
  const out: RawArticle[] = [];
  body.forEach((row, k) => {
    const text = at(row, 'content');
    if (!text) return;
    out.push({
      fileName,
      label: `${label}${sheet ? ` [${sheet}]` : ''} row ${k + 2}`,
      originalText: text,
      encoding,
      hints: {
        title: at(row, 'title'),
        published: at(row, 'date'),
        source: at(row, 'source'),
        url: at(row, 'url'),
      },
    });
  });
  return out;
}
