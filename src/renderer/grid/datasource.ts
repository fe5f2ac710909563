// The infinite row model's one datasource, kept for the grid's whole life: it reads the scope (one
// article or the corpus) when each page is asked for, so switching scope purges the cache instead
// of building a new grid. Row counts are kept per scope and filter, so reopening a view does not
// count a million rows again; a count the grid does not have yet never holds up the first rows.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { AppApi } from '../../shared/api.ts';
import { pageQuery, type FilterModel, type SortModelItem } from './query.ts';

export interface Scope {
  /** null: the whole corpus. */
  articleId: number | null;
}

export interface ScopedDatasource extends IDatasource {
  /** Every kept count is dropped (a change made elsewhere, or a refused write). */
  forget(): void;
  /**
   * This window wrote to the store. Counts with filters may have changed with any write; counts of a
   * whole scope only when rows were added or removed.
   */
  wrote(rowsAddedOrRemoved: boolean): void;
}

/** Counts kept at most: one per scope and filter the analyst has looked at lately. */
const KEPT_COUNTS = 64;

export function scopedDatasource(
  store: Pick<AppApi, 'listIndicators'>,
  scope: () => Scope,
  onError: (e: unknown) => void,
  /** A count that arrived after its first page: the grid sets its row count from it. */
  onCount: (total: number) => void,
): ScopedDatasource {
  const counts = new Map<string, { total: number; filtered: boolean }>();
  /** The scope and filter of the latest page asked for: a late count for another is dropped. */
  let latest = '';
  /** Bumped by every forget and write, so a count that was on its way meanwhile is not kept. */
  let writes = 0;
  const keep = (key: string, total: number, filtered: boolean) => {
    counts.delete(key);
    counts.set(key, { total, filtered });
    if (counts.size > KEPT_COUNTS) counts.delete(counts.keys().next().value as string);
  };

  /** Counts on their way, so pages asked for meanwhile do not ask again. */
  const counting = new Set<string>();
  const countLater = (key: string, query: ReturnType<typeof pageQuery>, filtered: boolean) => {
    if (counting.has(key)) return;
    counting.add(key);
    const asked = writes;
    store
      .listIndicators({ ...query, offset: 0, limit: 1, count: true })
      .then((page) => {
        counting.delete(key);
        // A write since it was asked may have changed the count: ask again.
        if (asked !== writes) return countLater(key, query, filtered);
        keep(key, page.total, filtered);
        if (key === latest) onCount(page.total);
      })
      .catch((e: unknown) => {
        counting.delete(key);
        onError(e);
      });
  };

  return {
    forget() {
      writes++;
      counts.clear();
    },
    wrote(rowsAddedOrRemoved) {
      writes++;
      for (const [key, c] of counts) if (rowsAddedOrRemoved || c.filtered) counts.delete(key);
    },
    getRows(p: IGetRowsParams) {
      const { articleId } = scope();
      const filterModel = (p.filterModel ?? {}) as FilterModel;
      const key = JSON.stringify([articleId, filterModel]);
      latest = key;
      const known = counts.get(key)?.total ?? null;
      const query = pageQuery(
        articleId,
        p.sortModel as SortModelItem[],
        filterModel,
        p.startRow,
        p.endRow,
        false,
      );
      const filtered = query.filters !== undefined;
      store
        .listIndicators(query)
        .then((page) => {
          const end = p.startRow + page.items.length;
          // A short page ends the rows: that is the exact count, whatever was kept.
          const total = end < p.endRow ? end : known !== null && known >= end ? known : null;
          if (total !== null) keep(key, total, filtered);
          else counts.delete(key);
          p.successCallback(page.items, total ?? undefined);
          if (total === null) countLater(key, query, filtered);
        })
        .catch((e: unknown) => {
          onError(e);
          p.failCallback();
        });
    },
  };
}
