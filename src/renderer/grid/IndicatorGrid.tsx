// The right pane: the figures of one article or of the whole corpus, in AG Grid's infinite row model.
// Pages come from SQLite with sorting and filtering done there, so the grid never holds the whole
// table. Edits never change the grid's copy directly (readOnlyEdit): they go to the store, and the
// stored row comes back with its new version, so what the grid shows is always what was saved.
// One grid instance serves both scopes: switching article or view swaps what its datasource reads
// and purges the cache; rebuilding AG Grid would cost far more than the page it then fetches.
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellFocusedEvent,
  type GetRowIdParams,
  type GridApi,
  type GridState,
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
import type { CommandOutcome, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { api as store } from '../api.ts';
import type { GridPort } from '../commands/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import type { Selection } from '../review/selection.ts';
import { indicatorColumns } from './columns.ts';
import { scopedDatasource, type ScopedDatasource } from './datasource.ts';
import { editCurrent, focusedRow, focusNextPending, moveNext, showOutcome } from './gridPort.ts';
import { layoutChange } from './layout.ts';
import { gridTheme } from './theme.ts';
import { useCellSave } from './useCellSave.ts';
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
/**
 * Rows drawn beyond the view. An article's rows all stay in the page (they are few); the corpus draws
 * only what is in view, as each drawn row costs style and layout on every change of page, sort or
 * filter. Set from the scope effect, after the purge, so the old rows are not redrawn first.
 */
const rowBufferOf = (articleId: number | null) => (articleId === null ? 5 : 40);
const rowSelection: RowSelectionOptions<Indicator> = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
};
const defaultColDef = { resizable: true, sortable: true };
const getRowId = (p: GetRowIdParams<Indicator>) => String(p.data.id);

/** Commands that can add or remove rows (an add, or an undo, redo or revert of one). */
const ROW_COMMANDS: ReadonlySet<string> = new Set(['add', 'undo', 'redo', 'revert']);
const addsOrRemoves = (o: CommandOutcome) =>
  o.removed.length > 0 || o.indicators.length < o.count || ROW_COMMANDS.has(o.command?.name ?? '');

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
  // One datasource for the grid's life (made when the grid is ready); it reads the scope and reports
  // errors as they are when each page is asked for.
  const source = useRef<ScopedDatasource | null>(null);
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
    // The layout prop follows every sort and filter the reviewer sets; it is applied on a view change,
    // only where it differs from what the grid shows.
    const change = was.view === view ? null : layoutChange(api.getState(), layout.current);
    if (change) api.setState(change.state, change.ignore);
    // Counts are kept per scope and filter: coming back to a view does not count it again.
    api.purgeInfiniteCache();
    api.setGridOption('rowBuffer', rowBufferOf(articleId));
    api.ensureIndexVisible(0, 'top');
  }, [articleId, view]);

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
      show: (outcome) => {
        source.current?.wrote(addsOrRemoves(outcome));
        if (gridApi.current) showOutcome(gridApi.current, outcome);
      },
      reload: () => {
        source.current?.forget();
        gridApi.current?.refreshInfiniteCache();
      },
      api: () => gridApi.current,
    }),
    [],
  );

  /**
   * A figure chosen in the text (or just added) that the grid has not loaded yet: it is focused when
   * its page arrives, so a key pressed next (re-anchor, reject…) acts on it and not on the row before.
   */
  const focusWhenLoaded = useRef<number | null>(null);
  const focusFromText = useCallback(() => {
    const api = gridApi.current;
    const id = focusWhenLoaded.current;
    if (!api || id === null) return;
    const node = api.getRowNode(String(id));
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    focusWhenLoaded.current = null;
    api.ensureIndexVisible(node.rowIndex, 'middle');
    if (!node.isSelected()) node.setSelected(true, true);
    // The grid's focus is what commands act on: it follows a figure chosen in the text.
    api.setFocusedCell(node.rowIndex, api.getFocusedCell()?.column.getColId() ?? 'value');
  }, []);

  useEffect(() => {
    selectionRef.current = selection;
    focusWhenLoaded.current = selection?.from === 'text' ? selection.id : null;
    focusFromText();
  }, [selection, focusFromText]);

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Indicator>) => {
      if (e.rowIndex === null || e.rowPinned) return;
      const id = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data?.id;
      if (id !== undefined && id !== selectionRef.current?.id) onSelect(id);
    },
    [onSelect],
  );

  const onCellEdit = useCallback(
    async (row: Indicator, patch: IndicatorPatch) => {
      const saved = await onEdit(row, patch);
      if (saved) source.current?.wrote(false);
      return saved;
    },
    [onEdit],
  );
  const { onCellEditRequest, onKeyDownCapture } = useCellSave(gridApi, onCellEdit, showError, t);

  return (
    <div
      className="grid-host"
      data-testid="indicator-grid"
      data-scope={articleId === null ? 'corpus' : 'article'}
      onKeyDownCapture={onKeyDownCapture}
    >
      <NoRowsText value={t(articleId === null ? 'grid.noRowsCorpus' : 'grid.noRows')}>
        <AgGridReact<Indicator>
          // A new language needs new headers and AG Grid's own labels: the one remount left.
          key={lang}
          theme={gridTheme}
          rowModelType="infinite"
          cacheBlockSize={BLOCK}
          // Rows are replaced, never moved in place: animating them only adds style work to each page.
          animateRows={false}
          maxBlocksInCache={40}
          initialState={initialState}
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
            source.current ??= scopedDatasource(
              store,
              () => scope.current,
              (err) => errorRef.current(err),
              (total) => gridApi.current?.setRowCount(total, true),
            );
            e.api.setGridOption('rowBuffer', rowBufferOf(scope.current.articleId));
            e.api.setGridOption('datasource', source.current);
          }}
          onGridPreDestroyed={() => {
            gridApi.current = null;
          }}
          onStateUpdated={(e) => onStateChange(e.state)}
          onCellFocused={onCellFocused}
          onCellEditRequest={onCellEditRequest}
          onModelUpdated={focusFromText}
        />
      </NoRowsText>
    </div>
  );
}
