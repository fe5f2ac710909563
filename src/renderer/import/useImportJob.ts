// An import as the back end runs it: a job started with the picked files, polled for progress
// (files done of total, the current file) until it ends, and cancellable in between.
import { useCallback } from 'react';
import type { ImportSummary } from '../../shared/domain.ts';
import type { PickedFile } from '../../shared/shell.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useJob } from '../jobs/useJob.ts';
import { useFeedback } from '../layout/feedback.tsx';

export function useImportJob(onImported: (summary: ImportSummary) => void) {
  const t = useT();
  const { showError, showImport, showNotice } = useFeedback();
  const { job, run, cancel } = useJob(showError);

  const start = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      try {
        const status = await run(() => api.startImport({ files }));
        if (!status) return;
        if (status.state === 'failed') throw new Error(status.error ?? 'import failed');
        if (status.state === 'cancelled') showNotice(t('import.cancelled'));
        const summary = status.result as ImportSummary | null;
        if (summary) {
          showImport(summary);
          onImported(summary);
        }
      } catch (e) {
        showError(e);
      }
    },
    [run, onImported, showError, showImport, showNotice, t],
  );

  return { job, start, cancel };
}
