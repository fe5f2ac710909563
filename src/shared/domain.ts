// The analysts' vocabulary as types: articles, indicators (figures), reviews and changes.
// Follows ../shared/eval/SCHEMA.md; camelCase here, snake_case in SQLite and in the eval JSON.

export const APPROX = ['exact', 'about', 'over', 'under'] as const;
export type Approx = (typeof APPROX)[number];

export const MEASURES = ['level', 'change', 'ratio', 'pp', 'multiple', 'rank'] as const;
export type Measure = (typeof MEASURES)[number];

export const KINDS = ['actual', 'forecast', 'target'] as const;
export type Kind = (typeof KINDS)[number];

export const CATEGORIES = [
  'investment',
  'output',
  'gdp',
  'revenue',
  'trade',
  'profit',
  'fiscal',
  'area',
  'enterprises',
  'projects',
  'people',
  'platforms',
  'capacity',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const NORM_UNITS = [
  'CNY',
  'USD',
  'EUR',
  'HKD',
  'JPY',
  'TWD',
  'm2',
  't',
  'kW',
  'kWh',
  'm',
  'count',
  '%',
  'pp',
  'x',
  'rank',
] as const;
export type NormUnit = (typeof NORM_UNITS)[number];

/** pending: fresh extraction; confirmed/corrected/rejected: reviewed; added: made by an analyst. */
export const REVIEW_STATUSES = ['pending', 'confirmed', 'corrected', 'rejected', 'added'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type Range = [number, number];

export interface Norm {
  /** Value in the base unit; null for a range. */
  value: number | null;
  unit: NormUnit;
  range: Range | null;
}

/**
 * One figure as the extractor finds it. Offsets are UTF-16 indices into the text the
 * extractor was given; ingest maps them back into the article's original text.
 */
export interface Figure {
  start: number;
  end: number;
  quote: string;
  /** The number in the stated unit; negative for declines; null for a range. */
  value: number | null;
  range: Range | null;
  unit: string;
  norm: Norm;
  approx: Approx;
  measure: Measure;
  kind: Kind;
  category: Category;
  indicator: string;
  subject: string;
  period: string | null;
  periodNorm: string | null;
  /** 0..1: how sure the extractor is; the review grid sorts by it. */
  confidence: number;
}

/** A stored figure: offsets point into the article's original text. */
export interface Indicator extends Figure {
  id: number;
  articleId: number;
  status: ReviewStatus;
  note: string;
  /** Row version for optimistic concurrency: every write bumps it; a stale write is refused. */
  version: number;
  updatedAt: string;
}

/** Fields an analyst may change on an indicator (through the audited path). */
export const EDITABLE_FIELDS = [
  'value',
  'range',
  'unit',
  'approx',
  'measure',
  'kind',
  'category',
  'indicator',
  'subject',
  'period',
  'periodNorm',
  'status',
  'note',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type IndicatorPatch = Partial<Pick<Indicator, EditableField>>;

export interface ArticleSummary {
  id: number;
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY when the text states it. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** The article's main subject (park, region, company). */
  subject: string | null;
  fileName: string | null;
  importedAt: string;
  indicatorCount: number;
  pendingCount: number;
}

export interface Article extends ArticleSummary {
  originalText: string;
  cleanText: string;
  encoding: string;
  script: 'simplified' | 'traditional';
  contentHash: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** One audited change to one field of one indicator. */
export interface Change {
  id: number;
  indicatorId: number;
  articleId: number;
  field: EditableField | 'created' | 'deleted';
  /** JSON-encoded values, so that null, numbers and ranges survive unchanged. */
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  at: string;
}

export interface ImportFailure {
  file: string;
  reason: string;
}

export interface ImportSummary {
  imported: { id: number; title: string; file: string; indicators: number }[];
  duplicates: { file: string; existingId: number }[];
  skipped: ImportFailure[];
}

export interface StoreInfo {
  path: string;
  schemaVersion: number;
  articles: number;
  indicators: number;
  appVersion: string;
}

/** Long work (import, export) runs as a job the UI polls for progress and may cancel. */
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobStatus {
  id: string;
  /** What the job does, e.g. 'import' or 'export'; says how to read `result`. */
  kind: string;
  state: JobState;
  done: number;
  total: number;
  /** What it is working on now (a file name, a sheet). */
  current: string | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  /** The job's outcome once done: ImportSummary for 'import', ReportFile for 'export', … */
  result: unknown;
}
