// Saving a cell edit. AG Grid hands an edit over (cellEditRequest) from its event queue, after the
// frames it draws next; the Enter or Tab that commits an edit is seen here first, in the key's own
// handler, so the edit leaves for the store at once and the grid's later request is recognised.
import type { CellEditRequestEvent, GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { EditableField, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { EDITABLE_FIELDS } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import type { T } from '../i18n/i18n.tsx';
import { patchFromEdit } from './patch.ts';

function isEditable(field: string | undefined): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field ?? '');
}

const keyOf = (id: number | undefined, field: string | undefined, value: unknown) =>
  JSON.stringify([id, field, value ?? null]);

export function useCellSave(
  gridApi: RefObject<GridApi<Indicator> | null>,
  onEdit: (row: Indicator, patch: IndicatorPatch) => Promise<Indicator | null>,
  showError: (e: unknown) => void,
  t: T,
) {
  /** The edit the commit key already sent: AG Grid's own request for it must not send it again. */
  const sent = useRef<string | null>(null);

  const save = useCallback(
    async (api: GridApi<Indicator>, node: IRowNode<Indicator>, field: string | undefined, raw: unknown) => {
      const row = node.data;
      if (!row || !isEditable(field)) return;
      const outcome = patchFromEdit(row, field, raw);
      if (outcome.kind === 'unchanged') return;
      if (outcome.kind === 'invalid') {
        showError(new AppError('invalid_input', t(outcome.key, outcome.vars)));
        return;
      }
      const saved = await onEdit(row, outcome.patch);
      if (saved) node.setData(saved);
      // Refused: fetch what is stored now, so the cell shows it and the next edit has its version.
      else api.refreshInfiniteCache();
    },
    [onEdit, showError, t],
  );

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Indicator>) => {
      const key = keyOf(e.data?.id, e.colDef.field, e.newValue);
      if (sent.current === key) {
        sent.current = null;
        return;
      }
      void save(e.api, e.node, e.colDef.field, e.newValue);
    },
    [save],
  );

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== 'Tab') return;
      const api = gridApi.current;
      const cell = api?.getEditingCells()[0];
      const colDef = cell?.column?.getColDef();
      // A popup editor (the note) takes Enter as a new line; it is saved by AG Grid's request.
      if (!api || !cell || !colDef || cell.rowPinned || colDef.cellEditorPopup) return;
      const editor = api.getCellEditorInstances()[0];
      const node = api.getDisplayedRowAtIndex(cell.rowIndex);
      if (!editor || !node?.data) return;
      const field = colDef.field;
      const value: unknown = editor.getValue();
      sent.current = keyOf(node.data.id, field, value);
      void save(api, node, field, value);
    },
    [gridApi, save],
  );

  return { onCellEditRequest, onKeyDownCapture };
}
