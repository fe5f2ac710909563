// The workbench: header, feedback strip and three panes (articles, article text, figures grid), the
// command bar and the keyboard. App owns only what the panes share: the store revision (and, after a
// review edit, just the articles it touched), the open article, the row under review, the grid's
// scope and which panel is open.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandOutcome, ImportSummary, Indicator } from '../shared/domain.ts';
import { ArticleList } from './articles/ArticleList.tsx';
import { SimilarArticles } from './articles/SimilarArticles.tsx';
import './commands/index.ts';
import { HelpOverlay } from './commands/HelpOverlay.tsx';
import { Toolbar } from './commands/Toolbar.tsx';
import type { CommandContext, Dialog } from './commands/types.ts';
import { useCommandKeys } from './commands/useCommandKeys.ts';
import { useCommandRunner } from './commands/useCommandRunner.ts';
import { IndicatorGrid, type GridHandle } from './grid/IndicatorGrid.tsx';
import { gridScopeOf } from './grid/scope.ts';
import { useGridState, type GridView } from './grid/useGridState.ts';
import { I18nProvider, useT } from './i18n/i18n.tsx';
import { EmptyStore } from './import/EmptyStore.tsx';
import { ImportSummaryPanel } from './import/ImportSummaryPanel.tsx';
import { ErrorBanner, Notice } from './layout/Banners.tsx';
import { FeedbackProvider, useFeedback, useFeedbackState } from './layout/feedback.tsx';
import { Header } from './layout/Header.tsx';
import { SettingsDialog } from './layout/SettingsDialog.tsx';
import { useStoreInfo } from './layout/useStoreInfo.ts';
import { api } from './api.ts';
import { ArticleText } from './review/ArticleText.tsx';
import { FindReplaceDialog, SetFieldDialog } from './review/BulkDialogs.tsx';
import { HistoryPanel } from './review/HistoryPanel.tsx';
import { nextSelection, type Selection } from './review/selection.ts';
import { useProgress } from './review/useProgress.ts';
import { useReview } from './review/useReview.ts';
import { useReviewer } from './review/useReviewer.ts';
import { focusText } from './review/textCaret.ts';
import { selectionIn } from './review/textSelection.ts';
import { touchedBy, UNTOUCHED, type Touched } from './review/touched.ts';
import { useTextSelection } from './review/useTextSelection.ts';

const IDLE_GRID = { next: () => {}, nextPending: async () => false, edit: () => {} };

function Workbench({ banners }: { banners: ReactNode }) {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const [revision, setRevision] = useState(0);
  const [touched, setTouched] = useState<Touched>(UNTOUCHED);
  const [articleId, setArticleId] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [view, setView] = useState<GridView>('article');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [reviewer, setReviewer] = useReviewer();
  const info = useStoreInfo(revision);
  const grid = useRef<GridHandle>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const textSelection = useTextSelection(textRef);
  const gridState = useGridState(view, reviewer);
  const progress = useProgress(articleId, revision, touched);

  const storeChanged = useCallback(() => setRevision((n) => n + 1), []);
  /** A review change: the articles it touched re-read their counts; nothing else is fetched again. */
  const reviewed = useCallback(
    (rows: Indicator[], removed: number) => {
      const articles = touchedBy(rows, removed);
      if (articles === null) storeChanged();
      else setTouched((t) => ({ seq: t.seq + 1, articles }));
    },
    [storeChanged],
  );
  const review = useReview(
    articleId,
    useCallback((saved: Indicator) => reviewed([saved], 0), [reviewed]),
  );

  const openArticle = useCallback((id: number) => {
    setArticleId(id);
    setSelection(null);
  }, []);
  const onImported = useCallback(
    (summary: ImportSummary) => {
      storeChanged();
      const first = summary.imported[0];
      if (first) openArticle(first.id);
    },
    [storeChanged, openArticle],
  );
  const selectFromText = useCallback((id: number) => setSelection((s) => nextSelection(s, id, 'text')), []);
  const selectFromGrid = useCallback(
    (id: number) => {
      setSelection((s) => nextSelection(s, id, 'grid'));
      // In the corpus view, the text pane follows the row's article.
      const row = grid.current?.rowById(id);
      if (row && row.articleId !== articleId) setArticleId(row.articleId);
    },
    [articleId],
  );

  const applied = useCallback(
    (outcome: CommandOutcome) => {
      grid.current?.show(outcome);
      review.apply(outcome);
      const added = outcome.indicators.find((r) => r.status === 'added' && outcome.command?.name === 'add');
      if (added) setSelection((s) => nextSelection(s, added.id, 'text'));
      if (outcome.indicators.length < outcome.count) storeChanged();
      else reviewed(outcome.indicators, outcome.removed.length);
    },
    [review, storeChanged, reviewed],
  );

  const [bulkRows, setBulkRows] = useState<Indicator[]>([]);
  const fromText = useCallback(
    (id: number | undefined) => review.indicators.find((r) => r.id === id) ?? null,
    [review.indicators],
  );
  /** What the toolbar shows as enabled: read from state only (the grid is asked at run time). */
  const shown = useMemo((): CommandContext => {
    const current = fromText(selection?.id);
    return {
      api,
      t,
      articleId,
      current,
      selected: current ? [current] : [],
      textSelection,
      grid: IDLE_GRID,
      applied: () => {},
      open: () => {},
      focusText: () => {},
      notify: () => {},
    };
  }, [t, articleId, selection, fromText, textSelection]);
  const context = useCallback((): CommandContext => {
    const current =
      grid.current?.focusedRow() ??
      (selection ? (grid.current?.rowById(selection.id) ?? fromText(selection.id)) : null);
    const picked = grid.current?.selectedRows() ?? [];
    const selected = picked.length ? picked : current ? [current] : [];
    return {
      ...shown,
      current,
      selected,
      // Read now, not from the last render: the key may follow the selection within one frame.
      textSelection: selectionIn(textRef.current),
      grid: {
        next: () => grid.current?.next(),
        nextPending: async () => (await grid.current?.nextPending()) ?? false,
        edit: () => grid.current?.edit(),
      },
      applied,
      open: (d) => {
        if (d === 'history') return setHistoryOpen((o) => !o);
        if (d === 'setField') setBulkRows(selected);
        setDialog(d);
      },
      focusText: () => focusText(textRef.current, fromText(selection?.id)?.start ?? null),
      notify: showNotice,
    };
  }, [shown, selection, fromText, applied, showNotice]);
  const onStale = useCallback(() => {
    grid.current?.reload();
    review.reload();
  }, [review]);
  // A workbook's edits or a re-extraction were applied: the grid, the text and the article list reload.
  const reloadAll = useCallback(() => {
    onStale();
    storeChanged();
  }, [onStale, storeChanged]);
  const run = useCommandRunner(context, showError, onStale);
  useCommandKeys(run, dialog === null);

  const empty = info !== null && info.articles === 0;
  const gridArticle = view === 'corpus' ? null : articleId;
  const gridShown = gridState.ready && (view === 'corpus' || articleId !== null);
  // What the grid shows (its sort and filters, as it last reported them), for "export what I see".
  const gridScope = useMemo(
    () => (gridShown ? gridScopeOf(gridArticle, gridState.initialState) : undefined),
    [gridShown, gridArticle, gridState.initialState],
  );
  return (
    <div className="app">
      <Header
        info={info}
        gridScope={gridScope}
        articleId={articleId}
        onStoreChanged={reloadAll}
        onImported={onImported}
        reviewer={reviewer}
        onSettings={() => setDialog('settings')}
      />
      {banners}
      <main className="panes">
        <ArticleList selectedId={articleId} onSelect={openArticle} revision={revision} touched={touched} />
        <section className="pane pane-review" aria-label={t('review.title')} aria-busy={review.loading}>
          {empty ? (
            <EmptyStore onImported={onImported} />
          ) : review.article ? (
            <ArticleText
              article={review.article}
              indicators={review.indicators}
              selection={selection}
              onSelect={selectFromText}
              textRef={textRef}
              aside={
                <SimilarArticles articleId={review.article.id} revision={revision} onOpen={openArticle} />
              }
            />
          ) : (
            <p className="muted placeholder">{review.loading ? t('common.loading') : t('review.none')}</p>
          )}
        </section>
        <section className="pane pane-grid" aria-label={t('grid.title')}>
          <Toolbar
            ctx={shown}
            run={run}
            view={view}
            onView={setView}
            article={progress.article}
            corpus={progress.corpus}
          />
          {gridState.ready && (view === 'corpus' || articleId !== null) && (
            <IndicatorGrid
              handle={grid}
              articleId={gridArticle}
              view={view}
              initialState={gridState.initialState}
              selection={selection}
              onSelect={selectFromGrid}
              onEdit={review.update}
              onStateChange={gridState.save}
            />
          )}
          {historyOpen && (
            <HistoryPanel
              articleId={articleId}
              indicatorId={selection?.id ?? null}
              revision={revision + touched.seq}
              onApplied={applied}
              onClose={() => setHistoryOpen(false)}
            />
          )}
          <p className="muted shortcut-hint">{t('grid.shortcutHint')}</p>
        </section>
      </main>
      {dialog === 'help' && <HelpOverlay onClose={() => setDialog(null)} />}
      {dialog === 'setField' && (
        <SetFieldDialog rows={bulkRows} onApplied={applied} onClose={() => setDialog(null)} />
      )}
      {dialog === 'findReplace' && (
        <FindReplaceDialog articleId={articleId} onApplied={applied} onClose={() => setDialog(null)} />
      )}
      {dialog === 'settings' && reviewer !== null && (
        <SettingsDialog reviewer={reviewer} onSaved={setReviewer} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}

function WithFeedback() {
  const [feedback, state] = useFeedbackState();
  const banners = (
    <div className="banners">
      {state.error && <ErrorBanner error={state.error} onDismiss={state.clearError} />}
      {state.notice && <Notice text={state.notice} onDismiss={state.clearNotice} />}
      {state.importSummary && (
        <ImportSummaryPanel summary={state.importSummary} onDismiss={state.clearImport} />
      )}
    </div>
  );
  return (
    <FeedbackProvider value={feedback}>
      <Workbench banners={banners} />
    </FeedbackProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <WithFeedback />
    </I18nProvider>
  );
}
