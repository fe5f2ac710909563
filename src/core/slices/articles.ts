// Articles slice: import (each article lands whole or not at all; a bad file never stops the batch),
// listing, search and reading.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSummary } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { findArticleByHash, getArticle, insertArticle, listArticles } from '../db/articles.repo.ts';
import { insertIndicators } from '../db/indicators.repo.ts';
import { nowIso } from '../db/sql.ts';
import { ingestFile, IngestError } from '../ingest/index.ts';
import { demoFiles, findResourcesDir } from '../resources.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export function articlesSlice(ctx: ServiceContext) {
  const { db } = ctx;

  const storeArticle = db.transaction((file: SourceFile, summary: ImportSummary) => {
    const { article, figures } = ingestFile(file.name, file.bytes);
    const existingId = findArticleByHash(db, article.contentHash);
    if (existingId !== null) {
      summary.duplicates.push({ file: file.name, existingId });
      return;
    }
    const now = nowIso();
    const id = insertArticle(db, { ...article, importedAt: now });
    insertIndicators(db, id, figures, 'pending', now);
    summary.imported.push({ id, title: article.title, file: file.name, indicators: figures.length });
  });

  function importSources(files: SourceFile[]): ImportSummary {
    const summary: ImportSummary = { imported: [], duplicates: [], skipped: [] };
    for (const file of files) {
      try {
        storeArticle(file, summary);
      } catch (err) {
        if (!(err instanceof IngestError)) console.error(`[tally] import of ${file.name} failed:`, err);
        summary.skipped.push({ file: file.name, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    return summary;
  }

  const methods: Pick<ApiImpl, 'listArticles' | 'getArticle' | 'importFiles' | 'importDemo'> = {
    async listArticles(input) {
      return listArticles(db, input);
    },

    async getArticle({ id }) {
      const article = getArticle(db, id);
      if (!article) throw new AppError('not_found', `Article ${id} does not exist`);
      return article;
    },

    async importFiles({ files }) {
      return importSources(files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') })));
    },

    async importDemo() {
      const dir = ctx.resourcesDir ?? findResourcesDir();
      return importSources(
        demoFiles(dir).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) })),
      );
    },
  };
  return { methods, importSources };
}
