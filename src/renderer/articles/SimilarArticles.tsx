// Near-duplicates of the open article (the same story from another outlet, linked at import and
// never dropped), shown beside its text so the analyst can compare the two and jump to the other.
import { useEffect, useState } from 'react';
import type { SimilarArticle } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';

interface Props {
  articleId: number;
  /** Bumped when the store changes: a later import may link a new near-duplicate. */
  revision: number;
  onOpen: (id: number) => void;
}

export function SimilarArticles({ articleId, revision, onOpen }: Props) {
  const t = useT();
  const { showError } = useFeedback();
  const [similar, setSimilar] = useState<{ of: number; list: SimilarArticle[] } | null>(null);

  useEffect(() => {
    let live = true;
    api.listSimilarArticles({ id: articleId }).then(
      (list) => live && setSimilar({ of: articleId, list }),
      (e: unknown) => live && showError(e),
    );
    return () => {
      live = false;
    };
  }, [articleId, revision, showError]);

  // Another article's list is never shown while this one's loads.
  const list = similar?.of === articleId ? similar.list : [];
  if (list.length === 0) return null;
  const title = t('similar.title', { n: list.length });
  return (
    <aside className="similar-articles" aria-label={title} data-testid="similar-articles">
      <h3>{title}</h3>
      <ul>
        {list.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="link-button"
              data-testid="similar-article"
              data-article-id={a.id}
              onClick={() => onOpen(a.id)}
            >
              {a.title}
            </button>{' '}
            <span className="muted">
              {[a.source, a.published, t('similar.share', { percent: Math.round(a.similarity * 100) })]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
