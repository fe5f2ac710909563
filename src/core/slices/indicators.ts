// Indicators slice: listing with SQL sort and filter, audited edits with stale-write detection.
// Each edit is a recorded command (edit, accept or reject) under the reviewer's name.
import { AppError } from '../../shared/errors.ts';
import { listChanges } from '../db/changes.repo.ts';
import { getIndicator, listIndicators } from '../db/indicators.repo.ts';
import { editRows } from '../review/commands.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';
import { reviewerOf } from './settings.ts';

export function indicatorsSlice({
  db,
  actor,
}: ServiceContext): Pick<ApiImpl, 'listIndicators' | 'updateIndicator' | 'listChanges'> {
  return {
    async listIndicators(input) {
      return listIndicators(db, input);
    },

    async updateIndicator({ id, version, patch, command }) {
      const outcome = editRows(db, reviewerOf(db, actor), command, [{ id, version }], patch);
      const row = outcome.indicators[0] ?? getIndicator(db, id);
      if (!row) throw new AppError('not_found', `Indicator ${id} does not exist`);
      return row;
    },

    async listChanges(input) {
      return listChanges(db, input);
    },
  };
}
