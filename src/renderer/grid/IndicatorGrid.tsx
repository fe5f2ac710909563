// The right pane: one row per figure of the article under review. Edits never change the grid's
// copy directly (readOnlyEdit): they go to the store, and the stored row comes back with its new
// version, so what the grid shows is always what was saved.
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type GetRowIdParams,
  type GridApi,
  type RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EditableField, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { EDITABLE_FIELDS } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import type { Selection } from '../review/selection.ts';
import { indicatorColumns } from './columns.ts';
import { patchFromEdit } from './patch.ts';
import { gridTheme } from './theme.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

interface IndicatorGridProps {
  indicators: Indicator[];
  selection: Selection | null;
  onSelect: (id: number) => void;
  onEdit: (row: Indicator, patch: IndicatorPatch) => Promise<Indicator | null>;
}

const rowSelection: RowSelectionOptions<Indicator> = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
};
const defaultColDef = { resizable: true, sortable: true };
const getRowId = (p: GetRowIdParams<Indicator>) => String(p.data.id);

function isEditable(field: string | undefined): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field ?? '');
}

/** Brings the grid's selected row in line with the shared selection; scrolls only if asked. */
function showSelection(api: GridApi<Indicator>, selection: Selection | null): void {
  if (!selection) return;
  const node = api.getRowNode(String(selection.id));
  if (!node) return;
  if (!node.isSelected()) node.setSelected(true, true);
  if (selection.from === 'text') api.ensureNodeVisible(node, 'middle');
}

export function IndicatorGrid({ indicators, selection, onSelect, onEdit }: IndicatorGridProps) {
  const { lang, t } = useI18n();
  const { showError } = useFeedback();
  const gridApi = useRef<GridApi<Indicator> | null>(null);
  const selectionRef = useRef(selection);
  const columnDefs = useMemo(() => indicatorColumns(t), [t]);
  const localeText = useMemo(() => ({ noRowsToShow: t('grid.noRows') }), [t]);

  useEffect(() => {
    selectionRef.current = selection;
    if (gridApi.current) showSelection(gridApi.current, selection);
  }, [selection, indicators]);

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Indicator>) => {
      if (e.rowIndex === null || e.rowPinned) return;
      const id = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data?.id;
      if (id !== undefined && id !== selectionRef.current?.id) onSelect(id);
    },
    [onSelect],
  );

  const onCellEditRequest = useCallback(
    async (e: CellEditRequestEvent<Indicator>) => {
      const field = e.colDef.field;
      const row = e.data;
      if (!row || !isEditable(field)) return;
      const outcome = patchFromEdit(row, field, e.newValue);
      if (outcome.kind === 'unchanged') return;
      if (outcome.kind === 'invalid') {
        showError(new AppError('invalid_input', t(outcome.key, outcome.vars)));
        return;
      }
      const saved = await onEdit(row, outcome.patch);
      // Refused: the grid still holds the old row; redraw the cell so the edit visibly reverts.
      if (!saved) e.api.refreshCells({ rowNodes: [e.node], columns: [e.column], force: true });
    },
    [onEdit, showError, t],
  );

  return (
    <div className="grid-host" data-testid="indicator-grid">
      <AgGridReact<Indicator>
        key={lang}
        theme={gridTheme}
        rowData={indicators}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        localeText={localeText}
        onGridReady={(e) => {
          gridApi.current = e.api;
        }}
        onFirstDataRendered={(e) => showSelection(e.api, selectionRef.current)}
        onGridPreDestroyed={() => {
          gridApi.current = null;
        }}
        onCellFocused={onCellFocused}
        onCellEditRequest={(e) => void onCellEditRequest(e)}
      />
    </div>
  );
}
