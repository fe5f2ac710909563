// Figures on their way from an import worker to the storing thread: as rows of values in a fixed
// order rather than objects. Structured clone writes every property name of every object and the
// receiving thread rebuilds each one the slow way; rows halve the receiving thread's cost for a
// typical article's figures, and are rebuilt into objects of one shape here. The order is the
// indicators table's (FIGURE_COLUMNS in indicators.repo.ts), which binds rows with it.
import type { Figure } from '../../shared/domain.ts';

export type FigureRow = [
  start: number,
  end: number,
  quote: string,
  value: number | null,
  rangeLow: number | null,
  rangeHigh: number | null,
  unit: string,
  normValue: number | null,
  normUnit: Figure['norm']['unit'],
  normRangeLow: number | null,
  normRangeHigh: number | null,
  approx: Figure['approx'],
  measure: Figure['measure'],
  kind: Figure['kind'],
  category: Figure['category'],
  indicator: string,
  subject: string,
  period: string | null,
  periodNorm: string | null,
  confidence: number,
];

export function toFigureRow(f: Figure): FigureRow {
  return [
    f.start,
    f.end,
    f.quote,
    f.value,
    f.range ? f.range[0] : null,
    f.range ? f.range[1] : null,
    f.unit,
    f.norm.value,
    f.norm.unit,
    f.norm.range ? f.norm.range[0] : null,
    f.norm.range ? f.norm.range[1] : null,
    f.approx,
    f.measure,
    f.kind,
    f.category,
    f.indicator,
    f.subject,
    f.period,
    f.periodNorm,
    f.confidence,
  ];
}

export function fromFigureRow(r: FigureRow): Figure {
  return {
    start: r[0],
    end: r[1],
    quote: r[2],
    value: r[3],
    range: r[4] === null || r[5] === null ? null : [r[4], r[5]],
    unit: r[6],
    norm: { value: r[7], unit: r[8], range: r[9] === null || r[10] === null ? null : [r[9], r[10]] },
    approx: r[11],
    measure: r[12],
    kind: r[13],
    category: r[14],
    indicator: r[15],
    subject: r[16],
    period: r[17],
    periodNorm: r[18],
    confidence: r[19],
  };
}
