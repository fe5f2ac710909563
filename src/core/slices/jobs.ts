// Jobs slice: the UI's view of long work (progress, result) and its cancel button.
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

export function jobsSlice({ jobs }: ServiceContext): Pick<ApiImpl, 'getJob' | 'cancelJob' | 'listJobs'> {
  return {
    async getJob({ id }) {
      return jobs.get(id);
    },
    async cancelJob({ id }) {
      return jobs.cancel(id);
    },
    async listJobs() {
      return jobs.list();
    },
  };
}
