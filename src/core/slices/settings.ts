// Settings slice: the reviewer's name, set once and stored with every change (the service's `actor`
// option is only the default), and each reviewer's grid layout, sort and filters.
import { getSetting, setSetting } from '../db/settings.repo.ts';
import type { Db } from '../db/open.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

const REVIEWER_KEY = 'reviewer';

/** Who is reviewing now: the name in settings, else the service's default actor. */
export function reviewerOf(db: Db, fallback: string): string {
  return getSetting<string>(db, REVIEWER_KEY) ?? fallback;
}

const gridKey = (reviewer: string, view: string) => `grid:${view}:${reviewer}`;

export function settingsSlice({
  db,
  actor,
}: ServiceContext): Pick<ApiImpl, 'getSettings' | 'updateSettings' | 'getGridState' | 'saveGridState'> {
  return {
    async getSettings() {
      return { reviewer: reviewerOf(db, actor) };
    },
    async updateSettings({ reviewer }) {
      setSetting(db, REVIEWER_KEY, reviewer);
      return { reviewer };
    },
    async getGridState({ view }) {
      return getSetting<Record<string, unknown>>(db, gridKey(reviewerOf(db, actor), view));
    },
    async saveGridState({ view, state }) {
      setSetting(db, gridKey(reviewerOf(db, actor), view), state);
    },
  };
}
