// The 指标 Indicators sheet: one row per indicator with its article's details, in the field order of
// SCHEMA.md. The id column is what a later round trip uses to match edited rows back to the store.

import type { Indicator } from '../../shared/domain.ts';
import { linkCell, numberCell, publishedCell } from './cells.ts';
import type { ReportColumn } from './table.ts';

export const INDICATORS_SHEET = '指标 Indicators';

/** The few article fields a report shows beside each indicator. */
export interface ReportArticle {
  id: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface ReportRow {
  indicator: Indicator;
  article: ReportArticle | undefined;
  /** Who last changed the indicator (the audit's latest actor); null while untouched. */
  reviewer: string | null;
}

const QUOTE_WIDTH = 24;
const TITLE_WIDTH = 36;
const NOTE_WIDTH = 40;

/** The round trip matches rows by this column, so every report keeps it, first. */
export const ID_COLUMN = 'id';

export const INDICATOR_COLUMNS: readonly ReportColumn<ReportRow>[] = [
  { key: ID_COLUMN, label: '编号', cell: ({ indicator }) => numberCell(indicator.id) },
  { key: 'article_id', label: '文章编号', cell: ({ indicator }) => numberCell(indicator.articleId) },
  { key: 'article', label: '文章', cell: ({ article }) => article?.title ?? null, maxWidth: TITLE_WIDTH },
  { key: 'published', label: '发布日期', cell: ({ article }) => publishedCell(article?.published ?? null) },
  { key: 'source', label: '来源', cell: ({ article }) => article?.source ?? null },
  { key: 'url', label: '链接', cell: ({ article }) => linkCell(article?.url ?? null), maxWidth: TITLE_WIDTH },
  { key: 'quote', label: '原文', cell: ({ indicator }) => indicator.quote, maxWidth: QUOTE_WIDTH },
  { key: 'value', label: '数值', cell: ({ indicator: i }) => numberCell(i.value, i.unit) },
  { key: 'range_low', label: '下限', cell: ({ indicator: i }) => numberCell(i.range?.[0] ?? null, i.unit) },
  { key: 'range_high', label: '上限', cell: ({ indicator: i }) => numberCell(i.range?.[1] ?? null, i.unit) },
  { key: 'unit', label: '单位', cell: ({ indicator }) => indicator.unit },
  {
    key: 'norm_value',
    label: '标准值',
    cell: ({ indicator: { norm } }) => numberCell(norm.value ?? null, norm.unit),
  },
  { key: 'norm_unit', label: '标准单位', cell: ({ indicator }) => indicator.norm.unit },
  { key: 'approx', label: '约数', cell: ({ indicator }) => indicator.approx },
  { key: 'measure', label: '度量', cell: ({ indicator }) => indicator.measure },
  { key: 'kind', label: '类型', cell: ({ indicator }) => indicator.kind },
  { key: 'category', label: '类别', cell: ({ indicator }) => indicator.category },
  { key: 'indicator', label: '指标', cell: ({ indicator }) => indicator.indicator },
  { key: 'subject', label: '主体', cell: ({ indicator }) => indicator.subject },
  { key: 'period', label: '期间', cell: ({ indicator }) => indicator.period },
  { key: 'period_norm', label: '标准期间', cell: ({ indicator }) => indicator.periodNorm },
  {
    key: 'confidence',
    label: '置信度',
    cell: ({ indicator }) => ({ number: indicator.confidence, format: '0.00' }),
  },
  { key: 'status', label: '状态', cell: ({ indicator }) => indicator.status },
  { key: 'reviewer', label: '审核人', cell: ({ reviewer }) => reviewer },
  { key: 'note', label: '备注', cell: ({ indicator }) => indicator.note || null, maxWidth: NOTE_WIDTH },
];

export const INDICATOR_COLUMN_KEYS: readonly string[] = INDICATOR_COLUMNS.map((c) => c.key);

/**
 * The columns a report shows, in the order asked for; unknown keys are ignored, and the id column
 * is always kept (first) so the workbook can come back.
 */
export function chooseColumns(keys: readonly string[] | undefined): ReportColumn<ReportRow>[] {
  if (!keys?.length) return [...INDICATOR_COLUMNS];
  const byKey = new Map(INDICATOR_COLUMNS.map((c) => [c.key, c]));
  const chosen = [ID_COLUMN, ...keys.filter((k) => k !== ID_COLUMN)];
  return [...new Set(chosen)].flatMap((k) => byKey.get(k) ?? []);
}
