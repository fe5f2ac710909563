// The middle pane: the article exactly as imported, with every figure marked in its review
// colour. The text and the grid are two views of one selection; clicking a figure selects its
// row, and a row chosen in the grid is scrolled into view here and flashed. The text takes the
// keyboard too: a caret moved by arrow keys selects text for adding or re-anchoring a figure.
import {
  Fragment,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Article, Indicator } from '../../shared/domain.ts';
import { useT, type T } from '../i18n/i18n.tsx';
import { figureAt } from './caret.ts';
import { layoutHighlights, type Segment } from './highlights.ts';
import type { Selection } from './selection.ts';
import { useTextCaret } from './useTextCaret.ts';

interface ArticleTextProps {
  article: Article;
  indicators: Indicator[];
  selection: Selection | null;
  onSelect: (id: number) => void;
  /** The text's container, for reading the analyst's selection as offsets. */
  textRef?: RefObject<HTMLDivElement | null>;
  /** Shown under the title, above the text (the article's near-duplicates). */
  aside?: ReactNode;
}

function figureTitle(t: T, row: Indicator): string {
  return t('review.figureTitle', {
    quote: row.quote,
    indicator: row.indicator,
    status: t(`status.${row.status}`),
  });
}

export function ArticleText({ article, indicators, selection, onSelect, textRef, aside }: ArticleTextProps) {
  const t = useT();
  const own = useRef<HTMLDivElement>(null);
  const container = textRef ?? own;
  const byId = useMemo(() => new Map(indicators.map((r) => [r.id, r])), [indicators]);
  const order = useMemo(() => indicators.map((r) => r.id), [indicators]);
  const tree = useMemo(
    () =>
      layoutHighlights(
        article.originalText,
        indicators.map((r) => ({ id: r.id, start: r.start, end: r.end })),
      ),
    [article.originalText, indicators],
  );
  const selectedId = selection && byId.has(selection.id) ? selection.id : null;
  // Roving focus: one figure is in the tab order; arrow keys move between figures.
  const tabStop = selectedId ?? order[0] ?? null;

  const chooseAt = useCallback(
    (offset: number) => {
      const row = figureAt(indicators, offset);
      if (row) onSelect(row.id);
    },
    [indicators, onSelect],
  );
  const { caretRef, onKeyDown: onTextKeyDown } = useTextCaret(container, chooseAt);

  const findMark = (id: number) =>
    container.current?.querySelector<HTMLElement>(
      `[data-testid="figure-highlight"][data-indicator-id="${id}"]`,
    ) ?? null;

  useEffect(() => {
    if (!selection || selection.from !== 'grid') return;
    const el = container.current?.querySelector<HTMLElement>(
      `[data-testid="figure-highlight"][data-indicator-id="${selection.id}"]`,
    );
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'auto' });
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation when the same figure is chosen again
    el.classList.add('flash');
  }, [selection, container]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, id: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    }
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = order[order.indexOf(id) + step];
    if (next === undefined) return;
    onSelect(next);
    const el = findMark(next);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  };

  const render = (segments: Segment[]): ReactNode =>
    segments.map((s, i) => {
      if (s.kind === 'text') return <Fragment key={i}>{s.text}</Fragment>;
      const row = byId.get(s.id);
      if (!row) return <Fragment key={i}>{render(s.children)}</Fragment>;
      const selected = s.id === selectedId;
      return (
        <mark
          key={i}
          className={`figure status-${row.status}${selected ? ' selected' : ''}`}
          data-testid={s.first ? 'figure-highlight' : undefined}
          data-indicator-id={s.id}
          data-status={row.status}
          role={s.first ? 'button' : undefined}
          aria-pressed={s.first ? selected : undefined}
          tabIndex={s.first ? (s.id === tabStop ? 0 : -1) : undefined}
          title={figureTitle(t, row)}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(s.id);
          }}
          onKeyDown={s.first ? (e) => onKeyDown(e, s.id) : undefined}
        >
          {render(s.children)}
        </mark>
      );
    });

  return (
    <article className="article-view">
      <header className="article-view-head">
        <h2>{article.title}</h2>
        <p className="muted">
          {[article.published, article.source, article.subject, article.fileName].filter(Boolean).join(' · ')}
        </p>
      </header>
      {aside}
      <div className="article-text-frame">
        {/* Focusable, never editable: the caret is drawn beside the text, not typed into it. */}
        <div
          className="article-text"
          data-testid="article-text"
          ref={container}
          lang="zh-CN"
          role="document"
          tabIndex={0}
          aria-label={t('review.textLabel')}
          onKeyDown={onTextKeyDown}
        >
          {render(tree)}
        </div>
        <span className="text-caret" ref={caretRef} aria-hidden hidden data-testid="text-caret" />
      </div>
    </article>
  );
}
