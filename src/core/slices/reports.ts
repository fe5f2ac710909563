// Reports slice: the Excel workbook of indicators in scope, with their articles.
import type { ReviewStatus } from '../../shared/domain.ts';
import { getArticle } from '../db/articles.repo.ts';
import { listIndicators } from '../db/indicators.repo.ts';
import { reportFileName, writeReport, type ReportArticle } from '../report/index.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';
import { APP_VERSION } from './store.ts';

/** Statuses a report includes unless asked otherwise: what an analyst has vouched for. */
export const REPORTED_STATUSES: ReviewStatus[] = ['confirmed', 'corrected', 'added'];

export function reportsSlice({ db }: ServiceContext): Pick<ApiImpl, 'exportReport'> {
  return {
    async exportReport(input) {
      const page = listIndicators(db, {
        articleId: input.articleId,
        statuses: input.statuses ?? REPORTED_STATUSES,
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
  };
}
