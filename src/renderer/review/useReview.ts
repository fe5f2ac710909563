// The article under review and its figures, loaded together, and the one path by which a cell edit
// reaches the store. Commands report what they stored through `apply`, so the highlights follow.
import { useCallback, useEffect, useState } from 'react';
import type { Article, CommandOutcome, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { api } from '../api.ts';
import { useFeedback } from '../layout/feedback.tsx';

export interface Review {
  article: Article | null;
  indicators: Indicator[];
  loading: boolean;
  /** Saves a patch; resolves with the stored indicator, or null when the store refused it. */
  update: (row: Indicator, patch: IndicatorPatch) => Promise<Indicator | null>;
  /** Shows what a command stored (rows changed, added or removed). */
  apply: (outcome: CommandOutcome) => void;
  /** Fetches the article's figures again (after a refused write or a large command). */
  reload: () => void;
}

/** The article's rows after a command: changed ones replaced, new ones placed by position. */
export function merged(rows: Indicator[], outcome: CommandOutcome, articleId: number): Indicator[] {
  const gone = new Set(outcome.removed);
  const byId = new Map(outcome.indicators.filter((r) => r.articleId === articleId).map((r) => [r.id, r]));
  const next = rows.filter((r) => !gone.has(r.id)).map((r) => byId.get(r.id) ?? r);
  const known = new Set(next.map((r) => r.id));
  for (const r of byId.values()) if (!known.has(r.id)) next.push(r);
  return next.sort((a, b) => a.start - b.start || a.id - b.id);
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

  const apply = useCallback(
    (outcome: CommandOutcome) => {
      if (articleId === null) return;
      if (outcome.indicators.length < outcome.count) setReloads((n) => n + 1);
      else setIndicators((rows) => merged(rows, outcome, articleId));
    },
    [articleId],
  );
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const current = articleId !== null && article?.id === articleId;
  const loading = articleId !== null && settled !== requestKey;
  return {
    article: current ? article : null,
    indicators: current ? indicators : [],
    loading,
    update,
    apply,
    reload,
  };
}
