// What the grid shows, as a report scope: the listIndicators query the grid pages through, minus
// paging, built from the grid's current sort and filter state, so "export what the grid shows"
// selects the very rows on screen, in the same order.
import type { GridState } from 'ag-grid-community';
import type { ApiInput } from '../../shared/api.ts';
import { pageQuery, type FilterModel, type SortModelItem } from './query.ts';

/** The grid's query without paging: listIndicators' filters and sort. */
export type GridScope = Omit<ApiInput<'listIndicators'>, 'offset' | 'limit' | 'count'>;

/** `articleId` null: the corpus view. `state` is the grid's state as it last reported it. */
export function gridScopeOf(articleId: number | null, state: GridState | undefined): GridScope {
  const sortModel = (state?.sort?.sortModel ?? []) as SortModelItem[];
  const filterModel = (state?.filter?.filterModel ?? {}) as FilterModel;
  const {
    offset: _offset,
    limit: _limit,
    count: _count,
    ...scope
  } = pageQuery(articleId, sortModel, filterModel, 0, 1, false);
  return scope;
}
