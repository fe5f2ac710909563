// Articles slice: import (as a job with progress and cancel, or at once; each article lands whole
// or not at all; a bad file never stops the batch), pasted text, listing with search, filters and
// sorts, reading, and near-duplicates.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { listSimilar } from '../db/article-links.repo.ts';
import { getArticle, listArticles, listSources } from '../db/articles.repo.ts';
import { listLexiconEntries } from '../db/lexicon.repo.ts';
import { buildLexicon } from '../extract/index.ts';
import { articleStore, emptySummary, runImport, type ImportOptions, type SourceFile } from '../ingest/run.ts';
import { demoFiles, findResourcesDir } from '../resources.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';

export type { SourceFile } from '../ingest/run.ts';

const fromBase64 = (files: { name: string; dataBase64: string }[]): SourceFile[] =>
  files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') }));

export function articlesSlice(ctx: ServiceContext) {
  const { db } = ctx;

  function importSources(files: SourceFile[], options: ImportOptions = {}) {
    return runImport(db, files, { ...options, lexicon: listLexiconEntries(db) });
  }

  const methods: Pick<
    ApiImpl,
    | 'listArticles'
    | 'getArticle'
    | 'importFiles'
    | 'importDemo'
    | 'startImport'
    | 'importText'
    | 'listSimilarArticles'
    | 'listSources'
  > = {
    async listArticles(input) {
      return listArticles(db, input);
    },

    async getArticle({ id }) {
      const article = getArticle(db, id);
      if (!article) throw new AppError('not_found', `Article ${id} does not exist`);
      return article;
    },

    async importFiles({ files }) {
      return importSources(fromBase64(files));
    },

    async startImport({ files, maxFileMb, columns }) {
      const sources = fromBase64(files);
      const options = { maxBytes: maxFileMb === undefined ? undefined : maxFileMb * 1048576, columns };
      const status = ctx.jobs.start('import', (job) =>
        runImport(db, sources, { ...options, lexicon: listLexiconEntries(db) }, job),
      );
      // The job starts on the next tick; its first answer already says how many files it has, so a
      // short import shows "0 / n" rather than "0 / 0" even when it is over by the first poll.
      return status.state === 'running' && status.total === 0
        ? { ...status, total: sources.length, current: sources[0]?.name ?? null }
        : status;
    },

    async importText({ text, title }) {
      const summary = emptySummary();
      const store = articleStore(db, { lexicon: buildLexicon(listLexiconEntries(db)) });
      const prepared = store.prepare(
        {
          fileName: 'pasted text',
          label: title ?? 'pasted text',
          originalText: text,
          encoding: 'utf-8',
          hints: { title: title ?? null },
        },
        summary,
      );
      if (prepared) store.store([prepared], summary);
      return summary;
    },

    async listSimilarArticles({ id }) {
      return listSimilar(db, id);
    },

    async listSources() {
      return listSources(db);
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
