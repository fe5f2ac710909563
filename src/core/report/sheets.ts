// The smaller sheets around the indicators: 文章 Articles, 修改记录 Changes (the audit of corrections)
// and 说明 About (what the report covers, from which store, when).

import type { Change } from '../../shared/domain.ts';
import { linkCell, numberCell, publishedCell, type ReportCell } from './cells.ts';
import type { ReportArticle } from './indicators-sheet.ts';
import type { ReportColumn } from './table.ts';

export const ARTICLES_SHEET = '文章 Articles';
export const CHANGES_SHEET = '修改记录 Changes';
export const ABOUT_SHEET = '说明 About';

export interface ArticleRow extends ReportArticle {
  indicators: number;
}

export const ARTICLE_COLUMNS: readonly ReportColumn<ArticleRow>[] = [
  { key: 'id', label: '文章编号', cell: (a) => numberCell(a.id) },
  { key: 'title', label: '标题', cell: (a) => a.title, maxWidth: 48 },
  { key: 'published', label: '发布日期', cell: (a) => publishedCell(a.published) },
  { key: 'source', label: '来源', cell: (a) => a.source },
  { key: 'url', label: '链接', cell: (a) => linkCell(a.url), maxWidth: 40 },
  { key: 'indicators', label: '指标数', cell: (a) => numberCell(a.indicators) },
];

/** The audit keeps values as JSON; a report shows them as an analyst would type them. */
export function changeValue(json: string | null): ReportCell {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null) return null;
  if (typeof value === 'number') return numberCell(value);
  if (Array.isArray(value)) return value.join('–');
  return String(value);
}

function timestamp(iso: string): ReportCell {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : { date, format: 'yyyy-mm-dd hh:mm' };
}

export const CHANGE_COLUMNS: readonly ReportColumn<Change>[] = [
  { key: 'indicator_id', label: '指标编号', cell: (c) => numberCell(c.indicatorId) },
  { key: 'article_id', label: '文章编号', cell: (c) => numberCell(c.articleId) },
  { key: 'field', label: '字段', cell: (c) => c.field },
  { key: 'extracted', label: '原值', cell: (c) => changeValue(c.oldValue), maxWidth: 30 },
  { key: 'corrected', label: '新值', cell: (c) => changeValue(c.newValue), maxWidth: 30 },
  { key: 'actor', label: '修改人', cell: (c) => c.actor },
  { key: 'at', label: '时间', cell: (c) => timestamp(c.at) },
];

export interface AboutInfo {
  storeId: string;
  /** In words: "whole corpus", "article 12", "grid: status confirmed, sorted by value desc". */
  scope: string;
  filters: string;
  statuses: readonly string[];
  appVersion: string;
  exportedAt: Date;
}

export interface AboutRow {
  label: string;
  key: string;
  value: ReportCell;
}

export function aboutRows(about: AboutInfo, counts: { indicators: number; articles: number }): AboutRow[] {
  return [
    { label: '范围', key: 'scope', value: about.scope },
    { label: '筛选', key: 'filters', value: about.filters || null },
    { label: '状态', key: 'statuses', value: about.statuses.join(', ') },
    { label: '指标数', key: 'indicators', value: numberCell(counts.indicators) },
    { label: '文章数', key: 'articles', value: numberCell(counts.articles) },
    { label: '应用版本', key: 'app_version', value: `Tally ${about.appVersion}` },
    {
      label: '导出时间',
      key: 'exported_at',
      value: { date: about.exportedAt, format: 'yyyy-mm-dd hh:mm:ss' },
    },
    { label: '数据库编号', key: 'store_id', value: about.storeId },
    {
      label: '回传',
      key: 'round_trip',
      value:
        '可在 Excel 中修改指标表的数值、状态和备注，或删除行，再导入 Tally 核对；请保留“编号 id”列。' +
        ' Edit values, status and notes on the Indicators sheet (or delete rows), then import the ' +
        'workbook back into Tally to review the differences; keep the "编号 id" column.',
    },
  ];
}

export const ABOUT_COLUMNS: readonly ReportColumn<AboutRow>[] = [
  { key: 'item', label: '项目', cell: (r) => `${r.label} ${r.key}` },
  { key: 'value', label: '内容', cell: (r) => r.value, maxWidth: 80 },
];
