// The left pane: every stored article with its date, source and review progress, and a search
// box. Arrow keys move through the list so a reviewer can work without the mouse.
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../shared/domain.ts';
import { useT } from '../i18n/i18n.tsx';
import type { Touched } from '../review/touched.ts';
import { ArticleFilters, NO_FILTERS } from './ArticleFilters.tsx';
import { useArticles } from './useArticles.ts';

interface ArticleListProps {
  selectedId: number | null;
  onSelect: (id: number) => void;
  revision: number;
  /** Articles whose counts a review edit changed. */
  touched: Touched;
}

function ArticleItem({
  article,
  selected,
  onSelect,
}: {
  article: ArticleSummary;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useT();
  return (
    <li>
      <button
        type="button"
        className="article-item"
        data-testid="article-item"
        data-article-id={article.id}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="article-title">{article.title}</span>
        <span className="article-meta">
          <span>{article.published ?? t('articles.noDate')}</span>
          <span>{article.source ?? t('articles.noSource')}</span>
        </span>
        <span className="article-counts">
          <span className="count">{t('articles.figures', { n: article.indicatorCount })}</span>
          {article.pendingCount > 0 && (
            <span className="count count-pending">{t('articles.pending', { n: article.pendingCount })}</span>
          )}
        </span>
      </button>
    </li>
  );
}

// Memoised: the workbench re-renders on every selection, and a thousand list items need not follow.
export const ArticleList = memo(function ArticleList({
  selectedId,
  onSelect,
  revision,
  touched,
}: ArticleListProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState(NO_FILTERS);
  const { page, loading } = useArticles(query, revision, filters, touched);
  const listRef = useRef<HTMLUListElement>(null);
  const items = page?.items ?? [];
  const firstId = page?.items[0]?.id;

  // A newcomer should see an article at once, not an empty middle pane.
  useEffect(() => {
    if (selectedId === null && firstId !== undefined) onSelect(firstId);
  }, [selectedId, firstId, onSelect]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.article-item') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    next?.click();
  };

  return (
    <nav className="pane pane-articles" aria-label={t('articles.title')}>
      <div className="pane-head">
        <h2>{t('articles.title')}</h2>
        {page && <span className="muted">{t('articles.count', { total: page.total })}</span>}
      </div>
      <input
        type="search"
        className="search"
        data-testid="article-search"
        placeholder={t('articles.search')}
        aria-label={t('articles.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ArticleFilters value={filters} onChange={setFilters} revision={revision} />
      <ul
        className="article-list"
        data-testid="article-list"
        ref={listRef}
        onKeyDown={onKeyDown}
        aria-busy={loading}
      >
        {items.map((a) => (
          <ArticleItem
            key={a.id}
            article={a}
            selected={a.id === selectedId}
            onSelect={() => onSelect(a.id)}
          />
        ))}
        {!loading && items.length === 0 && <li className="muted empty-line">{t('articles.empty')}</li>}
      </ul>
    </nav>
  );
});
