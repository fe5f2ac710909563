// What commands ask of the grid, done with AG Grid's API: move on, find the next pending row, edit,
// and show stored rows without refetching when the command says exactly which rows changed.
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';

const EDIT_FALLBACK = 'value';

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

/** Looks through the rows already loaded, after the current one and then from the top. */
export function focusNextPending(api: GridApi<Indicator>, currentId: number | null): boolean {
  const at = rowIndexOf(api, currentId);
  const count = api.getDisplayedRowCount();
  for (let step = 1; step <= count; step++) {
    const i = (at + step) % count;
    const node: IRowNode<Indicator> | undefined = api.getDisplayedRowAtIndex(i);
    if (node?.data?.status === 'pending' && node.data.id !== currentId) {
      focusRow(api, i);
      return true;
    }
  }
  return false;
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
