// The grid's sort and filter models as a listIndicators query: sorting and filtering happen in SQL,
// and only whitelisted columns and the operators the store knows ever leave the renderer.
import type {
  ApiInput,
  IndicatorFilter,
  IndicatorFilterCondition,
  IndicatorSortField,
} from '../../shared/api.ts';
import { FILTER_OPS, INDICATOR_SORT_FIELDS } from '../../shared/api.ts';

export interface SortModelItem {
  colId: string;
  sort: 'asc' | 'desc';
}

interface Condition {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: number | null;
}

export type FilterModel = Record<
  string,
  (Condition & { operator?: 'AND' | 'OR'; conditions?: Condition[] }) | undefined
>;

const isField = (id: string): id is IndicatorSortField =>
  (INDICATOR_SORT_FIELDS as readonly string[]).includes(id);
const isOp = (op: unknown): op is IndicatorFilterCondition['op'] =>
  (FILTER_OPS as readonly unknown[]).includes(op);

export function sortOf(
  model: readonly SortModelItem[],
): { field: IndicatorSortField; dir: 'asc' | 'desc' }[] {
  return model
    .filter((s) => isField(s.colId))
    .map((s) => ({ field: s.colId as IndicatorSortField, dir: s.sort }));
}

function conditionOf(c: Condition): IndicatorFilterCondition | null {
  if (!isOp(c.type)) return null;
  const f: IndicatorFilterCondition = { op: c.type };
  if (c.filter !== null && c.filter !== undefined) f.value = c.filter;
  if (typeof c.filterTo === 'number') f.to = c.filterTo;
  const needsValue = c.type !== 'blank' && c.type !== 'notBlank';
  return needsValue && f.value === undefined ? null : f;
}

/**
 * AG Grid's filter model as store filters. A column's conditions joined by AND become one filter
 * each (the store ANDs its filters); joined by OR, one filter whose `or` holds the others.
 */
export function filtersOf(model: FilterModel): IndicatorFilter[] {
  const out: IndicatorFilter[] = [];
  for (const [colId, m] of Object.entries(model)) {
    if (!m || !isField(colId)) continue;
    const field = colId;
    const conditions = (m.conditions ?? [m]).flatMap((c) => conditionOf(c) ?? []);
    const [first, ...rest] = conditions;
    if (!first) continue;
    if (m.operator === 'OR' && rest.length) out.push({ field, ...first, or: rest });
    else out.push(...conditions.map((c) => ({ field, ...c })));
  }
  return out;
}

export function pageQuery(
  articleId: number | null,
  sortModel: readonly SortModelItem[],
  filterModel: FilterModel,
  startRow: number,
  endRow: number,
  count: boolean,
): ApiInput<'listIndicators'> {
  const filters = filtersOf(filterModel);
  return {
    ...(articleId === null ? {} : { articleId }),
    sort: sortOf(sortModel),
    ...(filters.length ? { filters } : {}),
    offset: startRow,
    limit: Math.max(1, endRow - startRow),
    count,
  };
}
