// The article list as the search box asks for it: debounced so typing does not flood the back
// end, and re-fetched when the store changes (an import, an edit that changes pending counts).
import { useEffect, useState } from 'react';
import type { ArticleSummary, Page } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useFeedback } from '../layout/feedback.tsx';
import type { ArticleFilterState } from './ArticleFilters.tsx';

const DEBOUNCE_MS = 200;

export function useArticles(
  query: string,
  revision: number,
  filters: ArticleFilterState,
): { page: Page<ArticleSummary> | null; loading: boolean } {
  const { showError } = useFeedback();
  const [page, setPage] = useState<Page<ArticleSummary> | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      const trimmed = query.trim();
      const { from, to, source, progress, sort } = filters;
      api
        .listArticles({
          limit: 1000,
          sort,
          descending: sort !== 'title' && sort !== 'source',
          ...(trimmed ? { query: trimmed } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(source ? { source } : {}),
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
