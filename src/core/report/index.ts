// Tally's Excel report: builds the workbook in memory (no file I/O here) so the desktop save dialog,
// the HTTP bridge and the CLI can each decide where the bytes go. Each sheet is its own module.

import ExcelJS from 'exceljs';
import type { Indicator } from '../../shared/domain.ts';
import { addIndicatorsSheet } from './indicators-sheet.ts';

export { INDICATOR_COLUMNS, INDICATORS_SHEET } from './indicators-sheet.ts';
export { headerText } from './table.ts';

/** The few article fields a report shows beside each indicator. */
export interface ReportArticle {
  id: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface ReportInput {
  /** Written in the given order; the caller chooses which statuses and which order. */
  indicators: Indicator[];
  articles: Map<number, ReportArticle>;
  appVersion: string;
  exportedAt: Date;
}

/** Builds the workbook in memory and returns the .xlsx bytes. */
export async function writeReport(input: ReportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Tally ${input.appVersion}`;
  workbook.created = input.exportedAt;
  workbook.modified = input.exportedAt;
  addIndicatorsSheet(workbook, input.indicators, input.articles);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** tally-report-2026-11-22-1015.xlsx, in the analyst's local time (the time they clicked Export). */
export function reportFileName(exportedAt: Date): string {
  const d = exportedAt;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `tally-report-${day}-${pad(d.getHours())}${pad(d.getMinutes())}.xlsx`;
}
