// Reports slice: Excel workbooks that carry the numbers and where each came from, exported as a job,
// saved as presets, and read back (the round trip) so edits made in Excel can be reviewed and applied.
import { z } from 'zod';
import {
  REVIEW_STATUSES,
  type JobStatus,
  type ReportComparison,
  type ReportEditResult,
  type ReportPreset,
} from '../domain.ts';
import { id, text, type InputOf } from './common.ts';
import { indicatorPatchSchema, indicatorsSchemas } from './indicators.ts';

/** Sheets an analyst may leave out; Indicators and About are always in a report. */
export const REPORT_SHEETS = ['summary', 'articles', 'changes'] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

/** Indicator columns a report can show (the English half of each header), in their default order. */
export const REPORT_COLUMNS = [
  'id',
  'article_id',
  'article',
  'published',
  'source',
  'url',
  'quote',
  'value',
  'range_low',
  'range_high',
  'unit',
  'norm_value',
  'norm_unit',
  'approx',
  'measure',
  'kind',
  'category',
  'indicator',
  'subject',
  'period',
  'period_norm',
  'confidence',
  'status',
  'reviewer',
  'note',
] as const;
export type ReportColumnKey = (typeof REPORT_COLUMNS)[number];

/** What the grid shows: the same filters and sort as listIndicators, without paging. */
export const gridScopeSchema = indicatorsSchemas.listIndicators.omit({
  offset: true,
  limit: true,
  count: true,
});

export const reportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('corpus') }),
  z.strictObject({ kind: z.literal('article'), articleId: id }),
  z.strictObject({ kind: z.literal('grid'), grid: gridScopeSchema }),
]);
export type ReportScope = z.input<typeof reportScopeSchema>;

export const reportOptionsSchema = z.strictObject({
  /** Default: the whole corpus (or the one article named by articleId). */
  scope: reportScopeSchema.optional(),
  /** Shorthand for scope { kind: 'article' } kept for older callers. */
  articleId: id.optional(),
  /** Default: the grid scope's statuses if it has some, else confirmed, corrected and added. */
  statuses: z.array(z.enum(REVIEW_STATUSES)).optional(),
  /** Columns in the order wanted; the id column is always kept, first. */
  columns: z.array(z.enum(REPORT_COLUMNS)).max(REPORT_COLUMNS.length).optional(),
  sheets: z.array(z.enum(REPORT_SHEETS)).optional(),
});
export type ReportOptions = z.input<typeof reportOptionsSchema>;

const downloadId = text(64).min(1);

export const reportsSchemas = {
  exportReport: reportOptionsSchema,
  /** Starts an export job (kind 'export'); its result is a ReportDownload. */
  startExport: reportOptionsSchema,
  /** The finished export's bytes, once: the file is removed after it is fetched. */
  fetchReport: z.strictObject({ downloadId }),
  listReportPresets: z.strictObject({}),
  saveReportPreset: z.strictObject({ name: text(100).trim().min(1), options: reportOptionsSchema }),
  deleteReportPreset: z.strictObject({ id }),
  /** Reads an exported workbook edited in Excel and lists how it differs from the store. */
  compareReport: z.strictObject({ fileName: text(500), dataBase64: z.string().max(80_000_000) }),
  /** Applies chosen differences, each as a grid edit (version check, audit). */
  applyReportEdits: z.strictObject({
    edits: z
      .array(z.strictObject({ id, version: z.number().int().positive(), patch: indicatorPatchSchema }))
      .min(1)
      .max(100_000),
  }),
};
type In<K extends keyof typeof reportsSchemas> = InputOf<typeof reportsSchemas, K>;

export interface ReportFile {
  fileName: string;
  rows: number;
  dataBase64: string;
}

/** An export job's result: fetch the bytes with fetchReport. */
export interface ReportDownload {
  fileName: string;
  rows: number;
  downloadId: string;
}

export interface ReportsApi {
  exportReport(input: In<'exportReport'>): Promise<ReportFile>;
  startExport(input: In<'startExport'>): Promise<JobStatus>;
  fetchReport(input: In<'fetchReport'>): Promise<ReportFile>;
  listReportPresets(input: In<'listReportPresets'>): Promise<ReportPreset[]>;
  saveReportPreset(input: In<'saveReportPreset'>): Promise<ReportPreset>;
  deleteReportPreset(input: In<'deleteReportPreset'>): Promise<void>;
  compareReport(input: In<'compareReport'>): Promise<ReportComparison>;
  applyReportEdits(input: In<'applyReportEdits'>): Promise<ReportEditResult[]>;
}
