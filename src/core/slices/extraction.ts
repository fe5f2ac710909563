// Extraction slice: re-extraction as two jobs (a preview that writes nothing, then the apply an
// analyst confirms) and the store's lexicon entries, which every extraction run merges in.
import type { LexiconEntryRow } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { deleteLexiconEntry, listLexiconEntries, saveLexiconEntry } from '../db/lexicon.repo.ts';
import type { Db } from '../db/open.ts';
import { nowIso } from '../db/sql.ts';
import { buildLexicon, type Lexicon } from '../extract/index.ts';
import { builtinCategory } from '../extract/lexicon.ts';
import { applyReextraction, existingArticles, previewReextraction } from '../reextract/run.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

/** The lexicon extraction uses in this store: the shipped one with the analysts' entries on top. */
export function storeLexicon(db: Db): Lexicon {
  return buildLexicon(listLexiconEntries(db));
}

type Methods =
  'previewReextract' | 'applyReextract' | 'listLexicon' | 'saveLexiconEntry' | 'deleteLexiconEntry';

export function extractionSlice({ db, actor, jobs }: ServiceContext): Pick<ApiImpl, Methods> {
  const withBuiltin = (e: Omit<LexiconEntryRow, 'builtin'>): LexiconEntryRow => ({
    ...e,
    builtin: builtinCategory(e.term),
  });
  const checkIds = (ids: number[] | undefined) => {
    if (!ids) return;
    const found = new Set(existingArticles(db, ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('not_found', `No article ${missing.slice(0, 5).join(', ')}`);
  };
  return {
    async previewReextract({ articleIds }) {
      checkIds(articleIds);
      return jobs.start('reextract-preview', (job) =>
        previewReextraction(db, storeLexicon(db), articleIds, job),
      );
    },

    async applyReextract({ articleIds, token }) {
      checkIds(articleIds);
      return jobs.start('reextract', (job) =>
        applyReextraction(db, storeLexicon(db), articleIds, token, actor, job),
      );
    },

    async listLexicon() {
      return listLexiconEntries(db).map(withBuiltin);
    },

    async saveLexiconEntry({ term, category }) {
      return withBuiltin(saveLexiconEntry(db, { term, category, actor, at: nowIso() }));
    },

    async deleteLexiconEntry({ id }) {
      return { deleted: deleteLexiconEntry(db, id) };
    },
  };
}
