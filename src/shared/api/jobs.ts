// Jobs slice: progress and cancellation of long work, by polling (works the same over IPC and HTTP).
import { z } from 'zod';
import type { JobStatus } from '../domain.ts';
import { text, type InputOf } from './common.ts';

const jobId = text(64).min(1);

export const jobsSchemas = {
  getJob: z.strictObject({ id: jobId }),
  cancelJob: z.strictObject({ id: jobId }),
  listJobs: z.strictObject({}),
};
type In<K extends keyof typeof jobsSchemas> = InputOf<typeof jobsSchemas, K>;

export interface JobsApi {
  getJob(input: In<'getJob'>): Promise<JobStatus>;
  /** Asks a running job to stop; what it already finished stays. Returns its status. */
  cancelJob(input: In<'cancelJob'>): Promise<JobStatus>;
  listJobs(input: In<'listJobs'>): Promise<JobStatus[]>;
}
