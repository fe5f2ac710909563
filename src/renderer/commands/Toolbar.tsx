// The command bar above the grid: each command as a button that shows its key, so the shortcuts
// are learnt by looking; plus the grid's scope and the review progress.
import type { ReviewProgress } from '../../shared/domain.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { GridView } from '../grid/useGridState.ts';
import { allCommands, shortcutText } from './registry.ts';
import type { Command, CommandContext } from './types.ts';

interface ToolbarProps {
  ctx: CommandContext;
  run: (command: Command) => void;
  view: GridView;
  onView: (view: GridView) => void;
  article: ReviewProgress | null;
  corpus: ReviewProgress | null;
}

export function Toolbar({ ctx, run, view, onView, article, corpus }: ToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="grid-toolbar">
      <div className="toolbar-row">
        <div className="view-switch" role="group" aria-label={t('view.label')}>
          {(['article', 'corpus'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`btn btn-small${view === v ? ' active' : ''}`}
              aria-pressed={view === v}
              data-testid={`view-${v}`}
              onClick={() => onView(v)}
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <span className="progress" data-testid="review-progress">
          {article && t('progress.article', { done: article.done, total: article.total })}
          {corpus && (
            <span className="muted">
              {' · '}
              {t('progress.corpus', { done: corpus.done, total: corpus.total, pending: corpus.pending })}
            </span>
          )}
        </span>
      </div>
      <div className="toolbar-row commands" role="toolbar" aria-label={t('toolbar.label')}>
        {allCommands().map((c) => (
          <button
            key={c.name}
            type="button"
            className="btn btn-small"
            data-command={c.name}
            disabled={!c.enabled(ctx)}
            title={`${t(c.label)} (${c.shortcuts.map((s) => shortcutText(s)).join(' / ')})`}
            onMouseDown={(e) => e.preventDefault() /* keep the text selection for add / re-anchor */}
            onClick={() => run(c)}
          >
            {t(c.label)} <kbd>{shortcutText(c.shortcuts[0]!)}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
