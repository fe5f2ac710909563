// Indicators slice: listing with SQL sort and filter, audited edits with stale-write detection.
import { AppError } from '../../shared/errors.ts';
import { listChanges, recordChange } from '../db/changes.repo.ts';
import { getIndicator, listIndicators, writeIndicator } from '../db/indicators.repo.ts';
import { nowIso } from '../db/sql.ts';
import { applyPatch } from '../review/edit.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

export function indicatorsSlice({
  db,
  actor,
}: ServiceContext): Pick<ApiImpl, 'listIndicators' | 'updateIndicator' | 'listChanges'> {
  return {
    async listIndicators(input) {
      return listIndicators(db, input);
    },

    async updateIndicator({ id, version, patch }) {
      return db
        .transaction(() => {
          const prev = getIndicator(db, id);
          if (!prev) throw new AppError('not_found', `Indicator ${id} does not exist`);
          if (prev.version !== version) {
            throw new AppError(
              'stale',
              `Indicator ${id} was changed elsewhere (version ${prev.version}, this edit was based on ${version}). ` +
                'Reload to see the current value.',
            );
          }
          const { next, changes } = applyPatch(prev, patch, () => null);
          if (changes.length === 0) return prev;
          const now = nowIso();
          if (!writeIndicator(db, next, version, now)) {
            throw new AppError('stale', `Indicator ${id} was changed elsewhere`);
          }
          for (const c of changes) {
            recordChange(db, { indicatorId: id, articleId: prev.articleId, ...c, actor, at: now });
          }
          return getIndicator(db, id)!;
        })
        .immediate();
    },

    async listChanges(input) {
      return listChanges(db, input);
    },
  };
}
