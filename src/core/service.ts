// createService(db): the one implementation of AppApi, composed of one slice per feature
// (src/core/slices/). Electron IPC, the browser-mode HTTP bridge, the CLI and the tests all call it
// as is; every call is validated by its method's schema (validated.ts).
import type { Db } from './db/open.ts';
import { JobRegistry } from './jobs.ts';
import { extractionSlice } from './slices/extraction.ts';
import { jobsSlice } from './slices/jobs.ts';
import { articlesSlice } from './slices/articles.ts';
import { indicatorsSlice } from './slices/indicators.ts';
import { reportsSlice } from './slices/reports.ts';
import { reviewSlice } from './slices/review.ts';
import { settingsSlice } from './slices/settings.ts';
import { storeSlice } from './slices/store.ts';
import { validated } from './validated.ts';

export type { SourceFile } from './slices/articles.ts';
export { REPORTED_STATUSES } from './slices/reports.ts';
export { APP_VERSION } from './slices/store.ts';

export interface ServiceOptions {
  /** The reviewer's name stored with every change. */
  actor?: string | undefined;
  storePath?: string | undefined;
  resourcesDir?: string | undefined;
}

export type Service = ReturnType<typeof createService>;

export function createService(db: Db, options: ServiceOptions = {}) {
  const ctx = {
    db,
    actor: options.actor ?? process.env.TALLY_REVIEWER ?? 'analyst',
    storePath: options.storePath ?? db.name,
    resourcesDir: options.resourcesDir,
    jobs: new JobRegistry(),
  };
  const articles = articlesSlice(ctx);
  const indicators = indicatorsSlice(ctx);
  return validated(
    {
      ...storeSlice(ctx),
      ...articles.methods,
      ...indicators,
      ...reportsSlice(ctx, (input) => indicators.updateIndicator(input)),
      ...jobsSlice(ctx),
      ...extractionSlice(ctx),
      ...reviewSlice(ctx),
      ...settingsSlice(ctx),
    },
    { importSources: articles.importSources, jobs: ctx.jobs },
  );
}
