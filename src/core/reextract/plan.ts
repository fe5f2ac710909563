// What re-extraction would do to one article, as pure data: which fresh figures are new, which stored
// figures went away, and which fields changed. Analysts' work is never planned over: a reviewed row
// (confirmed, corrected, added, rejected) is left whole, and an audited field of a pending row stays.
import {
  FIGURE_FIELDS,
  type FieldDiff,
  type Figure,
  type Indicator,
  type ReviewStatus,
} from '../../shared/domain.ts';

/** Statuses an analyst has set: re-extraction leaves such rows exactly as they are. */
export const REVIEWED: readonly ReviewStatus[] = ['confirmed', 'corrected', 'added', 'rejected'];

/** Fields re-extraction compares and may rewrite, each audited as itself. */
const FIELDS = FIGURE_FIELDS;

export interface RowChange {
  row: Indicator;
  figure: Figure;
  fields: FieldDiff[];
  /** The row as it would be written: untouched fields keep the stored values. */
  next: Indicator;
}

export interface ArticlePlan {
  added: Figure[];
  removed: Indicator[];
  changed: RowChange[];
  kept: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Pairs stored rows with fresh figures (same span first, then the largest overlap) and plans the rest.
 * `audited` maps a row id to the fields an analyst changed on it.
 */
export function planArticle(
  rows: readonly Indicator[],
  figures: readonly Figure[],
  audited: ReadonlyMap<number, ReadonlySet<string>>,
): ArticlePlan {
  const pairOf = new Map<number, Figure>();
  const taken = new Set<Figure>();
  for (const row of rows) {
    const exact = figures.find((f) => !taken.has(f) && f.start === row.start && f.end === row.end);
    if (exact) {
      pairOf.set(row.id, exact);
      taken.add(exact);
    }
  }
  const candidates: [number, Indicator, Figure][] = [];
  for (const row of rows) {
    if (pairOf.has(row.id)) continue;
    for (const f of figures)
      if (!taken.has(f) && overlap(row, f) > 0) candidates.push([overlap(row, f), row, f]);
  }
  candidates.sort((a, b) => b[0] - a[0]);
  for (const [, row, f] of candidates) {
    if (pairOf.has(row.id) || taken.has(f)) continue;
    pairOf.set(row.id, f);
    taken.add(f);
  }

  const plan: ArticlePlan = {
    added: figures.filter((f) => !taken.has(f)),
    removed: [],
    changed: [],
    kept: 0,
  };
  for (const row of rows) {
    const touched = audited.get(row.id);
    const reviewed = REVIEWED.includes(row.status);
    const figure = pairOf.get(row.id);
    if (!figure) {
      if (reviewed || touched) plan.kept++;
      else plan.removed.push(row);
      continue;
    }
    if (reviewed) {
      plan.kept++;
      continue;
    }
    const change = rowChange(row, figure, touched);
    if (change) plan.changed.push(change);
    if (touched) plan.kept++;
  }
  return plan;
}

function rowChange(
  row: Indicator,
  figure: Figure,
  touched: ReadonlySet<string> | undefined,
): RowChange | null {
  const fields: FieldDiff[] = [];
  const next: Indicator = { ...row };
  const free = (field: string) => !touched?.has(field);
  for (const field of FIELDS) {
    if (!free(field) || same(row[field], figure[field])) continue;
    fields.push({ field, oldValue: row[field], newValue: figure[field] });
    (next as unknown as Record<string, unknown>)[field] = figure[field];
  }
  // The norm follows the value and unit it was computed from, so it moves only when they are free.
  if (free('value') && free('range') && free('unit')) next.norm = figure.norm;
  const spanMoved = row.start !== figure.start || row.end !== figure.end;
  if (spanMoved && free('span')) {
    fields.push({
      field: 'span',
      oldValue: { start: row.start, end: row.end, quote: row.quote },
      newValue: { start: figure.start, end: figure.end, quote: figure.quote },
    });
    Object.assign(next, { start: figure.start, end: figure.end, quote: figure.quote });
  }
  if (fields.length === 0) return null;
  next.confidence = figure.confidence;
  return { row, figure, fields, next };
}
