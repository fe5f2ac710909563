// The right pane: the figures of one article or of the whole corpus, in AG Grid's infinite row model.
// Pages come from SQLite with sorting and filtering done there, so the grid never holds the whole
// table. Edits never change the grid's copy directly (readOnlyEdit): they go to the store, and the
// stored row comes back with its new version, so what the grid shows is always what was saved.
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridState,
  type IDatasource,
  type RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { CommandOutcome, EditableField, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { EDITABLE_FIELDS } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { api as store } from '../api.ts';
import type { GridPort } from '../commands/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import type { Selection } from '../review/selection.ts';
import { indicatorColumns } from './columns.ts';
import { editCurrent, focusedRow, focusNextPending, moveNext, showOutcome } from './gridPort.ts';
import { patchFromEdit } from './patch.ts';
import { pageQuery, type FilterModel, type SortModelItem } from './query.ts';
import { gridTheme } from './theme.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface GridHandle extends GridPort {
  rowById(id: number): Indicator | null;
  /** The row with the grid's focus, as the grid holds it now (latest version). */
  focusedRow(): Indicator | null;
  selectedRows(): Indicator[];
  show(outcome: CommandOutcome): void;
  /** Refetches what is on screen (after a refused write, or a change made elsewhere). */
  reload(): void;
  api(): GridApi<Indicator> | null;
}

interface IndicatorGridProps {
  /** null: the whole corpus. */
  articleId: number | null;
  initialState: GridState | undefined;
  selection: Selection | null;
  onSelect: (id: number) => void;
  onEdit: (row: Indicator, patch: IndicatorPatch) => Promise<Indicator | null>;
  onStateChange: (state: GridState) => void;
  handle: Ref<GridHandle>;
}

const BLOCK = 100;
const rowSelection: RowSelectionOptions<Indicator> = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
};
const defaultColDef = { resizable: true, sortable: true };
const getRowId = (p: GetRowIdParams<Indicator>) => String(p.data.id);

function isEditable(field: string | undefined): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field ?? '');
}

/** The datasource for one scope: counts once per sort and filter, then pages without counting. */
function datasource(articleId: number | null, onError: (e: unknown) => void): IDatasource {
  let counted: { key: string; total: number } | null = null;
  return {
    getRows(p) {
      const key = JSON.stringify([p.sortModel, p.filterModel]);
      const known = counted?.key === key ? counted.total : null;
      const query = pageQuery(
        articleId,
        p.sortModel as SortModelItem[],
        (p.filterModel ?? {}) as FilterModel,
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

export function IndicatorGrid(props: IndicatorGridProps) {
  const { articleId, initialState, selection, onSelect, onEdit, onStateChange, handle } = props;
  const { lang, t } = useI18n();
  const { showError } = useFeedback();
  const gridApi = useRef<GridApi<Indicator> | null>(null);
  const selectionRef = useRef(selection);
  const columnDefs = useMemo(() => indicatorColumns(t), [t]);
  const source = useMemo(() => datasource(articleId, showError), [articleId, showError]);
  const localeText = useMemo(
    () => ({ noRowsToShow: t(articleId === null ? 'grid.noRowsCorpus' : 'grid.noRows') }),
    [t, articleId],
  );
  const currentId = () => selectionRef.current?.id ?? null;

  useImperativeHandle(
    handle,
    (): GridHandle => ({
      next: () => gridApi.current && moveNext(gridApi.current, currentId()),
      nextPending: () => (gridApi.current ? focusNextPending(gridApi.current, currentId()) : false),
      edit: () => gridApi.current && editCurrent(gridApi.current, currentId()),
      rowById: (id) => gridApi.current?.getRowNode(String(id))?.data ?? null,
      focusedRow: () => (gridApi.current ? focusedRow(gridApi.current) : null),
      selectedRows: () => gridApi.current?.getSelectedRows() ?? [],
      show: (outcome) => gridApi.current && showOutcome(gridApi.current, outcome),
      reload: () => gridApi.current?.refreshInfiniteCache(),
      api: () => gridApi.current,
    }),
    [],
  );

  useEffect(() => {
    selectionRef.current = selection;
    const api = gridApi.current;
    if (!api || !selection || selection.from !== 'text') return;
    const node = api.getRowNode(String(selection.id));
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    api.ensureIndexVisible(node.rowIndex, 'middle');
    if (!node.isSelected()) node.setSelected(true, true);
    // The grid's focus is what commands act on: it follows a figure chosen in the text.
    api.setFocusedCell(node.rowIndex, api.getFocusedCell()?.column.getColId() ?? 'value');
  }, [selection]);

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
      if (saved) e.node.setData(saved);
      // Refused: fetch what is stored now, so the cell shows it and the next edit has its version.
      else e.api.refreshInfiniteCache();
    },
    [onEdit, showError, t],
  );

  return (
    <div
      className="grid-host"
      data-testid="indicator-grid"
      data-scope={articleId === null ? 'corpus' : 'article'}
    >
      <AgGridReact<Indicator>
        key={`${lang}:${articleId === null ? 'corpus' : 'article'}`}
        theme={gridTheme}
        rowModelType="infinite"
        datasource={source}
        cacheBlockSize={BLOCK}
        // An article's rows all stay in the page (they are few); the corpus renders just around the view.
        rowBuffer={articleId === null ? 10 : 40}
        maxBlocksInCache={40}
        initialState={initialState}
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
        onGridPreDestroyed={() => {
          gridApi.current = null;
        }}
        onStateUpdated={(e) => onStateChange(e.state)}
        onCellFocused={onCellFocused}
        onCellEditRequest={(e) => void onCellEditRequest(e)}
      />
    </div>
  );
}
