// AppApi: the one typed table of calls between the UI and the back end. Each method takes a
// single input object, validated by its zod schema at every process boundary (IPC, HTTP).

import { z } from 'zod';
import type { ApiMethod } from './methods.ts';
import {
  APPROX,
  CATEGORIES,
  KINDS,
  MEASURES,
  REVIEW_STATUSES,
  type Article,
  type ArticleSummary,
  type Change,
  type ImportSummary,
  type Indicator,
  type Page,
  type StoreInfo,
} from './domain.ts';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const range = z.tuple([z.number().finite(), z.number().finite()]);

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

export const apiSchemas = {
  getStoreInfo: z.strictObject({}),
  listArticles: z.strictObject({
    query: text(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  getArticle: z.strictObject({ id }),
  importFiles: z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: text(500).min(1),
          /** The file's bytes, base64-encoded: ingest detects the encoding from the bytes. */
          dataBase64: z.string().max(80_000_000),
        }),
      )
      .min(1)
      .max(10_000),
  }),
  importDemo: z.strictObject({}),
  listIndicators: z.strictObject({
    articleId: id.optional(),
    statuses: z.array(z.enum(REVIEW_STATUSES)).optional(),
    subject: text(200).optional(),
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
  }),
  listChanges: z.strictObject({
    articleId: id.optional(),
    indicatorId: id.optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  }),
  exportReport: z.strictObject({
    articleId: id.optional(),
    statuses: z.array(z.enum(REVIEW_STATUSES)).optional(),
  }),
} satisfies Record<ApiMethod, z.ZodType>;

export type ApiInput<K extends ApiMethod> = z.input<(typeof apiSchemas)[K]>;
export type ApiParsed<K extends ApiMethod> = z.output<(typeof apiSchemas)[K]>;

export interface ReportFile {
  fileName: string;
  rows: number;
  dataBase64: string;
}

/** The whole contract. Core implements it (createService); IPC and HTTP carry it. */
export interface AppApi {
  getStoreInfo(input: ApiInput<'getStoreInfo'>): Promise<StoreInfo>;
  listArticles(input: ApiInput<'listArticles'>): Promise<Page<ArticleSummary>>;
  getArticle(input: ApiInput<'getArticle'>): Promise<Article>;
  importFiles(input: ApiInput<'importFiles'>): Promise<ImportSummary>;
  importDemo(input: ApiInput<'importDemo'>): Promise<ImportSummary>;
  listIndicators(input: ApiInput<'listIndicators'>): Promise<Page<Indicator>>;
  updateIndicator(input: ApiInput<'updateIndicator'>): Promise<Indicator>;
  listChanges(input: ApiInput<'listChanges'>): Promise<Change[]>;
  exportReport(input: ApiInput<'exportReport'>): Promise<ReportFile>;
}

// Compile-time check: the method list and the interface name the same calls.
type _SameMethods = [ApiMethod] extends [keyof AppApi]
  ? [keyof AppApi] extends [ApiMethod]
    ? true
    : never
  : never;
export const _sameMethods: _SameMethods = true;
