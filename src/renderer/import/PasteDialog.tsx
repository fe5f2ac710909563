// Pasted text becomes a new article: the analyst copies a story from anywhere and saves it here.
import { useState } from 'react';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useRunImport, type ImportProps } from './useRunImport.ts';

export function PasteDialog({ onClose, onImported }: ImportProps & { onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const { busy, run } = useRunImport(onImported);
  return (
    <div
      className="paste-dialog"
      role="dialog"
      aria-label={t('import.pasteTitle')}
      data-testid="paste-dialog"
    >
      <h2>{t('import.pasteTitle')}</h2>
      <textarea
        rows={12}
        value={text}
        placeholder={t('import.pastePlaceholder')}
        data-testid="paste-text"
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="paste-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="paste-save"
          disabled={busy || !text.trim()}
          onClick={() =>
            void run(async () => {
              const summary = await api.importText({ text });
              onClose();
              return summary;
            })
          }
        >
          {t('import.pasteSave')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  );
}
