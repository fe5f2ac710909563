// An import as the back end runs it: a job started with the picked files, polled for progress
// (files done of total, the current file) until it ends, and cancellable in between.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary, JobStatus } from '../../shared/domain.ts';
import type { PickedFile } from '../../shared/shell.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';

const POLL_MS = 200;

export function useImportJob(onImported: (summary: ImportSummary) => void) {
  const t = useT();
  const { showError, showImport, showNotice } = useFeedback();
  const [job, setJob] = useState<JobStatus | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const start = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      try {
        let status = await api.startImport({ files });
        setJob(status);
        while (status.state === 'running' && live.current) {
          await new Promise((r) => setTimeout(r, POLL_MS));
          status = await api.getJob({ id: status.id });
          if (live.current) setJob(status);
        }
        if (status.state === 'failed') throw new Error(status.error ?? 'import failed');
        if (status.state === 'cancelled') showNotice(t('import.cancelled'));
        const summary = status.result as ImportSummary | null;
        if (summary) {
          showImport(summary);
          onImported(summary);
        }
      } catch (e) {
        showError(e);
      } finally {
        if (live.current) setJob(null);
      }
    },
    [onImported, showError, showImport, showNotice, t],
  );

  const cancel = useCallback(() => {
    if (job) void api.cancelJob({ id: job.id }).catch(showError);
  }, [job, showError]);

  return { job, start, cancel };
}
