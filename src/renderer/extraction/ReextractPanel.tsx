// Re-extraction in two steps: a preview that writes nothing (per article, the figures it would add,
// remove and change field by field), then the apply an analyst confirms. Both run as jobs.
import { useState } from 'react';
import type { ReextractArticle, ReextractPreview, ReextractSummary } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import { fieldLabelKey, fieldValueText, figureLine } from './format.ts';
import { useJob } from '../jobs/useJob.ts';

interface Props {
  onApplied: () => void;
}

function ArticleChanges({ a }: { a: ReextractArticle }) {
  const t = useT();
  return (
    <li className="reextract-article" data-testid="reextract-article" data-article={a.articleId}>
      <h3>{a.title || `#${a.articleId}`}</h3>
      {a.kept > 0 && <p className="muted">{t('extraction.kept', { n: a.kept })}</p>}
      <ul>
        {a.added.map((f) => (
          <li key={`a${f.start}`} className="reextract-added" data-testid="reextract-added">
            <span className="reextract-tag">{t('extraction.added')}</span> <q>{f.quote}</q> {figureLine(f)}
          </li>
        ))}
        {a.removed.map((r) => (
          <li key={`r${r.id}`} className="reextract-removed" data-testid="reextract-removed">
            <span className="reextract-tag">{t('extraction.removed')}</span> <q>{r.quote}</q> {figureLine(r)}
          </li>
        ))}
        {a.changed.map((c) => (
          <li key={`c${c.id}`} data-testid="reextract-changed" data-id={c.id}>
            <span className="reextract-tag">{t('extraction.changed')}</span> <q>{c.quote}</q>
            <ul>
              {c.fields.map((d) => (
                <li key={d.field} data-testid="reextract-field" data-field={d.field}>
                  {t(fieldLabelKey(d.field))}: <del>{fieldValueText(t, d.field, d.oldValue)}</del> →{' '}
                  <ins>{fieldValueText(t, d.field, d.newValue)}</ins>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ReextractPanel({ onApplied }: Props) {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const job = useJob();
  const [preview, setPreview] = useState<ReextractPreview | null>(null);

  const runPreview = async () => {
    setPreview(null);
    try {
      const done = await job.run(() => api.previewReextract({}));
      if (!done) return;
      if (done.state === 'failed') throw new Error(done.error ?? 'preview failed');
      if (done.state === 'cancelled') showNotice(t('extraction.cancelled'));
      else setPreview(done.result as ReextractPreview);
    } catch (e) {
      showError(e);
    }
  };

  const apply = async () => {
    if (!preview) return;
    try {
      const done = await job.run(() => api.applyReextract({ token: preview.token }));
      if (!done) return;
      if (done.state === 'failed') throw new Error(done.error ?? 'apply failed');
      setPreview(null);
      if (done.state === 'cancelled') {
        showNotice(t('extraction.cancelled'));
      } else {
        const s = done.result as ReextractSummary;
        showNotice(
          t('extraction.applied', {
            added: s.added,
            removed: s.removed,
            changed: s.changed,
            stale: s.stale.length,
          }),
        );
      }
      onApplied();
    } catch (e) {
      showError(e);
    }
  };

  const nothing = preview && preview.added + preview.removed + preview.changed === 0;
  return (
    <section className="reextract" aria-label={t('extraction.reextract')}>
      <p className="muted">{t('extraction.reextractHint')}</p>
      <div className="dialog-actions">
        {job.running ? (
          <>
            <span role="status" data-testid="extraction-progress">
              {t('extraction.progress', { percent: job.percent })}
            </span>
            <button
              type="button"
              className="btn btn-quiet"
              data-testid="extraction-cancel"
              onClick={job.cancel}
            >
              {t('extraction.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn"
            data-testid="extraction-preview"
            onClick={() => void runPreview()}
          >
            {t('extraction.preview')}
          </button>
        )}
      </div>
      {preview && (
        <div data-testid="extraction-preview-result">
          <p role="status">
            {nothing
              ? t('extraction.nothing', { scanned: preview.scanned })
              : t('extraction.summary', {
                  articles: preview.articles.length,
                  added: preview.added,
                  removed: preview.removed,
                  changed: preview.changed,
                  kept: preview.kept,
                })}
          </p>
          {preview.truncated && (
            <p className="muted">{t('extraction.truncated', { n: preview.articles.length })}</p>
          )}
          <ul className="reextract-articles">
            {preview.articles.map((a) => (
              <ArticleChanges key={a.articleId} a={a} />
            ))}
          </ul>
          {!nothing && (
            <div className="dialog-actions">
              <button
                type="button"
                className="btn btn-primary"
                data-testid="extraction-apply"
                disabled={job.running}
                onClick={() => void apply()}
              >
                {t('extraction.apply')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
