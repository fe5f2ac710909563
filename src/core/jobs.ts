// Long work as jobs: a job runs in the background, reports progress, and stops when cancelled.
// The UI polls getJob (the same over IPC and HTTP); finished jobs are kept for a while to be read.
import crypto from 'node:crypto';
import type { JobStatus } from '../shared/domain.ts';
import { AppError } from '../shared/errors.ts';

export interface JobContext {
  signal: AbortSignal;
  progress(done: number, total: number, current?: string | null): void;
}

export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

/** Throws when the job was cancelled: call it between units of work. */
export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelledError();
}

const KEEP_FINISHED = 50;

export class JobRegistry {
  private readonly jobs = new Map<
    string,
    { status: JobStatus; controller: AbortController; promise: Promise<void> }
  >();

  start(kind: string, run: (ctx: JobContext) => Promise<unknown>): JobStatus {
    const controller = new AbortController();
    const status: JobStatus = {
      id: crypto.randomUUID(),
      kind,
      state: 'running',
      done: 0,
      total: 0,
      current: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
      result: null,
    };
    const ctx: JobContext = {
      signal: controller.signal,
      progress(done, total, current = null) {
        status.done = done;
        status.total = total;
        status.current = current;
      },
    };
    const finish = (patch: Partial<JobStatus>) => {
      Object.assign(status, patch, { finishedAt: new Date().toISOString() });
      this.prune();
    };
    // Start on the next tick so the caller gets the id before any work (or failure) happens.
    const promise = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => run(ctx))
      .then(
        (result) => finish({ state: controller.signal.aborted ? 'cancelled' : 'done', result }),
        (err: unknown) =>
          controller.signal.aborted || err instanceof JobCancelledError
            ? finish({ state: 'cancelled' })
            : finish({ state: 'failed', error: err instanceof Error ? err.message : String(err) }),
      );
    this.jobs.set(status.id, { status, controller, promise });
    return { ...status };
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', `No job ${id}`);
    return { ...job.status };
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', `No job ${id}`);
    if (job.status.state === 'running') job.controller.abort();
    return { ...job.status };
  }

  list(): JobStatus[] {
    return [...this.jobs.values()].map((j) => ({ ...j.status }));
  }

  /** Resolves when the job has finished (tests, the CLI, shutdown). */
  async settled(id: string): Promise<JobStatus> {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', `No job ${id}`);
    await job.promise;
    return { ...job.status };
  }

  /** Cancels every running job and waits for them (closing the store safely). */
  async shutdown(): Promise<void> {
    for (const job of this.jobs.values()) if (job.status.state === 'running') job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.promise));
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(j.status.id);
  }
}
