// Runs an export as a back-end job: polls its progress, lets the analyst cancel, and when it is done
// fetches the bytes and hands them to the host (save dialog on the desktop, download in the browser).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDownload, ReportOptions } from '../../shared/api.ts';
import type { JobStatus } from '../../shared/domain.ts';
import { api, shell } from '../api.ts';

const POLL_MS = 250;

export interface ExportOutcome {
  fileName: string;
  rows: number;
  saved: string | null;
  downloaded: boolean;
}

export function useExportJob(onDone: (outcome: ExportOutcome) => void, onError: (e: unknown) => void) {
  const [job, setJob] = useState<JobStatus | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const start = useCallback(
    async (options: ReportOptions) => {
      try {
        let status = await api.startExport(options);
        setJob(status);
        while (status.state === 'running' && alive.current) {
          await new Promise((r) => setTimeout(r, POLL_MS));
          status = await api.getJob({ id: status.id });
          setJob(status);
        }
        if (status.state === 'failed') throw new Error(status.error ?? 'export failed');
        if (status.state !== 'done') return;
        const { downloadId } = status.result as ReportDownload;
        const report = await api.fetchReport({ downloadId });
        const { saved, downloaded } = await shell.saveReport(report);
        onDone({ fileName: report.fileName, rows: report.rows, saved, downloaded });
      } catch (e) {
        onError(e);
      } finally {
        if (alive.current) setJob(null);
      }
    },
    [onDone, onError],
  );

  const cancel = useCallback(() => {
    if (job) void api.cancelJob({ id: job.id }).catch(onError);
  }, [job, onError]);

  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return { running: job !== null, percent, start, cancel };
}
