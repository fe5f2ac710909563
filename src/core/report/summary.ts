// The 汇总 Summary sheet: subject × indicator × period → value, the table analysts usually build by
// hand. Figures that agree collapse into one row; a key whose sources disagree is flagged as a conflict.

import type { Indicator } from '../../shared/domain.ts';
import { numberCell } from './cells.ts';
import type { ReportColumn } from './table.ts';

export const SUMMARY_SHEET = '汇总 Summary';

export interface SummaryRow {
  subject: string;
  indicator: string;
  period: string;
  measure: Indicator['measure'];
  kind: Indicator['kind'];
  /** The first figure's value as stated (the report's order decides which is first). */
  value: number | null;
  range: [number, number] | null;
  unit: string;
  /** Every distinct value, as stated, with the ids that say it: "240.3亿元 (#1, #7)". */
  values: { text: string; ids: number[] }[];
  ids: number[];
  conflict: boolean;
}

/** Values equal after normalisation (240.3亿元 and 2,403,000万元) are the same figure. */
function normKey(i: Indicator): string {
  const n = i.norm;
  // Twelve significant digits, so float noise (240.3 × 1e8) does not split one figure in two.
  const r = (x: number) => x.toPrecision(12);
  return n.range
    ? `${r(n.range[0])}..${r(n.range[1])} ${n.unit}`
    : `${n.value === null ? '' : r(n.value)} ${n.unit}`;
}

function statedText(i: Indicator): string {
  const amount = i.range ? `${i.range[0]}–${i.range[1]}` : String(i.value ?? '');
  return `${amount}${i.unit}`;
}

/** Collects indicators as the report streams them, then yields one row per key, sorted. */
export class SummaryBuilder {
  private readonly groups = new Map<string, { row: SummaryRow; byNorm: Map<string, number> }>();

  add(i: Indicator): void {
    const period = i.periodNorm ?? i.period ?? '';
    const key = `${i.subject}\u0000${i.indicator}\u0000${period}\u0000${i.measure}\u0000${i.kind}\u0000${i.norm.unit}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        row: {
          subject: i.subject,
          indicator: i.indicator,
          period,
          measure: i.measure,
          kind: i.kind,
          value: i.value,
          range: i.range,
          unit: i.unit,
          values: [],
          ids: [],
          conflict: false,
        },
        byNorm: new Map(),
      };
      this.groups.set(key, group);
    }
    const { row, byNorm } = group;
    row.ids.push(i.id);
    const norm = normKey(i);
    const at = byNorm.get(norm);
    if (at === undefined) {
      byNorm.set(norm, row.values.length);
      row.values.push({ text: statedText(i), ids: [i.id] });
      row.conflict = row.values.length > 1;
    } else row.values[at]?.ids.push(i.id);
  }

  rows(): SummaryRow[] {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.groups.values()]
      .map((g) => g.row)
      .sort(
        (a, b) =>
          cmp(a.subject, b.subject) ||
          cmp(a.indicator, b.indicator) ||
          cmp(a.period, b.period) ||
          cmp(a.measure, b.measure) ||
          cmp(a.kind, b.kind),
      );
  }
}

/** A key said by thousands of figures would list them all; past this many, the rest are counted. */
const LISTED_IDS = 100;

function ids(list: number[]): string {
  const shown = list.slice(0, LISTED_IDS).map((id) => `#${id}`);
  if (list.length > LISTED_IDS) shown.push(`… +${list.length - LISTED_IDS}`);
  return shown.join(', ');
}

export const SUMMARY_COLUMNS: readonly ReportColumn<SummaryRow>[] = [
  { key: 'subject', label: '主体', cell: (r) => r.subject },
  { key: 'indicator', label: '指标', cell: (r) => r.indicator },
  { key: 'period', label: '期间', cell: (r) => r.period || null },
  { key: 'measure', label: '度量', cell: (r) => r.measure },
  { key: 'kind', label: '类型', cell: (r) => r.kind },
  { key: 'value', label: '数值', cell: (r) => (r.conflict ? null : numberCell(r.value, r.unit)) },
  {
    key: 'range_low',
    label: '下限',
    cell: (r) => (r.conflict ? null : numberCell(r.range?.[0] ?? null, r.unit)),
  },
  {
    key: 'range_high',
    label: '上限',
    cell: (r) => (r.conflict ? null : numberCell(r.range?.[1] ?? null, r.unit)),
  },
  { key: 'unit', label: '单位', cell: (r) => r.unit },
  { key: 'conflict', label: '冲突', cell: (r) => (r.conflict ? { alert: '冲突 conflict' } : null) },
  {
    key: 'values',
    label: '各来源数值',
    cell: (r) => (r.conflict ? r.values.map((v) => `${v.text} (${ids(v.ids)})`).join('; ') : null),
    maxWidth: 48,
  },
  { key: 'sources', label: '来源数', cell: (r) => numberCell(r.ids.length) },
  { key: 'ids', label: '指标编号', cell: (r) => ids(r.ids), maxWidth: 30 },
];
