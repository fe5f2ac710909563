// How an exported workbook, edited in Excel, differs from the store: matched by the id column, field
// by field, plus the rows the analyst deleted. Refuses a workbook from another store or without ids.
import { indicatorPatchSchema } from '../../../shared/api.ts';
import type {
  EditableField,
  Indicator,
  IndicatorPatch,
  ReportComparison,
  ReportDifference,
} from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import { ID_COLUMN, INDICATORS_SHEET } from '../indicators-sheet.ts';
import { META_SHEET, parseMeta } from '../meta.ts';
import { headerKey } from '../table.ts';
import type { ParsedWorkbook } from './parse.ts';

/** The sheets to read from a workbook brought back: the indicators (renamed or not) and the metadata. */
export const ROUND_TRIP_SHEETS: readonly (readonly string[])[] = [
  [INDICATORS_SHEET, 'Indicators', '指标'],
  [META_SHEET],
];

/** Workbook columns an analyst may edit, and the field each one writes. */
const TEXT_FIELDS: Partial<Record<string, EditableField>> = {
  unit: 'unit',
  approx: 'approx',
  measure: 'measure',
  kind: 'kind',
  category: 'category',
  indicator: 'indicator',
  subject: 'subject',
  period: 'period',
  period_norm: 'periodNorm',
  status: 'status',
  note: 'note',
};

/** Fields stored as '' rather than null when empty. */
const EMPTY_AS_TEXT: readonly EditableField[] = ['note', 'indicator', 'subject'];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return isoDay(v);
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** A number from a cell; text like "1,234.5" counts; anything else is a problem to show. */
function asNumber(v: unknown): { ok: true; value: number | null } | { ok: false } {
  if (v === null || v === undefined || v === '') return { ok: true, value: null };
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v };
  if (typeof v === 'string') {
    const n = Number(v.replace(/[,，\s]/g, ''));
    if (v.trim() && Number.isFinite(n)) return { ok: true, value: n };
  }
  return { ok: false };
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('–');
  return String(v);
}

export interface CompareInput {
  fileName: string;
  parsed: ParsedWorkbook;
  storeId: string;
  /** The store's current indicators for these ids (missing ones left out). */
  lookup(ids: readonly number[]): Indicator[];
}

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

export function compareWorkbook({ fileName, parsed, storeId, lookup }: CompareInput): ReportComparison {
  const metaSheet = parsed.sheets.find((s) => s.name === META_SHEET);
  const meta = metaSheet ? parseMeta(metaSheet.rows) : null;
  if (!meta) {
    refuse(
      `${fileName} is not a report exported by Tally (its hidden ${META_SHEET} sheet is missing or damaged), ` +
        'so its rows cannot be matched to this store. Export a report from this store and edit that one.',
    );
  }
  if (meta.storeId !== storeId) {
    refuse(
      `${fileName} was exported from another Tally store (store ${meta.storeId}; this store is ${storeId}). ` +
        'Import it into the store it came from.',
    );
  }
  const sheet = parsed.sheets.find((s) => s.name !== META_SHEET);
  if (!sheet || sheet.rows.length === 0) refuse(`${fileName} has no ${INDICATORS_SHEET} sheet.`);
  const keys = (sheet.rows[0] ?? []).map((h) => (typeof h === 'string' ? headerKey(h) : ''));
  const idAt = keys.indexOf(ID_COLUMN);
  if (idAt < 0) {
    refuse(
      `The ${sheet.name} sheet of ${fileName} has no “编号 id” column, so its rows cannot be matched to the ` +
        'store. Keep that column when editing, or export again.',
    );
  }
  const col = (key: string) => keys.indexOf(key);

  const rowsById = new Map<number, { row: number; cells: unknown[] }>();
  const skipped: { row: number; reason: string }[] = [];
  sheet.rows.slice(1).forEach((cells, i) => {
    const row = sheet.firstRow + 1 + i;
    const raw = cells[idAt];
    if (raw === null || raw === undefined || raw === '') return;
    const id = asNumber(raw);
    if (!id.ok || id.value === null || !Number.isInteger(id.value)) {
      skipped.push({ row, reason: `the id “${shown(raw)}” is not a number` });
      return;
    }
    const first = rowsById.get(id.value);
    if (first) skipped.push({ row, reason: `id ${id.value} appears again (first on row ${first.row})` });
    else rowsById.set(id.value, { row, cells });
  });

  const exportedAt = meta.exportedAt;
  const stored = new Map(lookup([...new Set([...rowsById.keys(), ...meta.ids])]).map((i) => [i.id, i]));
  const differences: ReportDifference[] = [];
  const diff = (
    ind: Indicator,
    row: number | null,
    field: ReportDifference['field'],
    from: unknown,
    to: unknown,
    patch: IndicatorPatch | null,
    problem: string | null = null,
  ) => {
    let checked = patch;
    let why = problem;
    if (patch && !why) {
      const result = indicatorPatchSchema.safeParse(patch);
      if (!result.success) {
        checked = null;
        why = result.error.issues.map((i) => i.message).join('; ');
      }
    }
    differences.push({
      indicatorId: ind.id,
      version: ind.version,
      row,
      field,
      stored: shown(from),
      workbook: shown(to),
      patch: checked,
      problem: why,
      changedSinceExport: exportedAt !== '' && ind.updatedAt > exportedAt,
    });
  };

  for (const [id, { row, cells }] of rowsById) {
    const ind = stored.get(id);
    if (!ind) {
      skipped.push({ row, reason: `indicator ${id} is not in this store (it may have been removed)` });
      continue;
    }
    compareRow(ind, row, cells, col, diff);
  }
  for (const id of meta.ids) {
    const ind = stored.get(id);
    if (rowsById.has(id) || !ind || ind.status === 'rejected') continue;
    diff(ind, null, 'deleted', ind.status, '（已删除 deleted）', { status: 'rejected' });
  }
  differences.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity) || a.indicatorId - b.indicatorId);
  return { fileName, exportedAt, rows: rowsById.size, differences, skipped };
}

type Diff = (
  ind: Indicator,
  row: number | null,
  field: ReportDifference['field'],
  from: unknown,
  to: unknown,
  patch: IndicatorPatch | null,
  problem?: string | null,
) => void;

function compareRow(
  ind: Indicator,
  row: number,
  cells: unknown[],
  col: (key: string) => number,
  diff: Diff,
): void {
  const cell = (key: string): unknown => cells[col(key)] ?? null;
  const notNumber = (key: string) => `${key}: “${shown(cell(key))}” is not a number`;

  if (col('value') >= 0) {
    const v = asNumber(cell('value'));
    if (!v.ok) diff(ind, row, 'value', ind.value, cell('value'), null, notNumber('value'));
    else if (v.value !== null && !sameNumber(v.value, ind.value))
      diff(ind, row, 'value', ind.value, v.value, { value: v.value });
  }
  if (col('range_low') >= 0 && col('range_high') >= 0) {
    const lo = asNumber(cell('range_low'));
    const hi = asNumber(cell('range_high'));
    const was = ind.range;
    if (!lo.ok || !hi.ok) {
      diff(
        ind,
        row,
        'range',
        was,
        [cell('range_low'), cell('range_high')],
        null,
        notNumber(lo.ok ? 'range_high' : 'range_low'),
      );
    } else if (lo.value !== null && hi.value !== null) {
      if (!was || !sameNumber(lo.value, was[0]) || !sameNumber(hi.value, was[1])) {
        diff(ind, row, 'range', was, [lo.value, hi.value], { range: [lo.value, hi.value] });
      }
    } else if (was && lo.value === null && hi.value === null && col('value') >= 0 && cell('value') === null) {
      // Both ends cleared and no single value typed: nothing sensible to write.
      diff(ind, row, 'range', was, null, null, 'the range was cleared without a value to replace it');
    }
  }
  for (const [key, field] of Object.entries(TEXT_FIELDS)) {
    if (!field || col(key) < 0) continue;
    const now = asText(cell(key));
    const before = ind[field] as string | null;
    const next = now ?? (EMPTY_AS_TEXT.includes(field) ? '' : null);
    if ((before ?? null) === next || (before === '' && next === null)) continue;
    if (next === null && !['period', 'periodNorm'].includes(field)) {
      diff(ind, row, field, before, '', null, `${key} cannot be empty`);
      continue;
    }
    diff(ind, row, field, before, next, { [field]: next } as IndicatorPatch);
  }
}
