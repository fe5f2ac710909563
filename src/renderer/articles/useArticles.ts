// The article list as the search box asks for it: debounced so typing does not flood the back
// end, and re-fetched when the store changes (an import, a re-extraction). A review edit re-reads only
// the counts of the articles it touched.
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, Page } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useFeedback } from '../layout/feedback.tsx';
import type { Touched } from '../review/touched.ts';
import type { ArticleFilterState } from './ArticleFilters.tsx';

const DEBOUNCE_MS = 200;

export function useArticles(
  query: string,
  revision: number,
  filters: ArticleFilterState,
  touched: Touched,
): { page: Page<ArticleSummary> | null; loading: boolean } {
  const { showError } = useFeedback();
  const [page, setPage] = useState<Page<ArticleSummary> | null>(null);
  const [loading, setLoading] = useState(true);
  const listed = useRef<Page<ArticleSummary> | null>(null);
  useEffect(() => {
    listed.current = page;
  }, [page]);

  useEffect(() => {
    const ids = touched.articles.filter((id) => listed.current?.items.some((a) => a.id === id));
    if (!ids.length) return;
    let live = true;
    void Promise.all(
      ids.map((articleId) => api.getReviewProgress({ articleId }).then((p) => [articleId, p] as const)),
    )
      .then((counts) => {
        if (!live) return;
        const byId = new Map(counts);
        setPage(
          (p) =>
            p && {
              ...p,
              items: p.items.map((a) => {
                const c = byId.get(a.id);
                return c ? { ...a, indicatorCount: c.total, pendingCount: c.pending } : a;
              }),
            },
        );
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [touched]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      const trimmed = query.trim();
      const { from, to, source, subject, progress, sort } = filters;
      api
        .listArticles({
          limit: 1000,
          sort,
          descending: sort !== 'title' && sort !== 'source',
          ...(trimmed ? { query: trimmed } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(source ? { source } : {}),
          ...(subject.trim() ? { subject: subject.trim() } : {}),
          ...(progress ? { progress } : {}),
        })
        .then((p) => {
          if (live) setPage(p);
        })
        .catch((e: unknown) => {
          if (live) showError(e);
        })
        .finally(() => {
          if (live) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, revision, filters, showError]);

  return { page, loading };
}
