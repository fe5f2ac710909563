// What to change when the grid moves to another view: only the parts of the view's kept layout that
// differ from what the grid shows. Re-applying column state AG Grid already has costs a full
// column refresh and layout (150 ms over a loaded machine) for nothing.
import type { GridState, GridStateKey } from 'ag-grid-community';

const COLUMN_PARTS = ['columnOrder', 'columnSizing', 'columnVisibility', 'columnPinning'] as const;
/** Every part of the grid's state, so setState can be told which ones to leave alone. */
const PARTS: Record<GridStateKey, true> = {
  aggregation: true,
  columnGroup: true,
  columnOrder: true,
  columnPinning: true,
  columnSizing: true,
  columnVisibility: true,
  columnHeaderName: true,
  filter: true,
  find: true,
  quickFilter: true,
  focusedCell: true,
  pagination: true,
  rowPinning: true,
  pivot: true,
  cellSelection: true,
  rowGroup: true,
  rowGroupExpansion: true,
  ssrmRowGroupExpansion: true,
  rowSelection: true,
  scroll: true,
  sideBar: true,
  sort: true,
  showValuesAs: true,
  userColumns: true,
};
const EVERY_PART = Object.keys(PARTS) as GridStateKey[];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sortModel = (s: GridState | undefined) => s?.sort?.sortModel ?? [];
const filterModel = (s: GridState | undefined) => s?.filter?.filterModel ?? {};

/**
 * The state to apply and the parts to leave alone, or null when the grid already shows the view's
 * layout. A view with no kept column layout keeps the columns as they are; with no kept sort or
 * filter it shows none.
 */
export function layoutChange(
  current: GridState,
  target: GridState | undefined,
): { state: GridState; ignore: GridStateKey[] } | null {
  const state: GridState = {};
  const parts = new Set<GridStateKey>();
  for (const part of COLUMN_PARTS) {
    if (target?.[part] !== undefined && !same(target[part], current[part])) {
      Object.assign(state, { [part]: target[part] });
      parts.add(part);
    }
  }
  if (!same(sortModel(target), sortModel(current))) {
    state.sort = { sortModel: sortModel(target) };
    parts.add('sort');
  }
  if (!same(filterModel(target), filterModel(current))) {
    state.filter = { filterModel: filterModel(target) };
    parts.add('filter');
  }
  if (!parts.size) return null;
  return { state, ignore: EVERY_PART.filter((p) => !parts.has(p)) };
}
