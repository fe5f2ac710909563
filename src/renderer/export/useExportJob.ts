// Runs an export as a back-end job: polls its progress, lets the analyst cancel, and when it is done
// fetches the bytes and hands them to the host (save dialog on the desktop, download in the browser).
import { useCallback } from 'react';
import type { ReportDownload, ReportOptions } from '../../shared/api.ts';
import { api, shell } from '../api.ts';
import { useJob } from '../jobs/useJob.ts';

export interface ExportOutcome {
  fileName: string;
  rows: number;
  saved: string | null;
  downloaded: boolean;
}

export function useExportJob(onDone: (outcome: ExportOutcome) => void, onError: (e: unknown) => void) {
  const { running, percent, run, cancel } = useJob(onError);

  const start = useCallback(
    async (options: ReportOptions) => {
      try {
        const status = await run(() => api.startExport(options));
        if (!status) return;
        if (status.state === 'failed') throw new Error(status.error ?? 'export failed');
        if (status.state !== 'done') return;
        const { downloadId } = status.result as ReportDownload;
        const report = await api.fetchReport({ downloadId });
        const { saved, downloaded } = await shell.saveReport(report);
        onDone({ fileName: report.fileName, rows: report.rows, saved, downloaded });
      } catch (e) {
        onError(e);
      }
    },
    [run, onDone, onError],
  );

  return { running, percent, start, cancel };
}
