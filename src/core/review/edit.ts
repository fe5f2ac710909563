// What an analyst's edit does to an indicator: the new row, and the list of fields that changed.
// Changing what a figure says marks a fresh or confirmed row as corrected; norm follows value.
import {
  FIGURE_FIELDS,
  type Change,
  type EditableField,
  type Indicator,
  type IndicatorPatch,
  type Norm,
} from '../../shared/domain.ts';

const CONTENT_FIELDS: readonly EditableField[] = FIGURE_FIELDS;

export interface FieldChange {
  field: Change['field'];
  oldValue: unknown;
  newValue: unknown;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The base-unit factor the stored norm implies (e.g. 1e8 for 亿元 → CNY), when it can be read. */
function impliedFactor(ind: Indicator): number | null {
  if (ind.value !== null && ind.value !== 0 && ind.norm.value !== null) return ind.norm.value / ind.value;
  if (ind.range && ind.norm.range && ind.range[0] !== 0) return ind.norm.range[0] / ind.range[0];
  return null;
}

/**
 * Recomputes norm after value, range or unit changed. `unitFactor` knows the unit table
 * (e.g. 万元 → 1e4 CNY); without it, the factor implied by the old row is kept.
 */
export function renormalise(
  prev: Indicator,
  next: Indicator,
  unitFactor: (unit: string) => { factor: number; unit: Norm['unit'] } | null,
): Norm {
  const known = next.unit !== prev.unit ? unitFactor(next.unit) : null;
  const factor = known?.factor ?? impliedFactor(prev) ?? unitFactor(next.unit)?.factor ?? 1;
  const unit = known?.unit ?? prev.norm.unit;
  const scale = (x: number) => x * factor;
  if (next.range) return { value: null, unit, range: [scale(next.range[0]), scale(next.range[1])] };
  return { value: next.value === null ? null : scale(next.value), unit, range: null };
}

export function applyPatch(
  prev: Indicator,
  patch: IndicatorPatch,
  unitFactor: Parameters<typeof renormalise>[2],
): { next: Indicator; changes: FieldChange[] } {
  const next: Indicator = { ...prev, ...patch };
  if (patch.range) next.value = null;
  if (patch.value !== undefined && patch.value !== null) next.range = null;
  const changes: FieldChange[] = [];
  for (const field of Object.keys(patch) as EditableField[]) {
    if (field === 'status') continue;
    if (!same(prev[field], next[field]))
      changes.push({ field, oldValue: prev[field], newValue: next[field] });
  }
  if (!same(prev.range, next.range) && !changes.some((c) => c.field === 'range')) {
    changes.push({ field: 'range', oldValue: prev.range, newValue: next.range });
  }
  if (!same(prev.value, next.value) && !changes.some((c) => c.field === 'value')) {
    changes.push({ field: 'value', oldValue: prev.value, newValue: next.value });
  }
  const contentChanged = changes.some((c) => (CONTENT_FIELDS as readonly string[]).includes(c.field));
  if (changes.some((c) => c.field === 'value' || c.field === 'range' || c.field === 'unit')) {
    next.norm = renormalise(prev, next, unitFactor);
    // Recorded so that undo restores the stored norm exactly, not a recomputation of it.
    if (!same(prev.norm, next.norm))
      changes.push({ field: 'norm', oldValue: prev.norm, newValue: next.norm });
  }
  if (
    patch.status === undefined &&
    contentChanged &&
    (prev.status === 'pending' || prev.status === 'confirmed')
  ) {
    next.status = 'corrected';
  }
  if (next.status !== prev.status)
    changes.push({ field: 'status', oldValue: prev.status, newValue: next.status });
  return { next, changes };
}
