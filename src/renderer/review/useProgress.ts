// Review progress (pending and done) for the open article and for the corpus, re-read whenever
// the store changes.
import { useEffect, useState } from 'react';
import type { ReviewProgress } from '../../shared/domain.ts';
import { api } from '../api.ts';

export function useProgress(articleId: number | null, revision: number) {
  const [article, setArticle] = useState<ReviewProgress | null>(null);
  const [corpus, setCorpus] = useState<ReviewProgress | null>(null);
  useEffect(() => {
    let live = true;
    const ask = articleId === null ? Promise.resolve(null) : api.getReviewProgress({ articleId });
    Promise.all([ask, api.getReviewProgress({})])
      .then(([a, c]) => {
        if (!live) return;
        setArticle(a);
        setCorpus(c);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [articleId, revision]);
  return { article: articleId === null ? null : article, corpus };
}
