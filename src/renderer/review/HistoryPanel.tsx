// The history of the current row or of the whole article: who changed what, when, old → new, with
// the command it belonged to; any one change can be reverted without undoing later ones.
import { useEffect, useState } from 'react';
import type { CommandOutcome, HistoryEntry } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useI18n, type T } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';
import { useFeedback } from '../layout/feedback.tsx';

interface HistoryPanelProps {
  articleId: number | null;
  indicatorId: number | null;
  /** Bumped whenever the store changed, so the list stays current. */
  revision: number;
  onApplied: (outcome: CommandOutcome) => void;
  onClose: () => void;
}

function fieldLabel(t: T, field: HistoryEntry['field']): string {
  const col = `col.${field}` as MessageKey;
  return t(
    ['range', 'span', 'norm', 'created', 'deleted'].includes(field) ? (`field.${field}` as MessageKey) : col,
  );
}

/** A stored JSON value as the analyst reads it. */
function shown(json: string | null): string {
  if (json === null) return '∅';
  const v = JSON.parse(json) as unknown;
  if (v === null) return '∅';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('quote' in o) return String(o.quote);
    if ('unit' in o && 'value' in o) return `${String(o.value ?? '')} ${String(o.unit)}`;
    return JSON.stringify(v);
  }
  return String(v);
}

export function HistoryPanel({ articleId, indicatorId, revision, onApplied, onClose }: HistoryPanelProps) {
  const { t } = useI18n();
  const { showError, showNotice } = useFeedback();
  const [scope, setScope] = useState<'row' | 'article'>(indicatorId === null ? 'article' : 'row');
  const [entries, setEntries] = useState<HistoryEntry[]>([]);

  useEffect(() => {
    let live = true;
    const query =
      scope === 'row' && indicatorId !== null ? { indicatorId } : articleId !== null ? { articleId } : {};
    api
      .listHistory({ ...query, limit: 200 })
      .then((list) => live && setEntries(list))
      .catch((e: unknown) => live && showError(e));
    return () => {
      live = false;
    };
  }, [scope, articleId, indicatorId, revision, showError]);

  const revert = async (entry: HistoryEntry) => {
    try {
      onApplied(await api.revertChange({ changeId: entry.id }));
      showNotice(t('history.reverted'));
    } catch (e) {
      showError(e);
    }
  };

  return (
    <section className="history-panel" data-testid="history-panel" aria-label={t('history.title')}>
      <div className="pane-head">
        <h2>{t('history.title')}</h2>
        <div className="view-switch" role="group">
          {(['row', 'article'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={`btn btn-small${scope === s ? ' active' : ''}`}
              aria-pressed={scope === s}
              disabled={s === 'row' && indicatorId === null}
              onClick={() => setScope(s)}
            >
              {t(`history.${s}`)}
            </button>
          ))}
          <button type="button" className="btn btn-small btn-quiet" onClick={onClose}>
            {t('history.close')}
          </button>
        </div>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {entries.map((e) => (
            <li key={e.id} data-testid="history-entry" data-field={e.field} data-command={e.command ?? ''}>
              <span className="history-when">{new Date(e.at).toLocaleString()}</span>
              <span className="history-who">{e.actor}</span>
              <span className="history-what">
                {e.command ? t(`cmdName.${e.command}` as MessageKey) : ''} · #{e.indicatorId}{' '}
                {fieldLabel(t, e.field)}
              </span>
              <span className="history-values">
                {shown(e.oldValue)} → {shown(e.newValue)}
              </span>
              {e.commandState === 'undone' && <span className="muted">{t('history.undone')}</span>}
              <button type="button" className="btn btn-small btn-quiet" onClick={() => void revert(e)}>
                {t('history.revert')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
