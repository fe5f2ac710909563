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

/** What a figure says: the fields extraction fills and an analyst may correct. */
export const FIGURE_FIELDS = [
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
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** Fields an analyst may change on an indicator (through the audited path). */
export const EDITABLE_FIELDS = [...FIGURE_FIELDS, 'status', 'note'] as const;
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
  /** span: a re-anchor ({start, end, quote}); norm: the normalised value that followed an edit. */
  field: EditableField | 'created' | 'deleted' | 'span' | 'norm';
  /** JSON-encoded values, so that null, numbers and ranges survive unchanged. */
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  at: string;
}

export interface ImportFailure {
  file: string;
  reason: string;
  /** Set when the file is a list whose text column was not recognised: the analyst maps it. */
  columns?: UnmappedList | undefined;
}

/** What an analyst needs to map a list's columns: its header, a sample row, what was recognised. */
export interface UnmappedList {
  /** The sheet the header was read from, when the workbook has several; else null. */
  sheet: string | null;
  /** The header row as written (a header over 200 characters is cut and cannot be mapped). */
  headers: string[];
  /** The first row under the header with any value, cell for cell (long cells cut). */
  sample: string[];
  /** The columns recognised by their names (header names), to start the mapping from. */
  recognised: ColumnMapping;
}

export interface ImportSummary {
  imported: { id: number; title: string; file: string; indicators: number }[];
  duplicates: { file: string; existingId: number }[];
  skipped: ImportFailure[];
  /** Imported articles that nearly duplicate stored ones (linked, kept). */
  nearDuplicates?: ImportNearDuplicate[];
  /** Exact totals: the imported, duplicates and nearDuplicates lists stop at the first 1,000 each. */
  counts?: { imported: number; duplicates: number; nearDuplicates: number };
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

/** Review commands as the store records them; undo, redo and revert are commands too. */
export const COMMAND_NAMES = [
  'edit',
  'accept',
  'reject',
  'add',
  'reanchor',
  'accept-high-confidence',
  'set-field',
  'find-replace',
  'revert',
  'undo',
  'redo',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** done: on its actor's undo stack; undone: on the redo stack; dropped: undone, no longer redoable. */
export type CommandState = 'done' | 'undone' | 'dropped' | 'applied';

export interface CommandSummary {
  id: number;
  name: CommandName;
  actor: string;
  at: string;
  articleId: number | null;
  state: CommandState;
  /** How many field changes it made. */
  changes: number;
}

/** One line of a row's or an article's history: the change and the command it belonged to. */
export interface HistoryEntry extends Change {
  commandId: number | null;
  command: CommandName | null;
  commandState: CommandState | null;
}

/** What a review command did: the rows as stored now, and the ids of rows it removed. */
export interface CommandOutcome {
  command: CommandSummary | null;
  indicators: Indicator[];
  removed: number[];
  /** Rows touched; when more than the outcome lists, the grid reloads instead. */
  count: number;
}

export interface UndoState {
  undo: CommandSummary | null;
  redo: CommandSummary | null;
}

/** Review progress: done is every row no longer pending. */
export interface ReviewProgress {
  total: number;
  pending: number;
  done: number;
}

export interface ReviewSettings {
  /** The name stored with every change. */
  reviewer: string;
}

/** A saved report setup (scope, statuses, columns and their order, sheets) an analyst reuses. */
export interface ReportPreset {
  id: number;
  name: string;
  /** ReportOptions as sent to startExport (src/shared/api/reports.ts). */
  options: Record<string, unknown>;
  updatedAt: string;
}

/** One field of one row where a workbook brought back from Excel differs from the store. */
export interface ReportDifference {
  indicatorId: number;
  /** The row version the comparison saw: applying refuses if the store moved on since. */
  version: number;
  /** The worksheet row (1-based, as Excel numbers it); null for a row deleted from the workbook. */
  row: number | null;
  /** 'deleted': the row was removed in Excel; applying it rejects the indicator. */
  field: EditableField | 'deleted';
  /** Both sides as an analyst would read them. */
  stored: string;
  workbook: string;
  /** What applying it writes (through updateIndicator); null when it cannot be applied. */
  patch: IndicatorPatch | null;
  /** Why it cannot be applied (an unknown status, a missing indicator), or null. */
  problem: string | null;
  /** The store changed this indicator after the workbook was exported. */
  changedSinceExport: boolean;
}

export interface ReportComparison {
  fileName: string;
  exportedAt: string;
  /** Indicator rows found in the workbook. */
  rows: number;
  differences: ReportDifference[];
  /** Workbook rows that could not be matched (a bad or repeated id, an indicator no longer stored). */
  skipped: { row: number; reason: string }[];
}

export interface ReportEditResult {
  id: number;
  ok: boolean;
  /** The stored row after the edit, when it went through. */
  indicator: Indicator | null;
  error: string | null;
}

/** Which column of an article list holds what (header names as written), when not recognised. */
export interface ColumnMapping {
  title?: string | undefined;
  content?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
}

/** A stored article that tells much the same story as another (linked, never dropped). */
export interface SimilarArticle {
  id: number;
  title: string;
  source: string | null;
  published: string | null;
  /** Estimated share of shared wording (0..1). */
  similarity: number;
}

/** An imported article linked to near-duplicates already stored. */
export interface ImportNearDuplicate {
  file: string;
  id: number;
  similarTo: { id: number; similarity: number }[];
}

/** Review progress filter for the article list. */
export const ARTICLE_PROGRESS = ['pending', 'reviewed', 'none'] as const;
export type ArticleProgress = (typeof ARTICLE_PROGRESS)[number];
export const ARTICLE_SORTS = ['published', 'imported', 'title', 'source', 'pending'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** An analyst's addition to the indicator→category lexicon; `builtin` is what the shipped one says. */
export interface LexiconEntryRow {
  id: number;
  term: string;
  category: Category;
  builtin: Category | null;
  actor: string;
  updatedAt: string;
}

/** One field re-extraction would change on a stored figure. */
export interface FieldDiff {
  field: EditableField | 'span';
  oldValue: unknown;
  newValue: unknown;
}

/** What re-extraction would do to one article: figures it adds, removes and changes. */
export interface ReextractArticle {
  articleId: number;
  title: string;
  added: Figure[];
  removed: Indicator[];
  changed: { id: number; quote: string; fields: FieldDiff[] }[];
  /** Reviewed or edited figures it leaves exactly as they are. */
  kept: number;
}

/** The preview an analyst confirms; `token` names exactly this plan for applyReextract. */
export interface ReextractPreview {
  token: string;
  scanned: number;
  added: number;
  removed: number;
  changed: number;
  kept: number;
  /** Articles with something to change (at most `listed` of them; counts cover all). */
  articles: ReextractArticle[];
  truncated: boolean;
}

export interface ReextractSummary {
  articles: number;
  added: number;
  removed: number;
  changed: number;
  /** Articles an analyst changed after the preview: left alone, preview again. */
  stale: number[];
}

/** A row and its position in the grid's current sort and filter (0 = the first row). */
export interface RowPosition {
  id: number;
  index: number;
}
