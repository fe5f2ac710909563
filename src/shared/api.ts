// AppApi: the one typed table of calls between the UI and the back end, composed of one slice per
// feature (src/shared/api/*.ts). Each method takes a single input object, validated by its zod schema.
import type { z } from 'zod';
import { articlesSchemas, type ArticlesApi } from './api/articles.ts';
import { extractionSchemas, type ExtractionApi } from './api/extraction.ts';
import { jobsSchemas, type JobsApi } from './api/jobs.ts';
import { indicatorsSchemas, type IndicatorsApi } from './api/indicators.ts';
import { reportsSchemas, type ReportsApi } from './api/reports.ts';
import { reviewSchemas, type ReviewApi } from './api/review.ts';
import { settingsSchemas, type SettingsApi } from './api/settings.ts';
import { storeSchemas, type StoreApi } from './api/store.ts';
import type { ApiMethod } from './methods.ts';

export {
  FILTER_OPS,
  INDICATOR_SORT_FIELDS,
  indicatorPatchSchema,
  type IndicatorFilter,
  type IndicatorFilterCondition,
  type IndicatorSortField,
} from './api/indicators.ts';
export type { ReportFile } from './api/reports.ts';
export { REPORT_COLUMNS, REPORT_SHEETS, type ReportDownload, type ReportOptions } from './api/reports.ts';

export const apiSchemas = {
  ...storeSchemas,
  ...articlesSchemas,
  ...indicatorsSchemas,
  ...reportsSchemas,
  ...jobsSchemas,
  ...extractionSchemas,
  ...reviewSchemas,
  ...settingsSchemas,
} satisfies Record<ApiMethod, z.ZodType>;

export type ApiInput<K extends ApiMethod> = z.input<(typeof apiSchemas)[K]>;
export type ApiParsed<K extends ApiMethod> = z.output<(typeof apiSchemas)[K]>;

/** The whole contract. Core implements it (createService); IPC and HTTP carry it. */
export interface AppApi
  extends StoreApi, ArticlesApi, IndicatorsApi, ReportsApi, JobsApi, ExtractionApi, ReviewApi, SettingsApi {}

// Compile-time check: the method list and the interface name the same calls.
type _SameMethods = [ApiMethod] extends [keyof AppApi]
  ? [keyof AppApi] extends [ApiMethod]
    ? true
    : never
  : never;
export const _sameMethods: _SameMethods = true;
