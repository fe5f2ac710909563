// createService(db): the one implementation of AppApi. Electron IPC, the browser-mode HTTP bridge,
// the CLI and the tests all call it as is. Inputs arrive already validated by dispatch().
import fs from 'node:fs';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { AppApi } from '../shared/api.ts';
import type { ImportSummary, ReviewStatus } from '../shared/domain.ts';
import { AppError } from '../shared/errors.ts';
import {
  countArticles,
  findArticleByHash,
  getArticle,
  insertArticle,
  listArticles,
} from './db/articles.repo.ts';
import { listChanges, recordChange } from './db/changes.repo.ts';
import {
  countIndicators,
  getIndicator,
  insertIndicators,
  listIndicators,
  writeIndicator,
} from './db/indicators.repo.ts';
import { schemaVersion } from './db/migrate.ts';
import type { Db } from './db/open.ts';
import { nowIso } from './db/sql.ts';
import { ingestFile, IngestError } from './ingest/index.ts';
import { reportFileName, writeReport, type ReportArticle } from './report/index.ts';
import { demoFiles, findResourcesDir } from './resources.ts';
import { applyPatch } from './review/edit.ts';
import { validated } from './validated.ts';

export const APP_VERSION: string = pkg.version;

/** Statuses a report includes unless asked otherwise: what an analyst has vouched for. */
export const REPORTED_STATUSES: ReviewStatus[] = ['confirmed', 'corrected', 'added'];

export interface ServiceOptions {
  /** The reviewer's name stored with every change. */
  actor?: string;
  storePath?: string;
  resourcesDir?: string;
}

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export function createService(
  db: Db,
  options: ServiceOptions = {},
): AppApi & {
  importSources(files: SourceFile[]): ImportSummary;
} {
  const actor = options.actor ?? process.env.TALLY_REVIEWER ?? 'analyst';

  /** Each article lands whole (text + figures) or not at all; a bad file never stops the batch. */
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

  return validated(
    {
      async getStoreInfo() {
        return {
          path: options.storePath ?? db.name,
          schemaVersion: schemaVersion(db),
          articles: countArticles(db),
          indicators: countIndicators(db),
          appVersion: APP_VERSION,
        };
      },

      async listArticles(input) {
        return listArticles(db, input);
      },

      async getArticle({ id }) {
        const article = getArticle(db, id);
        if (!article) throw new AppError('not_found', `Article ${id} does not exist`);
        return article;
      },

      async importFiles({ files }) {
        return importSources(
          files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') })),
        );
      },

      async importDemo() {
        const dir = options.resourcesDir ?? findResourcesDir();
        return importSources(
          demoFiles(dir).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) })),
        );
      },

      async listIndicators(input) {
        return listIndicators(db, input);
      },

      async updateIndicator({ id, version, patch }) {
        return db
          .transaction(() => {
            const prev = getIndicator(db, id);
            if (!prev) throw new AppError('not_found', `Indicator ${id} does not exist`);
            if (prev.version !== version) {
              throw new AppError(
                'stale',
                `Indicator ${id} was changed elsewhere (version ${prev.version}, this edit was based on ${version}). ` +
                  'Reload to see the current value.',
              );
            }
            const { next, changes } = applyPatch(prev, patch, () => null);
            if (changes.length === 0) return prev;
            const now = nowIso();
            if (!writeIndicator(db, next, version, now))
              throw new AppError('stale', `Indicator ${id} was changed elsewhere`);
            for (const c of changes)
              recordChange(db, { indicatorId: id, articleId: prev.articleId, ...c, actor, at: now });
            return getIndicator(db, id)!;
          })
          .immediate();
      },

      async listChanges(input) {
        return listChanges(db, input);
      },

      async exportReport(input) {
        const statuses = input.statuses ?? REPORTED_STATUSES;
        const page = listIndicators(db, {
          articleId: input.articleId,
          statuses,
          sort: [],
          offset: 0,
          limit: Number.MAX_SAFE_INTEGER,
        });
        const articles = new Map<number, ReportArticle>();
        for (const ind of page.items) {
          if (articles.has(ind.articleId)) continue;
          const a = getArticle(db, ind.articleId);
          if (a)
            articles.set(a.id, {
              id: a.id,
              title: a.title,
              published: a.published,
              source: a.source,
              url: a.url,
            });
        }
        const exportedAt = new Date();
        const bytes = await writeReport({
          indicators: page.items,
          articles,
          appVersion: APP_VERSION,
          exportedAt,
        });
        return {
          fileName: reportFileName(exportedAt),
          rows: page.items.length,
          dataBase64: bytes.toString('base64'),
        };
      },
    },
    { importSources },
  );
}
