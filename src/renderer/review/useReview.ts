// The article under review and its figures, loaded together, and the one path by which an edit
// reaches the store. Undo and history will hook in here: every change passes through `update`.
import { useCallback, useEffect, useState } from 'react';
import type { Article, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { api } from '../api.ts';
import { useFeedback } from '../layout/feedback.tsx';

export interface Review {
  article: Article | null;
  indicators: Indicator[];
  loading: boolean;
  /** Saves a patch; resolves with the stored indicator, or null when the store refused it. */
  update: (row: Indicator, patch: IndicatorPatch) => Promise<Indicator | null>;
}

async function load(articleId: number): Promise<[Article, Indicator[]]> {
  const [article, page] = await Promise.all([
    api.getArticle({ id: articleId }),
    api.listIndicators({ articleId, sort: [{ field: 'start', dir: 'asc' }], limit: 5000 }),
  ]);
  return [article, page.items];
}

export function useReview(articleId: number | null, onChanged: (saved: Indicator) => void): Review {
  const { showError } = useFeedback();
  const [article, setArticle] = useState<Article | null>(null);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [reloads, setReloads] = useState(0);
  // Which request last finished; loading is derived from it rather than set inside the effect.
  const [settled, setSettled] = useState('');
  const requestKey = `${articleId}:${reloads}`;

  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    load(articleId)
      .then(([a, items]) => {
        if (!live) return;
        setArticle(a);
        setIndicators(items);
      })
      .catch((e: unknown) => {
        if (live) showError(e);
      })
      .finally(() => {
        if (live) setSettled(`${articleId}:${reloads}`);
      });
    return () => {
      live = false;
    };
  }, [articleId, reloads, showError]);

  const update = useCallback(
    async (row: Indicator, patch: IndicatorPatch) => {
      try {
        const saved = await api.updateIndicator({ id: row.id, version: row.version, patch });
        setIndicators((rows) => rows.map((r) => (r.id === saved.id ? saved : r)));
        onChanged(saved);
        return saved;
      } catch (e) {
        showError(e);
        // Someone else changed the row: fetch the current versions so the next edit can land.
        if (e instanceof AppError && e.code === 'stale') setReloads((n) => n + 1);
        return null;
      }
    },
    [onChanged, showError],
  );

  const current = articleId !== null && article?.id === articleId;
  const loading = articleId !== null && settled !== requestKey;
  return { article: current ? article : null, indicators: current ? indicators : [], loading, update };
}
