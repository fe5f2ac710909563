// Settings: the reviewer's name, set once and stored with every change from then on.
import { useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { FormDialog } from './Dialog.tsx';
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
  const { showNotice } = useFeedback();
  const [name, setName] = useState(reviewer);
  const save = async () => {
    if (!name.trim()) return;
    const saved = await api.updateSettings({ reviewer: name });
    onSaved(saved.reviewer);
    showNotice(t('settings.saved', { name: saved.reviewer }));
    onClose();
  };
  return (
    <FormDialog
      title={t('settings.title')}
      testId="settings-dialog"
      onClose={onClose}
      submitLabel={t('settings.save')}
      onSubmit={save}
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
    </FormDialog>
  );
}
