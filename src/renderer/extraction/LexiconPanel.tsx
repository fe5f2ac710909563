// The analysts' lexicon: terms they map to an indicator category, over the shipped lexicon. Each row
// shows what the shipped lexicon says for the term, so an override is visible as one.
import { useCallback, useEffect, useState } from 'react';
import { CATEGORIES, type Category, type LexiconEntryRow } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';

function isCategory(v: string): v is Category {
  return (CATEGORIES as readonly string[]).includes(v);
}

export function LexiconPanel() {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const [entries, setEntries] = useState<LexiconEntryRow[] | null>(null);
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api.listLexicon({}).then(setEntries, showError), [showError]);
  useEffect(() => {
    api.listLexicon({}).then(setEntries, showError);
  }, [showError]);

  const save = async () => {
    if (!term.trim()) return;
    setBusy(true);
    try {
      const saved = await api.saveLexiconEntry({ term: term.trim(), category });
      showNotice(t('extraction.saved', { term: saved.term, category: t(`category.${saved.category}`) }));
      setTerm('');
      await load();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (entry: LexiconEntryRow) => {
    setBusy(true);
    try {
      await api.deleteLexiconEntry({ id: entry.id });
      await load();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lexicon" aria-label={t('extraction.lexicon')}>
      <p className="muted">{t('extraction.lexiconHint')}</p>
      <form
        className="lexicon-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('extraction.term')}
          <input
            data-testid="lexicon-term"
            value={term}
            maxLength={40}
            onChange={(e) => setTerm(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('col.category')}
          <select
            data-testid="lexicon-category"
            value={category}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isCategory(v)) setCategory(v);
            }}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn" data-testid="lexicon-save" disabled={busy || !term.trim()}>
          {t('extraction.save')}
        </button>
      </form>
      {entries === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted" data-testid="lexicon-empty">
          {t('extraction.noEntries')}
        </p>
      ) : (
        <table className="lexicon-table">
          <thead>
            <tr>
              <th>{t('extraction.term')}</th>
              <th>{t('col.category')}</th>
              <th>{t('extraction.builtin')}</th>
              <th>{t('extraction.by')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="lexicon-entry" data-term={e.term}>
                <td>{e.term}</td>
                <td>{t(`category.${e.category}`)}</td>
                <td className="muted">
                  {e.builtin ? t(`category.${e.builtin}`) : t('extraction.notBuiltin')}
                </td>
                <td className="muted">{e.actor}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    data-testid="lexicon-edit"
                    disabled={busy}
                    onClick={() => {
                      setTerm(e.term);
                      setCategory(e.category);
                    }}
                  >
                    {t('extraction.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    data-testid="lexicon-delete"
                    disabled={busy}
                    onClick={() => void remove(e)}
                  >
                    {t('extraction.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
