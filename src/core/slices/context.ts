// What every service slice gets: the open store and who is working in it.
import type { Db } from '../db/open.ts';
import type { JobRegistry } from '../jobs.ts';

export interface ServiceContext {
  db: Db;
  /** The reviewer's name stored with every change. */
  actor: string;
  storePath: string;
  /** Long work in the background, with progress and cancel. */
  jobs: JobRegistry;
  /** Where resources/ lives; found on demand when not given. */
  resourcesDir?: string | undefined;
}
