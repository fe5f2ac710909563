// Review slice: the analyst's commands beyond a single edit (add, re-anchor, bulk actions), undo and
// redo kept in the store, per-row and per-article history, and review progress.
import { z } from 'zod';
import type { CommandOutcome, HistoryEntry, ReviewProgress, RowPosition, UndoState } from '../domain.ts';
import { id, text, type InputOf } from './common.ts';
import { indicatorFilterSchema, indicatorPatchSchema, INDICATOR_SORT_FIELDS } from './indicators.ts';

const offset = z.number().int().min(0);
const versioned = z.strictObject({ id, version: z.number().int().positive() });

export const reviewSchemas = {
  addIndicator: z.strictObject({ articleId: id, start: offset, end: offset }),
  reanchorIndicator: z.strictObject({ id, version: z.number().int().positive(), start: offset, end: offset }),
  /** Set fields on many rows at once, each at the version the analyst saw. */
  updateIndicators: z.strictObject({
    items: z.array(versioned).min(1).max(5000),
    patch: indicatorPatchSchema,
  }),
  acceptHighConfidence: z.strictObject({
    articleId: id,
    threshold: z.number().min(0).max(1).default(0.8),
  }),
  replaceInNames: z.strictObject({
    find: text(200).min(1),
    replace: text(200),
    fields: z
      .array(z.enum(['indicator', 'subject']))
      .max(2)
      .default(['indicator', 'subject']),
    articleId: id.optional(),
  }),
  undo: z.strictObject({}),
  redo: z.strictObject({}),
  getUndoState: z.strictObject({}),
  revertChange: z.strictObject({ changeId: id }),
  listHistory: z.strictObject({
    articleId: id.optional(),
    indicatorId: id.optional(),
    limit: z.number().int().min(1).max(5000).default(200),
  }),
  getReviewProgress: z.strictObject({ articleId: id.optional() }),
  /** The grid's scope, sort and filters, and the position of the row under review (-1: none). */
  findNextPending: z.strictObject({
    articleId: id.optional(),
    filters: z.array(indicatorFilterSchema).max(20).optional(),
    sort: z
      .array(z.strictObject({ field: z.enum(INDICATOR_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }))
      .max(5)
      .default([]),
    after: z.number().int().min(-1),
  }),
};
type In<K extends keyof typeof reviewSchemas> = InputOf<typeof reviewSchemas, K>;

export interface ReviewApi {
  /** Adds a figure from a selection of the article's original text; the extractor pre-fills it. */
  addIndicator(input: In<'addIndicator'>): Promise<CommandOutcome>;
  reanchorIndicator(input: In<'reanchorIndicator'>): Promise<CommandOutcome>;
  updateIndicators(input: In<'updateIndicators'>): Promise<CommandOutcome>;
  acceptHighConfidence(input: In<'acceptHighConfidence'>): Promise<CommandOutcome>;
  replaceInNames(input: In<'replaceInNames'>): Promise<CommandOutcome>;
  /** Takes back this reviewer's latest command; the outcome's command is null when there was none. */
  undo(input: In<'undo'>): Promise<CommandOutcome>;
  redo(input: In<'redo'>): Promise<CommandOutcome>;
  getUndoState(input: In<'getUndoState'>): Promise<UndoState>;
  /** Takes back one change without touching later ones; refused if its field changed again since. */
  revertChange(input: In<'revertChange'>): Promise<CommandOutcome>;
  listHistory(input: In<'listHistory'>): Promise<HistoryEntry[]>;
  getReviewProgress(input: In<'getReviewProgress'>): Promise<ReviewProgress>;
  /** The first pending row after `after` in that sort and filter, going round; null when none is. */
  findNextPending(input: In<'findNextPending'>): Promise<RowPosition | null>;
}
