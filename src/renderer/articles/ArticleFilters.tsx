// The article list's filters and sort: date range, source, subject, review progress, order.
import { useEffect, useState } from 'react';
import { ARTICLE_SORTS, type ArticleProgress, type ArticleSort } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';

export interface ArticleFilterState {
  from: string;
  to: string;
  source: string;
  /** Part of the article's subject, as typed. */
  subject: string;
  progress: ArticleProgress | '';
  sort: ArticleSort;
}

export const NO_FILTERS: ArticleFilterState = {
  from: '',
  to: '',
  source: '',
  subject: '',
  progress: '',
  sort: 'published',
};

const SORT_LABEL = {
  published: 'articles.sortPublished',
  imported: 'articles.sortImported',
  title: 'articles.sortTitle',
  source: 'articles.sortSource',
  pending: 'articles.sortPending',
} as const;

export function ArticleFilters({
  value,
  onChange,
  revision,
}: {
  value: ArticleFilterState;
  onChange: (next: ArticleFilterState) => void;
  revision: number;
}) {
  const t = useT();
  const [sources, setSources] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    api
      .listSources({})
      .then((s) => live && setSources(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [revision]);
  const set = (patch: Partial<ArticleFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="article-filters" data-testid="article-filters">
      <input
        type="date"
        aria-label={t('articles.from')}
        title={t('articles.from')}
        value={value.from}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <input
        type="date"
        aria-label={t('articles.to')}
        title={t('articles.to')}
        value={value.to}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
      <select
        aria-label={t('articles.filterSource')}
        value={value.source}
        onChange={(e) => set({ source: e.currentTarget.value })}
      >
        <option value="">{t('articles.filterSource')}</option>
        {sources.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <input
        type="search"
        data-testid="article-filter-subject"
        aria-label={t('articles.filterSubject')}
        placeholder={t('articles.filterSubject')}
        value={value.subject}
        onChange={(e) => set({ subject: e.currentTarget.value })}
      />
      <select
        aria-label={t('articles.filterProgress')}
        value={value.progress}
        onChange={(e) => set({ progress: e.currentTarget.value as ArticleProgress | '' })}
      >
        <option value="">{t('articles.filterProgress')}</option>
        <option value="pending">{t('articles.progressPending')}</option>
        <option value="reviewed">{t('articles.progressReviewed')}</option>
        <option value="none">{t('articles.progressNone')}</option>
      </select>
      <select
        aria-label={t('articles.sort')}
        value={value.sort}
        onChange={(e) => set({ sort: e.currentTarget.value as ArticleSort })}
      >
        {ARTICLE_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(SORT_LABEL[s])}
          </option>
        ))}
      </select>
    </div>
  );
}
