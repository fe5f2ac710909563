// The workbench: header, feedback strip and three panes (articles, article text, figures grid).
// App owns only what the panes share: the store revision, the open article and the selection.
import { useCallback, useState, type ReactNode } from 'react';
import type { ImportSummary } from '../shared/domain.ts';
import { ArticleList } from './articles/ArticleList.tsx';
import { IndicatorGrid } from './grid/IndicatorGrid.tsx';
import { I18nProvider, useT } from './i18n/i18n.tsx';
import { EmptyStore } from './import/EmptyStore.tsx';
import { ImportSummaryPanel } from './import/ImportSummaryPanel.tsx';
import { ErrorBanner, Notice } from './layout/Banners.tsx';
import { FeedbackProvider, useFeedbackState } from './layout/feedback.tsx';
import { Header } from './layout/Header.tsx';
import { useStoreInfo } from './layout/useStoreInfo.ts';
import { ArticleText } from './review/ArticleText.tsx';
import { nextSelection, type Selection } from './review/selection.ts';
import { useReview } from './review/useReview.ts';

function Workbench({ banners }: { banners: ReactNode }) {
  const t = useT();
  const [revision, setRevision] = useState(0);
  const [articleId, setArticleId] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const info = useStoreInfo(revision);

  const storeChanged = useCallback(() => setRevision((n) => n + 1), []);
  const review = useReview(articleId, storeChanged);

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
  const selectFromGrid = useCallback((id: number) => setSelection((s) => nextSelection(s, id, 'grid')), []);

  const empty = info !== null && info.articles === 0;
  return (
    <div className="app">
      <Header info={info} onImported={onImported} />
      {banners}
      <main className="panes">
        <ArticleList selectedId={articleId} onSelect={openArticle} revision={revision} />
        <section className="pane pane-review" aria-label={t('review.title')} aria-busy={review.loading}>
          {empty ? (
            <EmptyStore onImported={onImported} />
          ) : review.article ? (
            <ArticleText
              article={review.article}
              indicators={review.indicators}
              selection={selection}
              onSelect={selectFromText}
            />
          ) : (
            <p className="muted placeholder">{review.loading ? t('common.loading') : t('review.none')}</p>
          )}
        </section>
        <section className="pane pane-grid" aria-label={t('grid.title')}>
          <IndicatorGrid
            indicators={review.indicators}
            selection={selection}
            onSelect={selectFromGrid}
            onEdit={review.update}
          />
        </section>
      </main>
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
