// Store slice: what the store is and how much it holds.
import pkg from '../../../package.json' with { type: 'json' };
import { countArticles } from '../db/articles.repo.ts';
import { countIndicators } from '../db/indicators.repo.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

export const APP_VERSION: string = pkg.version;

export function storeSlice({ db, storePath }: ServiceContext): Pick<ApiImpl, 'getStoreInfo'> {
  return {
    async getStoreInfo() {
      return {
        path: storePath,
        schemaVersion: schemaVersion(db),
        articles: countArticles(db),
        indicators: countIndicators(db),
        appVersion: APP_VERSION,
      };
    },
  };
}
