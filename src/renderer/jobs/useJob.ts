// Runs one back-end job at a time (import, export, re-extraction): starts it, polls its progress and
// lets the analyst cancel. Resolves with the final status, or null when the caller unmounted meanwhile.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../shared/domain.ts';
import { api } from '../api.ts';

const POLL_MS = 200;

export function useJob(onCancelError: (e: unknown) => void = console.error) {
  const [job, setJob] = useState<JobStatus | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (start: () => Promise<JobStatus>): Promise<JobStatus | null> => {
    let status = await start();
    setJob(status);
    try {
      while (status.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (!alive.current) return null;
        status = await api.getJob({ id: status.id });
        setJob(status);
      }
      return alive.current ? status : null;
    } finally {
      if (alive.current) setJob(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (job) void api.cancelJob({ id: job.id }).catch(onCancelError);
  }, [job, onCancelError]);

  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return { job, running: job !== null, percent, current: job?.current ?? null, run, cancel };
}
