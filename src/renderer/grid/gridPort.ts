// What commands ask of the grid, done with AG Grid's API: move on, find the next pending row, edit,
// and show stored rows without refetching when the command says exactly which rows changed.
import type { GridApi } from 'ag-grid-community';
import type { ApiInput } from '../../shared/api.ts';
import type { CommandOutcome, Indicator, RowPosition } from '../../shared/domain.ts';
import { pageQuery, type FilterModel, type SortModelItem } from './query.ts';

const EDIT_FALLBACK = 'value';
/** How long "next pending" waits for the found row's block to arrive before focusing it anyway. */
const LOAD_WAIT_MS = 5000;

/** The row under review: the grid's focused row, else the row chosen elsewhere (a highlight). */
function rowIndexOf(api: GridApi<Indicator>, id: number | null): number {
  const focused = api.getFocusedCell();
  if (focused && !focused.rowPinned) return focused.rowIndex;
  if (id === null) return -1;
  return api.getRowNode(String(id))?.rowIndex ?? -1;
}

export function focusedRow(api: GridApi<Indicator>): Indicator | null {
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return null;
  return api.getDisplayedRowAtIndex(focused.rowIndex)?.data ?? null;
}

function focusRow(api: GridApi<Indicator>, index: number): void {
  const column = api.getFocusedCell()?.column.getColId() ?? EDIT_FALLBACK;
  api.ensureIndexVisible(index, 'middle');
  api.setFocusedCell(index, column);
}

export function moveNext(api: GridApi<Indicator>, currentId: number | null): void {
  const at = rowIndexOf(api, currentId);
  const next = Math.min(at + 1, api.getDisplayedRowCount() - 1);
  if (next >= 0) focusRow(api, next);
}

/** The sort the grid shows, in the order its columns were sorted. */
export function sortModelOf(api: GridApi<Indicator>): SortModelItem[] {
  return api
    .getColumnState()
    .filter((c) => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
}

export type PendingQuery = ApiInput<'findNextPending'>;
export type FindPending = (query: PendingQuery) => Promise<RowPosition | null>;

/** Resolves once the row at `index` holds data (its block may still be on its way from the store). */
function loaded(api: GridApi<Indicator>, index: number): Promise<void> {
  const ready = () => api.isDestroyed() || api.getDisplayedRowAtIndex(index)?.data !== undefined;
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (!api.isDestroyed()) api.removeEventListener('modelUpdated', check);
      resolve();
    };
    const check = () => {
      if (ready()) done();
    };
    const timer = setTimeout(done, LOAD_WAIT_MS);
    api.addEventListener('modelUpdated', check);
  });
}

/**
 * Asks the store for the next pending row after the current one, in the grid's own scope, sort and
 * filter (rows not loaded yet included), then scrolls there and focuses it. False when none is.
 */
export async function focusNextPending(
  api: GridApi<Indicator>,
  currentId: number | null,
  articleId: number | null,
  find: FindPending,
): Promise<boolean> {
  const at = rowIndexOf(api, currentId);
  const { sort, filters } = pageQuery(
    articleId,
    sortModelOf(api),
    api.getFilterModel() as FilterModel,
    0,
    1,
    false,
  );
  const found = await find({
    ...(articleId === null ? {} : { articleId }),
    sort,
    ...(filters ? { filters } : {}),
    after: at,
  });
  if (!found || api.isDestroyed()) return false;
  api.ensureIndexVisible(found.index, 'middle');
  await loaded(api, found.index);
  if (api.isDestroyed()) return false;
  focusRow(api, found.index);
  return true;
}

export function editCurrent(api: GridApi<Indicator>, currentId: number | null): void {
  const at = rowIndexOf(api, currentId);
  if (at < 0) return;
  const focused = api.getFocusedCell()?.column;
  const colKey = focused?.isCellEditable(api.getDisplayedRowAtIndex(at)!)
    ? focused.getColId()
    : EDIT_FALLBACK;
  api.ensureIndexVisible(at);
  api.setFocusedCell(at, colKey);
  api.startEditingCell({ rowIndex: at, colKey });
}

/** Updates rows in place when the outcome lists them all; otherwise refetches the visible blocks. */
export function showOutcome(api: GridApi<Indicator>, outcome: CommandOutcome): void {
  let complete = outcome.removed.length === 0 && outcome.indicators.length === outcome.count;
  for (const row of outcome.indicators) {
    const node = api.getRowNode(String(row.id));
    if (node) node.setData(row);
    else complete = false;
  }
  if (!complete) api.refreshInfiniteCache();
}
