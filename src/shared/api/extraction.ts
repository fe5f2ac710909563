// Extraction slice: re-running the engine over stored articles (preview first, apply on confirmation)
// and the analysts' additions to the indicator→category lexicon.
import { z } from 'zod';
import { CATEGORIES, type JobStatus, type LexiconEntryRow } from '../domain.ts';
import { id, text, type InputOf } from './common.ts';

const articleIds = z.array(id).min(1).max(100_000).optional();

export const extractionSchemas = {
  /** Starts a job whose result is a ReextractPreview; nothing is written. */
  previewReextract: z.strictObject({ articleIds }),
  /** Starts a job that applies the previewed plan (its token); result: ReextractSummary. */
  applyReextract: z.strictObject({
    articleIds,
    token: z.string().regex(/^[0-9a-f]{64}$/u, 'a preview token'),
  }),
  listLexicon: z.strictObject({}),
  saveLexiconEntry: z.strictObject({ term: text(40).trim().min(1), category: z.enum(CATEGORIES) }),
  deleteLexiconEntry: z.strictObject({ id }),
};
type In<K extends keyof typeof extractionSchemas> = InputOf<typeof extractionSchemas, K>;

export interface ExtractionApi {
  previewReextract(input: In<'previewReextract'>): Promise<JobStatus>;
  applyReextract(input: In<'applyReextract'>): Promise<JobStatus>;
  listLexicon(input: In<'listLexicon'>): Promise<LexiconEntryRow[]>;
  saveLexiconEntry(input: In<'saveLexiconEntry'>): Promise<LexiconEntryRow>;
  deleteLexiconEntry(input: In<'deleteLexiconEntry'>): Promise<{ deleted: boolean }>;
}
