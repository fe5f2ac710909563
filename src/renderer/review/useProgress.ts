// Review progress (pending and done) for the open article and for the corpus. The corpus counts are
// read again only when the store changes as a whole; after a review edit the open article's counts
// are re-read (one cheap query) and the corpus follows by the difference.
import { useEffect, useRef, useState } from 'react';
import type { ReviewProgress } from '../../shared/domain.ts';
import { api } from '../api.ts';
import type { Touched } from './touched.ts';

const shift = (c: ReviewProgress, now: ReviewProgress, was: ReviewProgress): ReviewProgress => ({
  total: c.total + now.total - was.total,
  pending: c.pending + now.pending - was.pending,
  done: c.done + now.done - was.done,
});

export function useProgress(articleId: number | null, revision: number, touched: Touched) {
  const [article, setArticle] = useState<ReviewProgress | null>(null);
  const [corpus, setCorpus] = useState<ReviewProgress | null>(null);
  const last = useRef<{ articleId: number; progress: ReviewProgress } | null>(null);
  const openTouched = articleId !== null && touched.articles.includes(articleId);
  // The open article's own touches re-read it; a touch elsewhere re-reads the corpus.
  const articleSeq = openTouched ? touched.seq : -1;
  const elsewhereSeq = touched.seq > 0 && !openTouched ? touched.seq : -1;

  useEffect(() => {
    let live = true;
    api
      .getReviewProgress({})
      .then((c) => live && setCorpus(c))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [revision, elsewhereSeq]);

  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    api
      .getReviewProgress({ articleId })
      .then((now) => {
        if (!live) return;
        const was = last.current;
        last.current = { articleId, progress: now };
        setArticle(now);
        if (articleSeq >= 0 && was?.articleId === articleId) {
          setCorpus((c) => (c ? shift(c, now, was.progress) : c));
        }
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [articleId, revision, articleSeq]);

  return { article: articleId === null ? null : article, corpus };
}
