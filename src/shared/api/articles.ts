// Articles slice: importing (as a job with progress and cancel, or at once), listing with search,
// filters and sorts, reading, near-duplicates, and pasted text.
import { z } from 'zod';
import {
  ARTICLE_PROGRESS,
  ARTICLE_SORTS,
  type Article,
  type ArticleSummary,
  type ImportSummary,
  type JobStatus,
  type Page,
  type SimilarArticle,
} from '../domain.ts';
import { id, text, type InputOf } from './common.ts';

const files = z
  .array(
    z.strictObject({
      name: text(500).min(1),
      /** The file's bytes, base64-encoded: ingest detects the encoding from the bytes. */
      dataBase64: z.string().max(80_000_000),
    }),
  )
  .min(1)
  .max(10_000);

const columnName = text(200).optional();
const columns = z
  .strictObject({
    title: columnName,
    content: columnName,
    date: columnName,
    source: columnName,
    url: columnName,
  })
  .optional();

const ymd = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const articlesSchemas = {
  listArticles: z.strictObject({
    query: text(200).optional(),
    /** Published on or after / on or before (YYYY[-MM[-DD]]). */
    from: ymd.optional(),
    to: ymd.optional(),
    source: text(200).optional(),
    /** Part of the article's subject (e.g. 高新区). */
    subject: text(200).optional(),
    progress: z.enum(ARTICLE_PROGRESS).optional(),
    sort: z.enum(ARTICLE_SORTS).default('published'),
    descending: z.boolean().default(true),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  getArticle: z.strictObject({ id }),
  importFiles: z.strictObject({ files }),
  importDemo: z.strictObject({}),
  /** Imports in the background: poll getJob; its result is an ImportSummary. */
  startImport: z.strictObject({
    files,
    /** Files larger than this are skipped (default 20 MB). */
    maxFileMb: z.number().positive().max(500).optional(),
    columns,
  }),
  /** Pasted text becomes a new article. */
  importText: z.strictObject({ text: z.string().min(1).max(5_000_000), title: text(200).optional() }),
  listSimilarArticles: z.strictObject({ id }),
  listSources: z.strictObject({}),
};
type In<K extends keyof typeof articlesSchemas> = InputOf<typeof articlesSchemas, K>;

export interface ArticlesApi {
  listArticles(input: In<'listArticles'>): Promise<Page<ArticleSummary>>;
  getArticle(input: In<'getArticle'>): Promise<Article>;
  importFiles(input: In<'importFiles'>): Promise<ImportSummary>;
  importDemo(input: In<'importDemo'>): Promise<ImportSummary>;
  startImport(input: In<'startImport'>): Promise<JobStatus>;
  importText(input: In<'importText'>): Promise<ImportSummary>;
  listSimilarArticles(input: In<'listSimilarArticles'>): Promise<SimilarArticle[]>;
  /** Every source named by a stored article, for the list's filter. */
  listSources(input: In<'listSources'>): Promise<string[]>;
}
