// Indicators slice: the figures of articles, their review edits and the audit of those edits.
import { z } from 'zod';
import {
  APPROX,
  CATEGORIES,
  KINDS,
  MEASURES,
  REVIEW_STATUSES,
  type Change,
  type Indicator,
  type Page,
} from '../domain.ts';
import { id, range, text, type InputOf } from './common.ts';

/** Columns the indicator grid may sort or filter on (mapped to SQL columns in core, never spliced). */
export const INDICATOR_SORT_FIELDS = [
  'id',
  'articleId',
  'start',
  'value',
  'unit',
  'approx',
  'measure',
  'kind',
  'category',
  'indicator',
  'subject',
  'period',
  'periodNorm',
  'confidence',
  'status',
  'updatedAt',
] as const;
export type IndicatorSortField = (typeof INDICATOR_SORT_FIELDS)[number];

export const indicatorPatchSchema = z
  .strictObject({
    value: z.number().finite().nullable(),
    range: range.nullable(),
    unit: text(20).min(1),
    approx: z.enum(APPROX),
    measure: z.enum(MEASURES),
    kind: z.enum(KINDS),
    category: z.enum(CATEGORIES),
    indicator: text(200),
    subject: text(200),
    period: text(100).nullable(),
    periodNorm: z
      .string()
      .regex(
        /^\d{4}(-Q[1-4]|-H[12]|-\d{2})?(\.\.\d{4}(-\d{2})?)?$/,
        'period_norm must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM..YYYY-MM or YYYY..YYYY',
      )
      .nullable(),
    status: z.enum(REVIEW_STATUSES),
    note: text(2000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'at least one field to change');

export const FILTER_OPS = [
  'equals',
  'notEqual',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
] as const;

/** One condition on a field: an operator and its operand(s). */
const filterConditionSchema = z.strictObject({
  op: z.enum(FILTER_OPS),
  value: z.union([text(200), z.number().finite()]).optional(),
  /** The upper end of inRange. */
  to: z.number().finite().optional(),
});
export type IndicatorFilterCondition = z.infer<typeof filterConditionSchema>;

/** One column filter of the grid, applied in SQL (AND-ed with the others). */
export const indicatorFilterSchema = z.strictObject({
  field: z.enum(INDICATOR_SORT_FIELDS),
  ...filterConditionSchema.shape,
  /** Other conditions on the same field, any of which may hold instead (a column filter's OR). */
  or: z.array(filterConditionSchema).min(1).max(4).optional(),
});
export type IndicatorFilter = z.infer<typeof indicatorFilterSchema>;

export const indicatorsSchemas = {
  listIndicators: z.strictObject({
    articleId: id.optional(),
    statuses: z.array(z.enum(REVIEW_STATUSES)).optional(),
    subject: text(200).optional(),
    filters: z.array(indicatorFilterSchema).max(20).optional(),
    /** false skips counting the matches (the grid asks once per sort and filter, not per page). */
    count: z.boolean().default(true),
    sort: z
      .array(z.strictObject({ field: z.enum(INDICATOR_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }))
      .max(5)
      .default([]),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(5000).default(500),
  }),
  updateIndicator: z.strictObject({
    id,
    /** The row version the editor saw; a different stored version means a stale write. */
    version: z.number().int().positive(),
    patch: indicatorPatchSchema,
    /** The review command this edit is, as history and undo show it. */
    command: z.enum(['edit', 'accept', 'reject']).default('edit'),
  }),
  listChanges: z.strictObject({
    articleId: id.optional(),
    indicatorId: id.optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  }),
};
type In<K extends keyof typeof indicatorsSchemas> = InputOf<typeof indicatorsSchemas, K>;

export interface IndicatorsApi {
  listIndicators(input: In<'listIndicators'>): Promise<Page<Indicator>>;
  updateIndicator(input: In<'updateIndicator'>): Promise<Indicator>;
  listChanges(input: In<'listChanges'>): Promise<Change[]>;
}
