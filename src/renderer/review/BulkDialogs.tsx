// The two bulk panels: set one field on the selected rows, and find & replace in indicator and
// subject names. Each runs as one command, so one undo takes it back.
import { useState } from 'react';
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { api } from '../api.ts';
import { CHOICES } from '../grid/patch.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';
import { FormDialog } from '../layout/Dialog.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import { BULK_FIELDS, bulkPatch, type BulkField } from './bulkPatch.ts';

interface BulkProps {
  onApplied: (outcome: CommandOutcome) => void;
  onClose: () => void;
}

export function SetFieldDialog({ rows, onApplied, onClose }: BulkProps & { rows: Indicator[] }) {
  const { t } = useI18n();
  const { showError, showNotice } = useFeedback();
  const [field, setField] = useState<BulkField>('status');
  const [value, setValue] = useState('');
  const choices = CHOICES[field];

  const apply = async () => {
    const sample = rows[0];
    if (!sample) return;
    const outcome = bulkPatch(sample, field, choices && !value ? choices[0]! : value);
    if (outcome.kind === 'invalid') {
      showError(new AppError('invalid_input', t(outcome.key, outcome.vars)));
      return;
    }
    const done = await api.updateIndicators({
      items: rows.map((r) => ({ id: r.id, version: r.version })),
      patch: outcome.patch,
    });
    onApplied(done);
    showNotice(t('cmd.setDone', { n: done.count }));
    onClose();
  };

  return (
    <FormDialog
      title={t('setField.title', { n: rows.length })}
      testId="set-field-dialog"
      onClose={onClose}
      submitLabel={t('setField.apply')}
      onSubmit={apply}
    >
      <label>
        {t('setField.field')}
        <select
          value={field}
          onChange={(e) => {
            setField(e.currentTarget.value as BulkField);
            setValue('');
          }}
        >
          {BULK_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`col.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('setField.value')}
        {choices ? (
          <select value={value || choices[0]} onChange={(e) => setValue(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {t(`${field}.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        ) : (
          <input value={value} onChange={(e) => setValue(e.currentTarget.value)} />
        )}
      </label>
    </FormDialog>
  );
}

export function FindReplaceDialog({
  articleId,
  onApplied,
  onClose,
}: BulkProps & { articleId: number | null }) {
  const { t } = useI18n();
  const { showNotice } = useFeedback();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [scope, setScope] = useState<'article' | 'corpus'>(articleId === null ? 'corpus' : 'article');

  const apply = async () => {
    if (!find) return;
    const done = await api.replaceInNames({
      find,
      replace,
      ...(scope === 'article' && articleId !== null ? { articleId } : {}),
    });
    onApplied(done);
    showNotice(t('cmd.replaced', { n: done.count }));
    onClose();
  };

  return (
    <FormDialog
      title={t('findReplace.title')}
      testId="find-replace-dialog"
      onClose={onClose}
      submitLabel={t('findReplace.apply')}
      onSubmit={apply}
    >
      <label>
        {t('findReplace.find')}
        <input value={find} required onChange={(e) => setFind(e.currentTarget.value)} />
      </label>
      <label>
        {t('findReplace.replace')}
        <input value={replace} onChange={(e) => setReplace(e.currentTarget.value)} />
      </label>
      <label>
        {t('findReplace.scope')}
        <select value={scope} onChange={(e) => setScope(e.currentTarget.value as 'article' | 'corpus')}>
          {articleId !== null && <option value="article">{t('view.article')}</option>}
          <option value="corpus">{t('view.corpus')}</option>
        </select>
      </label>
    </FormDialog>
  );
}
