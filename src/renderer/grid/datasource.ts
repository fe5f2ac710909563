// The infinite row model's one datasource, kept for the grid's whole life: it reads the scope (one
// article or the corpus) when each page is asked for, so switching scope purges the cache instead
// of building a new grid. Rows are counted once per scope and filter, never per page or per sort.
import type { IDatasource } from 'ag-grid-community';
import type { AppApi } from '../../shared/api.ts';
import { pageQuery, type FilterModel, type SortModelItem } from './query.ts';

export interface Scope {
  /** null: the whole corpus. */
  articleId: number | null;
}

export type ScopedDatasource = IDatasource & { forget(): void };

export function scopedDatasource(
  store: Pick<AppApi, 'listIndicators'>,
  scope: () => Scope,
  onError: (e: unknown) => void,
): ScopedDatasource {
  let counted: { key: string; total: number } | null = null;
  return {
    /** The next page counts again (rows were added or removed, or the scope changed). */
    forget() {
      counted = null;
    },
    getRows(p) {
      const { articleId } = scope();
      const filterModel = (p.filterModel ?? {}) as FilterModel;
      const key = JSON.stringify([articleId, filterModel]);
      const known = counted?.key === key ? counted.total : null;
      const query = pageQuery(
        articleId,
        p.sortModel as SortModelItem[],
        filterModel,
        p.startRow,
        p.endRow,
        known === null,
      );
      store
        .listIndicators(query)
        .then((page) => {
          if (page.total >= 0) counted = { key, total: page.total };
          p.successCallback(page.items, page.total >= 0 ? page.total : (known ?? undefined));
        })
        .catch((e: unknown) => {
          onError(e);
          p.failCallback();
        });
    },
  };
}
