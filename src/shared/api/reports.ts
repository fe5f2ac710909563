// Reports slice: Excel workbooks that carry the numbers and where each came from.
import { z } from 'zod';
import { REVIEW_STATUSES } from '../domain.ts';
import { id, type InputOf } from './common.ts';

export const reportsSchemas = {
  exportReport: z.strictObject({
    articleId: id.optional(),
    statuses: z.array(z.enum(REVIEW_STATUSES)).optional(),
  }),
};
type In<K extends keyof typeof reportsSchemas> = InputOf<typeof reportsSchemas, K>;

export interface ReportFile {
  fileName: string;
  rows: number;
  dataBase64: string;
}

export interface ReportsApi {
  exportReport(input: In<'exportReport'>): Promise<ReportFile>;
}
