// The grid's column filters as SQL: each filter names a whitelisted field and an operator; the
// value only ever reaches SQLite as a bound parameter.
import type { IndicatorFilter, IndicatorFilterCondition, IndicatorSortField } from '../../shared/api.ts';
import { join, sql, type Fragment } from './sql.ts';

/**
 * Fields → SQL expressions: only these strings ever reach an ORDER BY or a WHERE. Sorting by value
 * uses the normalised number so 亿元 and 万元 order correctly.
 */
export const SORT_COLUMNS: Record<IndicatorSortField, string> = {
  id: 'id',
  articleId: 'article_id',
  start: 'span_start',
  value: 'coalesce(norm_value, norm_range_low)',
  unit: 'unit',
  approx: 'approx',
  measure: 'measure',
  kind: 'kind',
  category: 'category',
  indicator: 'indicator',
  subject: 'subject',
  period: 'period',
  periodNorm: 'period_norm',
  confidence: 'confidence',
  status: 'status',
  updatedAt: 'updated_at',
};

/** As sorting, except that a filter on value reads the number as written (what the value column shows). */
const FILTER_COLUMNS: Record<IndicatorSortField, string> = {
  ...SORT_COLUMNS,
  value: 'coalesce(value, range_low)',
};

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(column: string, pattern: string, negate = false): Fragment {
  return sql(`${column} ${negate ? 'NOT ' : ''}LIKE ? ESCAPE '\\'`, pattern);
}

function conditionOn(col: string, c: IndicatorFilterCondition): Fragment {
  const v = c.value ?? '';
  const text = String(v);
  switch (c.op) {
    case 'equals':
      return sql(`${col} = ?`, v);
    case 'notEqual':
      return sql(`(${col} IS NULL OR ${col} != ?)`, v);
    case 'contains':
      return like(col, `%${escapeLike(text)}%`);
    case 'notContains':
      return sql(
        `(${col} IS NULL OR ${like(col, `%${escapeLike(text)}%`, true).text})`,
        `%${escapeLike(text)}%`,
      );
    case 'startsWith':
      return like(col, `${escapeLike(text)}%`);
    case 'endsWith':
      return like(col, `%${escapeLike(text)}`);
    case 'blank':
      return sql(`(${col} IS NULL OR ${col} = '')`);
    case 'notBlank':
      return sql(`(${col} IS NOT NULL AND ${col} != '')`);
    case 'lessThan':
      return sql(`${col} < ?`, v);
    case 'lessThanOrEqual':
      return sql(`${col} <= ?`, v);
    case 'greaterThan':
      return sql(`${col} > ?`, v);
    case 'greaterThanOrEqual':
      return sql(`${col} >= ?`, v);
    case 'inRange':
      return sql(`${col} BETWEEN ? AND ?`, v, c.to ?? v);
  }
}

/** One filter as a condition; its `or` alternatives are joined to it in one parenthesised group. */
export function filterCondition(f: IndicatorFilter): Fragment {
  const col = FILTER_COLUMNS[f.field];
  const first = conditionOn(col, f);
  if (!f.or?.length) return first;
  const any = join([first, ...f.or.map((c) => conditionOn(col, c))], ' OR ');
  return sql(`(${any.text})`, ...any.params);
}
