// Reports slice: the Excel workbook of the indicators in scope (at once, or as a cancellable job),
// saved report presets, and the round trip: compare a workbook edited in Excel, apply chosen edits.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiSchemas, type ApiParsed } from '../../shared/api.ts';
import type { ReportDownload } from '../../shared/api.ts';
import type { Indicator } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { getIndicatorsByIds } from '../db/indicators.repo.ts';
import {
  deleteReportPreset,
  listReportPresets,
  saveReportPreset,
  storeId,
} from '../db/report-presets.repo.ts';
import { reportInputFromStore, type ReportOptionsParsed } from '../report/from-store.ts';
import { reportFileName, writeReport, writeReportToFile } from '../report/index.ts';
import { compareWorkbook, ROUND_TRIP_SHEETS } from '../report/roundtrip/compare.ts';
import { parseWorkbook } from '../report/roundtrip/parse.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';
import { APP_VERSION } from './store.ts';

export { REPORTED_STATUSES } from '../report/from-store.ts';

type ReportMethods =
  | 'exportReport'
  | 'startExport'
  | 'fetchReport'
  | 'listReportPresets'
  | 'saveReportPreset'
  | 'deleteReportPreset'
  | 'compareReport'
  | 'applyReportEdits';

/** The grid's own edit call: the round trip applies each change through it, audit and all. */
export type EditIndicator = (input: ApiParsed<'updateIndicator'>) => Promise<Indicator>;

export function reportsSlice(
  ctx: ServiceContext,
  editIndicator: EditIndicator,
): Pick<ApiImpl, ReportMethods> {
  const { db, jobs } = ctx;
  /** Finished export files waiting to be fetched, by download id. */
  const downloads = new Map<string, { file: string } & ReportDownload>();

  const context = (
    extra: { signal?: AbortSignal; onProgress?: (d: number, t: number, c: string) => void } = {},
  ) => ({
    storeId: storeId(db),
    appVersion: APP_VERSION,
    exportedAt: new Date(),
    ...extra,
  });

  return {
    async exportReport(options) {
      const c = context();
      const report = await writeReport(reportInputFromStore(db, options, c));
      return {
        fileName: reportFileName(c.exportedAt),
        rows: report.rows,
        dataBase64: report.bytes.toString('base64'),
      };
    },

    async startExport(options: ReportOptionsParsed) {
      return jobs.start('export', async (job) => {
        const c = context({ signal: job.signal, onProgress: (d, t, current) => job.progress(d, t, current) });
        const downloadId = crypto.randomUUID();
        const file = path.join(os.tmpdir(), `tally-export-${downloadId}.xlsx`);
        const outcome = await writeReportToFile(reportInputFromStore(db, options, c), file);
        const download = { fileName: reportFileName(c.exportedAt), rows: outcome.rows, downloadId };
        downloads.set(downloadId, { ...download, file });
        return download;
      });
    },

    async fetchReport({ downloadId }) {
      const download = downloads.get(downloadId);
      if (!download)
        throw new AppError('not_found', 'That report was already fetched or never finished; export again.');
      downloads.delete(downloadId);
      try {
        const bytes = await fs.promises.readFile(download.file);
        return { fileName: download.fileName, rows: download.rows, dataBase64: bytes.toString('base64') };
      } finally {
        await fs.promises.rm(download.file, { force: true });
      }
    },

    async listReportPresets() {
      return listReportPresets(db);
    },

    async saveReportPreset({ name, options }) {
      return saveReportPreset(db, name, options);
    },

    async deleteReportPreset({ id }) {
      if (!deleteReportPreset(db, id)) throw new AppError('not_found', `Report preset ${id} does not exist`);
    },

    async compareReport({ fileName, dataBase64 }) {
      let parsed;
      try {
        parsed = await parseWorkbook(Buffer.from(dataBase64, 'base64'), ROUND_TRIP_SHEETS);
      } catch (err) {
        throw new AppError(
          'invalid_input',
          `${fileName}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      return compareWorkbook({
        fileName,
        parsed,
        storeId: storeId(db),
        lookup: (ids) => {
          const found: Indicator[] = [];
          for (let i = 0; i < ids.length; i += 1000)
            found.push(...getIndicatorsByIds(db, ids.slice(i, i + 1000)));
          return found;
        },
      });
    },

    async applyReportEdits({ edits }) {
      const results = [];
      for (const edit of edits) {
        try {
          const indicator = await editIndicator(apiSchemas.updateIndicator.parse(edit));
          results.push({ id: edit.id, ok: true, indicator, error: null });
        } catch (err) {
          results.push({
            id: edit.id,
            ok: false,
            indicator: null,
            error: err instanceof Error ? err.message : String(err),
          });
        }
      }
      return results;
    },
  };
}
