// The right pane: the figures of one article or of the whole corpus, in AG Grid's infinite row model.
// Pages come from SQLite with sorting and filtering done there, so the grid never holds the whole
// table. Edits never change the grid's copy directly (readOnlyEdit): they go to the store, and the
// stored row comes back with its new version, so what the grid shows is always what was saved.
// One grid instance serves both scopes: switching article or view swaps what its datasource reads
// and purges the cache; rebuilding AG Grid would cost far more than the page it then fetches.
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridState,
  type GridStateKey,
  type RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type Ref,
} from 'react';
import type { CommandOutcome, EditableField, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { EDITABLE_FIELDS } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { api as store } from '../api.ts';
import type { GridPort } from '../commands/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import type { Selection } from '../review/selection.ts';
import { indicatorColumns } from './columns.ts';
import { scopedDatasource } from './datasource.ts';
import { editCurrent, focusedRow, focusNextPending, moveNext, showOutcome } from './gridPort.ts';
import { patchFromEdit } from './patch.ts';
import { gridTheme } from './theme.ts';
import type { GridView } from './useGridState.ts';

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
  view: GridView;
  /** The view's kept layout, sort and filters: applied at mount and whenever the view changes. */
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

/** Grid state that belongs to the moment, not to the view's kept layout. */
const TRANSIENT: GridStateKey[] = ['scroll', 'focusedCell', 'rowSelection', 'cellSelection'];

/** The empty grid's message follows the scope without rebuilding the grid (localeText is fixed). */
const NoRowsText = createContext('');
function NoRows() {
  return <span className="muted">{useContext(NoRowsText)}</span>;
}

export function IndicatorGrid(props: IndicatorGridProps) {
  const { articleId, view, initialState, selection, onSelect, onEdit, onStateChange, handle } = props;
  const { lang, t } = useI18n();
  const { showError } = useFeedback();
  const gridApi = useRef<GridApi<Indicator> | null>(null);
  const selectionRef = useRef(selection);
  const scope = useRef({ articleId, view });
  const layout = useRef(initialState);
  const columnDefs = useMemo(() => indicatorColumns(t), [t]);
  const errorRef = useRef(showError);
  // One datasource for the grid's life; it reads the scope and reports errors as they are now.
  const source = useMemo(
    () =>
      scopedDatasource(
        store,
        () => scope.current,
        (e) => errorRef.current(e),
      ),
    [],
  );
  const currentId = () => selectionRef.current?.id ?? null;

  useEffect(() => {
    errorRef.current = showError;
    layout.current = initialState;
  }, [showError, initialState]);

  // A new article or view: same grid, new rows. The view's own layout comes back with it.
  useEffect(() => {
    const was = scope.current;
    scope.current = { articleId, view };
    const api = gridApi.current;
    if (!api || (was.articleId === articleId && was.view === view)) return;
    api.clearFocusedCell();
    api.deselectAll();
    // The layout prop follows every sort and filter the reviewer sets; it is applied on a view change.
    if (was.view !== view) api.setState(layout.current ?? {}, TRANSIENT);
    source.forget();
    api.purgeInfiniteCache();
    api.ensureIndexVisible(0, 'top');
  }, [articleId, view, source]);

  useImperativeHandle(
    handle,
    (): GridHandle => ({
      next: () => gridApi.current && moveNext(gridApi.current, currentId()),
      nextPending: async () =>
        gridApi.current
          ? focusNextPending(gridApi.current, currentId(), scope.current.articleId, (q) =>
              store.findNextPending(q),
            )
          : false,
      edit: () => gridApi.current && editCurrent(gridApi.current, currentId()),
      rowById: (id) => gridApi.current?.getRowNode(String(id))?.data ?? null,
      focusedRow: () => (gridApi.current ? focusedRow(gridApi.current) : null),
      selectedRows: () => gridApi.current?.getSelectedRows() ?? [],
      show: (outcome) => gridApi.current && showOutcome(gridApi.current, outcome),
      reload: () => {
        source.forget();
        gridApi.current?.refreshInfiniteCache();
      },
      api: () => gridApi.current,
    }),
    [source],
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
      <NoRowsText value={t(articleId === null ? 'grid.noRowsCorpus' : 'grid.noRows')}>
      <AgGridReact<Indicator>
        // A new language needs new headers and AG Grid's own labels: the one remount left.
        key={lang}
        theme={gridTheme}
        rowModelType="infinite"
        datasource={source}
        cacheBlockSize={BLOCK}
        // An article's rows all stay in the page (they are few); the corpus renders just around the view.
        rowBuffer={articleId === null ? 10 : 40}
        maxBlocksInCache={40}
        initialState={layout.current}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        noRowsOverlayComponent={NoRows}
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
      </NoRowsText>
    </div>
  );
}
