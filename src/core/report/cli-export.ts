// The CLI's export: turns --scope, --status, --columns and --sheets into report options (checked by
// the same schema as the API) and streams the workbook straight into the --out file.
import { z } from 'zod';
import { reportOptionsSchema } from '../../shared/api/reports.ts';
import { REVIEW_STATUSES } from '../../shared/domain.ts';
import { listReportPresets, storeId } from '../db/report-presets.repo.ts';
import type { Db } from '../db/open.ts';
import { APP_VERSION } from '../slices/store.ts';
import { reportInputFromStore, type ReportOptionsParsed } from './from-store.ts';
import { writeReportToFile, type ReportOutcome } from './index.ts';

export const EXPORT_USAGE =
  'tally export --out FILE.xlsx [--db PATH] [--scope corpus|article:ID|grid:JSON|preset:NAME] ' +
  '[--status S1,S2] [--columns C1,C2] [--sheets summary,articles,changes] [--article ID]';

export interface ExportArgs {
  scope?: string | undefined;
  status?: string | undefined;
  columns?: string | undefined;
  sheets?: string | undefined;
  article?: string | undefined;
}

export class ExportArgsError extends Error {}

const list = (s: string | undefined) =>
  s
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function scopeOf(db: Db, scope: string | undefined): Record<string, unknown> {
  if (!scope || scope === 'corpus') return { scope: { kind: 'corpus' } };
  const [kind, ...rest] = scope.split(':');
  const arg = rest.join(':');
  if (kind === 'article') return { scope: { kind: 'article', articleId: Number(arg) } };
  if (kind === 'grid') {
    try {
      return { scope: { kind: 'grid', grid: JSON.parse(arg) as unknown } };
    } catch {
      throw new ExportArgsError(
        '--scope grid: takes the grid’s filter and sort as JSON, e.g. grid:{"subject":"临江高新区"}',
      );
    }
  }
  if (kind === 'preset') {
    const preset = listReportPresets(db).find((p) => p.name === arg);
    if (!preset) throw new ExportArgsError(`no report preset named “${arg}”`);
    return preset.options;
  }
  throw new ExportArgsError(`unknown scope “${scope}”; use corpus, article:ID, grid:JSON or preset:NAME`);
}

/** Report options from the command line; explicit flags override a preset's settings. */
export function exportOptions(db: Db, args: ExportArgs): ReportOptionsParsed {
  const options: Record<string, unknown> = { ...scopeOf(db, args.scope) };
  if (args.article) options.articleId = Number(args.article);
  if (args.status) {
    const statuses = list(args.status) ?? [];
    const bad = statuses.find((s) => !(REVIEW_STATUSES as readonly string[]).includes(s));
    if (bad) throw new ExportArgsError(`unknown status “${bad}”; use ${REVIEW_STATUSES.join(', ')}`);
    options.statuses = statuses;
  }
  if (args.columns) options.columns = list(args.columns);
  if (args.sheets) options.sheets = list(args.sheets);
  const parsed = reportOptionsSchema.safeParse(options);
  if (!parsed.success) throw new ExportArgsError(z.prettifyError(parsed.error));
  return parsed.data;
}

export function exportToFile(db: Db, options: ReportOptionsParsed, file: string): Promise<ReportOutcome> {
  const input = reportInputFromStore(db, options, {
    storeId: storeId(db),
    appVersion: APP_VERSION,
    exportedAt: new Date(),
  });
  return writeReportToFile(input, file);
}
