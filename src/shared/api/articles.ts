// Articles slice: importing, listing, searching and reading articles.
import { z } from 'zod';
import type { Article, ArticleSummary, ImportSummary, Page } from '../domain.ts';
import { id, text, type InputOf } from './common.ts';

export const articlesSchemas = {
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
};
type In<K extends keyof typeof articlesSchemas> = InputOf<typeof articlesSchemas, K>;

export interface ArticlesApi {
  listArticles(input: In<'listArticles'>): Promise<Page<ArticleSummary>>;
  getArticle(input: In<'getArticle'>): Promise<Article>;
  importFiles(input: In<'importFiles'>): Promise<ImportSummary>;
  importDemo(input: In<'importDemo'>): Promise<ImportSummary>;
}
