// Settings: the reviewer's name, set once and stored with every change from then on.
import { useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Dialog } from './Dialog.tsx';
import { useFeedback } from './feedback.tsx';

export function SettingsDialog({
  reviewer,
  onSaved,
  onClose,
}: {
  reviewer: string;
  onSaved: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { showError, showNotice } = useFeedback();
  const [name, setName] = useState(reviewer);
  const save = async () => {
    try {
      const saved = await api.updateSettings({ reviewer: name });
      onSaved(saved.reviewer);
      showNotice(t('settings.saved', { name: saved.reviewer }));
      onClose();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Dialog title={t('settings.title')} testId="settings-dialog" onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save();
        }}
      >
        <label>
          {t('settings.reviewerLabel')}
          <input
            data-testid="reviewer-input"
            value={name}
            maxLength={80}
            required
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn">
            {t('settings.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
